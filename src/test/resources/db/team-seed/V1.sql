-- A team database at schema version 1, as a team would have filled it: one request with one report.
INSERT INTO request_cache (id, code_type, code_id, business_name, status, stage, created_at, updated_at,
    request_json, fetched_at, origin, source_summary_json, version)
VALUES ('6413297aad6e59418e7748fb', 'siren', '552100554', 'Peugeot SA', 'pending_analysis', '1.1',
    1772359200123, 1772359260123, '{"id":"6413297aad6e59418e7748fb"}', 1772359261000, 'CREATED_HERE',
    '{"banks":"ok"}', 3);
INSERT INTO report_cache (id, request_id, source, score, created_at, json, fetched_at, version)
VALUES ('6464ba07cbddbd090b267260', '6413297aad6e59418e7748fb', 'banks', 'B', 1772359300000, '{"v":1}',
    1772359301000, 1);
