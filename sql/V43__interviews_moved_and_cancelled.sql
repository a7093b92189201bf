-- An interview can be moved (the candidate's calendar updates the event it holds: same UID, higher SEQUENCE) or
-- cancelled (METHOD:CANCEL); its end is kept so that interviews overlapping in one room, one link or for one member of
-- staff are found by the database.
ALTER TABLE interview
    ADD COLUMN ends_at      DATETIME(6) NULL,
    ADD COLUMN sequence     INT         NOT NULL DEFAULT 0,
    ADD COLUMN cancelled_at DATETIME(6) NULL,
    ADD COLUMN cancelled_by BIGINT      NULL;
UPDATE interview SET ends_at = DATE_ADD(starts_at, INTERVAL duration_minutes MINUTE);
ALTER TABLE interview MODIFY ends_at DATETIME(6) NOT NULL;
CREATE INDEX ix_interview_time ON interview (tenant_id, starts_at, ends_at);
