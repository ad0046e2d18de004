-- What schema version 3 added, filled in: a second request, which the API answered "not found" for.
INSERT INTO request_cache (id, code_type, code_id, business_name, status, stage, created_at, updated_at,
    request_json, fetched_at, origin, source_summary_json, version, missing_since)
VALUES ('6413297aad6e59418e7748fc', 'siren', '542051180', 'Total SE', 'done', '2', 1772359200123,
    1772359260123, '{"id":"6413297aad6e59418e7748fc"}', 1772359261000, 'OPENED_BY_ID', NULL, 1,
    1772445661000);
