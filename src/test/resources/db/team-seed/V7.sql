-- What schema version 7 added, filled in: a desktop and a relay seen, and the desktop's poll lease of the
-- request; a later version must keep them (no version, no notification: not shared rows).
INSERT INTO team_presence (member_id, role, seen_at) VALUES ('desktop-alice', 'desktop', 1772359500000);
INSERT INTO team_presence (member_id, role, seen_at) VALUES ('relay-1', 'relay', 1772359500000);
INSERT INTO poll_lease (request_id, holder, expires_at)
VALUES ('6413297aad6e59418e7748fb', 'desktop-alice', 1772359560000);
