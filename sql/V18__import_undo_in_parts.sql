-- An import is undone in parts that run side by side, each a range of the import's registrations with a checkpoint
-- of its own, so that the database deletes on more than one core. A slice locks only its own part's row for its
-- checkpoint; the import's row keeps the counts that the page shows (undo_done, undo_kept) and, in undo_cursor,
-- where the parts begin. The parts are made when the undo job first runs (an undo left running by an earlier
-- version resumes after its undo_cursor) and go with the import.
CREATE TABLE lead_import_undo_part (
    import_id             BIGINT NOT NULL,
    part                  INT    NOT NULL,
    tenant_id             BIGINT NOT NULL,
    first_registration_id BIGINT NOT NULL,
    last_registration_id  BIGINT NOT NULL,
    undo_cursor           BIGINT NOT NULL,
    PRIMARY KEY (import_id, part),
    CONSTRAINT fk_lead_import_undo_part_import FOREIGN KEY (import_id) REFERENCES lead_import (id) ON DELETE CASCADE,
    CONSTRAINT fk_lead_import_undo_part_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What an import added to a registration it did not make (the person registered before it, on the public page, at
-- a fair or by another import): whether it marked the person present, and the minutes it added. An undo gives it
-- back, unless someone else touched the person since, and deletes the row as it does (the row is the checkpoint).
CREATE TABLE lead_import_attendance (
    import_id       BIGINT  NOT NULL,
    registration_id BIGINT  NOT NULL,
    tenant_id       BIGINT  NOT NULL,
    lead_id         BIGINT  NOT NULL,
    marked_present  BOOLEAN NOT NULL,
    minutes_added   INT     NOT NULL,
    PRIMARY KEY (import_id, registration_id),
    CONSTRAINT fk_lead_import_attendance_import FOREIGN KEY (import_id) REFERENCES lead_import (id) ON DELETE CASCADE,
    CONSTRAINT fk_lead_import_attendance_registration FOREIGN KEY (registration_id)
        REFERENCES event_registration (id) ON DELETE CASCADE,
    CONSTRAINT fk_lead_import_attendance_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The last registration and timeline line written anywhere when a list was uploaded: what is written after them by
-- anyone else is "since the import" for its undo (ids keep the order of writes; times kept to the second do not),
-- also for an import that only added attendance and so wrote no registration of its own. NULL for the imports
-- uploaded before this version, whose undo begins at their own first registration and timeline line.
ALTER TABLE lead_import
    ADD COLUMN registrations_before BIGINT NULL,
    ADD COLUMN events_before        BIGINT NULL;
