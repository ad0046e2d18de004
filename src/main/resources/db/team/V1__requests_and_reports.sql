-- The team's shared copy of what the October API answered: every request known to the team with its
-- latest answer, and its reports. Instants are epoch milliseconds (UTC), as in the workstation's SQLite
-- file, so one set of statements serves both back-ends. Every row has a version that each write
-- increases: a write based on an older version changes nothing (optimistic concurrency).

CREATE TABLE request_cache (
    id                  text PRIMARY KEY,
    code_type           text,
    code_id             text,
    business_name       text,
    status              text,
    stage               text,
    created_at          bigint,
    updated_at          bigint,
    request_json        text NOT NULL,
    fetched_at          bigint NOT NULL,
    origin              text NOT NULL,
    source_summary_json text,
    version             bigint NOT NULL CHECK (version > 0)
);
CREATE INDEX request_cache_by_code ON request_cache (code_type, code_id);
CREATE INDEX request_cache_by_recency ON request_cache ((COALESCE(updated_at, created_at, fetched_at)) DESC);

CREATE TABLE report_cache (
    id         text PRIMARY KEY,
    request_id text NOT NULL REFERENCES request_cache (id) ON DELETE CASCADE,
    source     text,
    score      text,
    created_at bigint,
    json       text NOT NULL,
    fetched_at bigint NOT NULL,
    version    bigint NOT NULL CHECK (version > 0)
);
CREATE INDEX report_cache_by_request ON report_cache (request_id, created_at DESC);

-- Every committed change of a shared row is announced on channel xraydesk_team (docs/team.md, "What
-- the desktops are told"), whoever made it: a desktop, the relay, or an administrator with psql.
-- Payload: "<kind> <insert|update|delete> <request id> <row id> <version>". NOTIFY is transactional:
-- listeners hear of a change only once it is committed, and never of a rolled-back one.
CREATE FUNCTION xraydesk_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed jsonb;
BEGIN
    IF TG_OP = 'DELETE' THEN
        changed := to_jsonb(OLD);
    ELSE
        changed := to_jsonb(NEW);
    END IF;
    PERFORM pg_notify('xraydesk_team', TG_ARGV[0] || ' ' || lower(TG_OP) || ' ' || (changed ->> TG_ARGV[1])
        || ' ' || (changed ->> TG_ARGV[2]) || ' ' || (changed ->> 'version'));
    RETURN NULL;
END
$$;

CREATE TRIGGER request_cache_notify AFTER INSERT OR UPDATE OR DELETE ON request_cache
    FOR EACH ROW EXECUTE FUNCTION xraydesk_notify_change('request', 'id', 'id');
CREATE TRIGGER report_cache_notify AFTER INSERT OR UPDATE OR DELETE ON report_cache
    FOR EACH ROW EXECUTE FUNCTION xraydesk_notify_change('report', 'request_id', 'id');
