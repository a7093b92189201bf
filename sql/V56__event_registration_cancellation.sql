-- A registrant cancels their seat from the link of their confirmation, reminder or change e-mail (one link per
-- message, as the unsubscribe links: only the token's hash is kept), or staff cancel it for them. A cancelled
-- registration keeps its row (the person, their consents, their history), frees its seat and gets no reminder;
-- registering again restores it.
ALTER TABLE event_registration ADD COLUMN cancelled_at DATETIME(6) NULL;

CREATE TABLE event_registration_link (
    token_hash      CHAR(64)    NOT NULL,
    tenant_id       BIGINT      NOT NULL,
    registration_id BIGINT      NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (token_hash),
    CONSTRAINT fk_event_registration_link_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_event_registration_link_registration FOREIGN KEY (registration_id)
        REFERENCES event_registration (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An attendee list that shows a person who had given up their seat took part: the import restores the registration
-- and keeps here when it had been cancelled, so that undoing the import cancels it again as it was.
ALTER TABLE lead_import_attendance ADD COLUMN restored_cancelled_at DATETIME(6) NULL;
