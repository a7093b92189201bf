-- Programs and their intakes, apprenticeship offers and events join the trace of a centre's changes: created, each
-- field edited with its values before and after (a long text by its name alone), published, withdrawn, closed, an
-- intake's seats and status, an offer's filled positions; who, or the platform itself (no actor: an event over
-- marked done), and when. Filed under the record's centre, which alone reads it.
ALTER TABLE staff_change DROP CONSTRAINT ck_staff_change_subject;
ALTER TABLE staff_change ADD CONSTRAINT ck_staff_change_subject
    CHECK (subject IN ('ACCOUNT', 'SETTINGS', 'TEMPLATE', 'CENTRE', 'PROGRAM', 'OFFER', 'EVENT'));
