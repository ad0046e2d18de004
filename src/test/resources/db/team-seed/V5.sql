-- What schema version 5 added, filled in: a webhook delivery the relay accepted and finished.
INSERT INTO relay_delivery (delivery_key, event, request_id, report_id, received_at, done_at)
VALUES ('report.created/6413297aad6e59418e7748fb/6464ba07cbddbd090b267260', 'report.created',
    '6413297aad6e59418e7748fb', '6464ba07cbddbd090b267260', 1772359300500, 1772359301500);
