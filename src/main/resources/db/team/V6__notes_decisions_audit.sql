-- The analysts' own work on a request, shared by the team: notes (a version each, for optimistic
-- concurrency), credit decisions (a new row per version, the highest in force), and the audit trail,
-- appended to in the same transaction as each note or decision change (docs/workflow.md). Drafts of
-- notes being typed stay on each workstation. Instants are epoch milliseconds (UTC), as elsewhere.

CREATE TABLE analyst_note (
    sequence       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id             text NOT NULL UNIQUE,
    request_id     text NOT NULL,
    text           text NOT NULL,
    author_id      text NOT NULL,
    author_name    text,
    created_at     bigint NOT NULL,
    edited_by_id   text,
    edited_by_name text,
    edited_at      bigint,
    version        bigint NOT NULL CHECK (version > 0)
);
CREATE INDEX analyst_note_by_request ON analyst_note (request_id, created_at);

CREATE TABLE credit_decision (
    id              text PRIMARY KEY,
    request_id      text NOT NULL,
    version         bigint NOT NULL CHECK (version > 0),
    outcome         text NOT NULL CHECK (outcome IN ('approve', 'decline', 'refer')),
    limit_amount    text,
    limit_currency  text,
    duration_months integer,
    justification   text,
    decided_by_id   text NOT NULL,
    decided_by_name text,
    decided_at      bigint NOT NULL,
    UNIQUE (request_id, version)
);

CREATE TABLE credit_decision_condition (
    decision_id text NOT NULL REFERENCES credit_decision (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    text        text NOT NULL,
    PRIMARY KEY (decision_id, position)
);

-- Append-only. An action on a given subject is recorded once (UNIQUE with ON CONFLICT DO NOTHING);
-- a NULL subject (an action on the request itself, an export) never collides, so those always append.
CREATE TABLE audit_entry (
    sequence     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id   text NOT NULL,
    action       text NOT NULL,
    subject      text,
    actor_id     text NOT NULL,
    actor_name   text,
    at           bigint NOT NULL,
    details_json text NOT NULL,
    UNIQUE (request_id, action, subject)
);
CREATE INDEX audit_entry_by_request ON audit_entry (request_id, at, sequence);

-- Desktops showing a request hear of a note or a decision saved elsewhere, as of any shared row.
CREATE TRIGGER analyst_note_notify AFTER INSERT OR UPDATE OR DELETE ON analyst_note
    FOR EACH ROW EXECUTE FUNCTION xraydesk_notify_change('note', 'request_id', 'id');
CREATE TRIGGER credit_decision_notify AFTER INSERT OR UPDATE OR DELETE ON credit_decision
    FOR EACH ROW EXECUTE FUNCTION xraydesk_notify_change('decision', 'request_id', 'id');
