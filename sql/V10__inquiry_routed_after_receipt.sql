-- A request is recorded whole when it is received (the request, its programs and consents) and routed to the
-- centres it concerns a moment later, by the router, in a transaction of its own: a campaign burst is answered
-- at once and routed as fast as the server can, and a request is never routed twice (SKIP LOCKED, routed_at).
ALTER TABLE inquiry ADD COLUMN routed_at DATETIME(6) NULL AFTER received_at;
UPDATE inquiry SET routed_at = received_at;
-- The router's queue: the requests still waiting (routed_at null), oldest first.
CREATE INDEX ix_inquiry_waiting ON inquiry (routed_at, id);
