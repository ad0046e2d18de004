-- The relay's journal of accepted webhook deliveries (docs/team.md, "The relay"). A delivery is
-- written here before October is answered 2xx, and marked done once the request and its reports
-- were refreshed from the API and written: a relay that stops in between finds it pending when it
-- starts again. Deliveries carry no id of their own (docs/october-api.md, open question OQ-22), so
-- the key is what the event names: "<event>/<request id>/<report id or empty>". Not a shared row of
-- the desktops: no version, no notification.

CREATE TABLE relay_delivery (
    delivery_key text PRIMARY KEY,
    event        text NOT NULL,
    request_id   text NOT NULL,
    report_id    text,
    received_at  bigint NOT NULL,
    done_at      bigint
);
CREATE INDEX relay_delivery_pending ON relay_delivery (received_at) WHERE done_at IS NULL;
