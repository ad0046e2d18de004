-- Who polls the API when no relay runs (docs/team.md, "Polling without a relay"). Each running member of
-- the team (the relay, every desktop) writes its presence every few seconds; a relay seen lately means
-- the desktops do not poll at all. Without one, each request is polled by the desktop that holds its
-- lease, and a lease not renewed (its desktop quit or died) expires so another desktop takes it over.
-- Times are the database server's clock in epoch milliseconds, so the workstations' clocks never
-- decide who holds what. Neither table is a shared row of the desktops: no version, no notification.

CREATE TABLE team_presence (
    member_id text PRIMARY KEY,
    role      text NOT NULL CHECK (role IN ('relay', 'desktop')),
    seen_at   bigint NOT NULL
);

CREATE TABLE poll_lease (
    request_id text PRIMARY KEY,
    holder     text NOT NULL,
    expires_at bigint NOT NULL
);
CREATE INDEX poll_lease_by_holder ON poll_lease (holder);
