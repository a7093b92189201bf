-- A centre's own changes join the trace of its staff and settings: created, its profile edited (which fields),
-- its logo replaced, closed and reopened by the coordinating organisation; who, when. Filed under the centre
-- itself, whoever made the change, so that its admins and the coordinator read one history.
ALTER TABLE staff_change DROP CONSTRAINT ck_staff_change_subject;
ALTER TABLE staff_change ADD CONSTRAINT ck_staff_change_subject
    CHECK (subject IN ('ACCOUNT', 'SETTINGS', 'TEMPLATE', 'CENTRE'));
