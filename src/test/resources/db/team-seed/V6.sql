-- What schema version 6 added, filled in: a note on the request and the analyst's decision on it; and a
-- second report of it whose data version 8 must read into its columns (a Bank X-Ray that failed, with
-- its data sanity).
INSERT INTO analyst_note (id, request_id, text, author_id, author_name, created_at, version)
VALUES ('6413297aad6e59418e7748fd', '6413297aad6e59418e7748fb', 'Called the CFO.', '6413297aad6e59418e7748f9',
    'Alice Martin', 1772359400000, 1);
INSERT INTO credit_decision (id, request_id, version, outcome, limit_amount, limit_currency, duration_months,
    justification, decided_by_id, decided_by_name, decided_at)
VALUES ('d6413297aad6e59418e7748f', '6413297aad6e59418e7748fb', 1, 'approve', '250000.00', 'EUR', 12,
    'Sound accounts', '6413297aad6e59418e7748f9', 'Alice Martin', 1772359400000);
INSERT INTO report_cache (id, request_id, source, score, created_at, json, fetched_at, version)
VALUES ('6464ba07cbddbd090b267261', '6413297aad6e59418e7748fb', 'bank', NULL, 1772359250000,
    '{"id":"6464ba07cbddbd090b267261","source":"bank","data":{"error":" Statement unreadable ","dataSanity":"62"}}',
    1772359251000, 1);
