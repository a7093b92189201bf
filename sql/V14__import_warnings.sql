-- An import's report keeps, beside the rows that failed, the rows imported with values left out (a warning) and the
-- rows skipped because they are someone who ran the event (a host, a panelist, an organiser).
ALTER TABLE lead_import_failure
    ADD COLUMN kind VARCHAR(10) NOT NULL DEFAULT 'FAILED',
    ADD CONSTRAINT ck_lead_import_failure_kind CHECK (kind IN ('FAILED', 'WARNING', 'SKIPPED'));
CREATE INDEX ix_lead_import_failure_kind ON lead_import_failure (import_id, kind, line_number);

-- The list's headers as a line of its file, so that the failed rows download in the list's own layout.
ALTER TABLE lead_import
    ADD COLUMN header_row VARCHAR(4000) NULL;

-- The minutes a person spent in an event, summed over the rows of an attendance report.
ALTER TABLE event_registration
    ADD COLUMN attended_minutes INT NULL;
