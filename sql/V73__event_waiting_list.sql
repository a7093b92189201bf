-- A waiting list for events whose online seats are all taken: a person who finds the event full may wait for a seat
-- on their registration's row (the person, their consents, the link of their e-mails), with the status WAITLISTED and
-- the time they joined, which orders the list; the first is given the next seat freed. The time stays when they leave
-- the list without a seat (the row then says what was given up) and is cleared when they are given one: a seat held
-- leaves both this time and cancelled_at empty, which queries that cannot name the status read.
ALTER TABLE event_registration DROP CONSTRAINT ck_event_registration_status;
ALTER TABLE event_registration
    ADD COLUMN waitlisted_at DATETIME(6) NULL,
    ADD CONSTRAINT ck_event_registration_status CHECK (status IN ('REGISTERED', 'CANCELLED', 'WAITLISTED'));
CREATE INDEX ix_event_registration_waiting ON event_registration (event_id, status, waitlisted_at);

-- An attendee list that shows a person waiting for a seat took part gives them one, as it restores a seat given up;
-- when they had joined the waiting list is kept here, so that undoing the import leaves them off it as they were.
ALTER TABLE lead_import_attendance ADD COLUMN restored_waitlisted_at DATETIME(6) NULL;
