-- Imports of attendee lists, for lists of a million rows: the file is kept on disk (its name under the data
-- directory in file_path; content stays only for lists uploaded before), the import's rows_read is its checkpoint
-- (written in the same transaction as each chunk's rows, read back when an import resumes after a server restart,
-- with the chunk size it was started with), and a chunk's lookups each take one query that needs these indexes:
-- registrations of an event by lead (the person with another e-mail but the same name and phone), and the
-- imports left running when the server stopped. Leads by e-mail use uk_lead_email, by phone ix_lead_phone (V5),
-- registrations by e-mail uk_event_registration_person and by key uk_event_registration_key (V4).
ALTER TABLE lead_import
    MODIFY content LONGBLOB NULL,
    ADD COLUMN file_path      VARCHAR(100) NULL,
    ADD COLUMN rows_per_chunk INT          NOT NULL DEFAULT 1000;

CREATE INDEX ix_lead_import_status ON lead_import (status);
CREATE INDEX ix_event_registration_lead_of_event ON event_registration (event_id, lead_id);
