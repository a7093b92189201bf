-- The outbox gives a message up by its age, not by its number of failed attempts: an outage of the mail server, however
-- long its rounds last, costs a message nothing until it has waited the outbox's time (72 hours unless configured),
-- counted from when it was queued last — when it was written, or when an admin queued it again after it was given up.
-- Messages written before keep none: their time counts from when they were written (created_at).
--
-- Auto-Submitted (RFC 3834) is said of mail the application writes on its own, not of a reply or a bulk e-mail a
-- member of staff sends; the messages written before are the application's, as they were sent.
--
-- The given-up messages of a centre are counted on its admins' home page: an index finds them without reading the
-- messages sent.
ALTER TABLE outbox_message
    ADD COLUMN queued_at      DATETIME(6) NULL,
    ADD COLUMN auto_submitted BOOLEAN     NOT NULL DEFAULT TRUE,
    ADD INDEX ix_outbox_given_up (status, tenant_id);
