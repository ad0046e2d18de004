-- What schema version 6 added, filled in: a note on the request, and its audit entry.
INSERT INTO analyst_note (id, request_id, text, author_id, author_name, created_at, version)
VALUES ('6413297aad6e59418e7748fd', '6413297aad6e59418e7748fb', 'Called the CFO.', '6413297aad6e59418e7748f9',
    'Alice Martin', 1772359400000, 1);
