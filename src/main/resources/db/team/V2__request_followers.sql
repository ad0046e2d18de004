-- Who in the team created or follows each request ("Mine / Team" in the portfolio). One row per
-- analyst and request, keyed by the API user id; a version as on every shared row.

CREATE TABLE request_follower (
    request_id   text NOT NULL REFERENCES request_cache (id) ON DELETE CASCADE,
    analyst_id   text NOT NULL,
    analyst_name text,
    relation     text NOT NULL CHECK (relation IN ('CREATED', 'FOLLOWS')),
    since        bigint NOT NULL,
    version      bigint NOT NULL CHECK (version > 0),
    PRIMARY KEY (request_id, analyst_id)
);
CREATE INDEX request_follower_by_analyst ON request_follower (analyst_id);

CREATE TRIGGER request_follower_notify AFTER INSERT OR UPDATE OR DELETE ON request_follower
    FOR EACH ROW EXECUTE FUNCTION xraydesk_notify_change('follower', 'request_id', 'analyst_id');
