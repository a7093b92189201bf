-- Undoing an import, and keeping its file no longer than needed.
--
-- What an import created is marked with its id, so that an undo finds it through an index and deletes it a slice
-- of ids at a time: the leads it created (a lead it merely joined keeps import_id NULL), its registrations and
-- its timeline lines. Consents hang on its registrations; values it filled on joined leads and values it proposed
-- are told by lead_audit and lead_proposal (source 'IMPORT', source_ref = the import, V12). Adding a NULL column is
-- instant on MariaDB 10.11 and MySQL 8, whatever the table's size.
ALTER TABLE `lead` ADD COLUMN import_id BIGINT NULL;
CREATE INDEX ix_lead_import ON `lead` (import_id);

ALTER TABLE event_registration ADD COLUMN import_id BIGINT NULL;
CREATE INDEX ix_event_registration_import ON event_registration (import_id);

ALTER TABLE lead_event ADD COLUMN import_id BIGINT NULL;
CREATE INDEX ix_lead_event_import ON lead_event (import_id, lead_id);

-- An import is undone by a job of its own (UNDOING, then UNDONE); undo_cursor is the job's checkpoint (the last
-- registration of the import dealt with), written in the same transaction as each slice, so that a job resumed
-- after a failure or a server restart goes on after it. undo_events_from and undo_registrations_from: the first
-- timeline line and registration the import wrote, so that "touched since the import" compares ids, which keep the
-- order of writes, rather than times, which one second may not tell apart. file_deleted_at: when its uploaded file
-- was deleted.
ALTER TABLE lead_import DROP CONSTRAINT ck_lead_import_status;
ALTER TABLE lead_import
    ADD CONSTRAINT ck_lead_import_status CHECK (status IN ('READY', 'RUNNING', 'COMPLETED', 'FAILED', 'UNDOING',
                                                           'UNDONE')),
    ADD COLUMN undo_execution_id BIGINT      NULL,
    ADD COLUMN undo_cursor       BIGINT      NOT NULL DEFAULT 0,
    ADD COLUMN undo_total        INT         NOT NULL DEFAULT 0,
    ADD COLUMN undo_done         INT         NOT NULL DEFAULT 0,
    ADD COLUMN undo_kept         INT         NOT NULL DEFAULT 0,
    ADD COLUMN undo_events_from        BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN undo_registrations_from BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN undone_by         BIGINT      NULL,
    ADD COLUMN undo_started_at   DATETIME(6) NULL,
    ADD COLUMN undone_at         DATETIME(6) NULL,
    ADD COLUMN file_deleted_at   DATETIME(6) NULL;

-- The people an undo kept because someone else touched them since the import, with the first such touch.
CREATE TABLE lead_import_kept (
    import_id BIGINT      NOT NULL,
    lead_id   BIGINT      NOT NULL,
    tenant_id BIGINT      NOT NULL,
    reason    VARCHAR(20) NOT NULL,
    since     DATETIME(6) NULL,
    PRIMARY KEY (import_id, lead_id),
    CONSTRAINT fk_lead_import_kept_import FOREIGN KEY (import_id) REFERENCES lead_import (id) ON DELETE CASCADE,
    CONSTRAINT fk_lead_import_kept_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
