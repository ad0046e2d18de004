-- What schema version 2 added, filled in: who created the request of V1.sql.
INSERT INTO request_follower (request_id, analyst_id, analyst_name, relation, since, version)
VALUES ('6413297aad6e59418e7748fb', '6413297aad6e59418e7748f9', 'Alice Martin', 'CREATED', 1772359200123, 1);
