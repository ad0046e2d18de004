-- A team database at schema version 8 (its report columns filled by the migration itself) also holds a
-- request given with notes, which version 9 must read into its column: they launch its Financial X-Ray.
INSERT INTO request_cache (id, code_type, code_id, business_name, status, stage, created_at, updated_at,
    request_json, fetched_at, origin, source_summary_json, version)
VALUES ('6413297aad6e59418e7748fe', 'siren', '552100554', 'Peugeot SA', 'pending_analysis', '1.1',
    1772359200123, NULL, '{"id":"6413297aad6e59418e7748fe","notes":{"holding":null,"revenue":1200000}}',
    1772359261000, 'CREATED_HERE', NULL, 1);
