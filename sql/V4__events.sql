-- Events and the leads they bring: fairs, webinars, info sessions, school visits, recruitment missions.
-- An event belongs to the school service centre that organises it (tenant_id); other centres may take part.
-- Times are kept as instants (UTC) with the zone the event is held in, so that a time is shown right in any zone,
-- across daylight-saving changes. Registrations belong to the organising centre, like the leads they join.

CREATE TABLE event (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id       BIGINT        NOT NULL,
    type            VARCHAR(20)   NOT NULL,
    virtual_event   BOOLEAN       NOT NULL,
    title_fr        VARCHAR(200)  NOT NULL,
    title_en        VARCHAR(200)  NOT NULL,
    description_fr  TEXT          NULL,
    description_en  TEXT          NULL,
    country         CHAR(2)       NULL,
    city            VARCHAR(100)  NULL,
    venue           VARCHAR(200)  NULL,
    online_url      VARCHAR(500)  NULL,
    starts_at       DATETIME(6)   NOT NULL,
    ends_at         DATETIME(6)   NOT NULL,
    zone_id         VARCHAR(40)   NOT NULL,
    languages       VARCHAR(20)   NOT NULL,
    capacity        INT           NULL,
    status          VARCHAR(10)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_event_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_event_type CHECK (type IN ('FAIR', 'WEBINAR', 'INFO_SESSION', 'SCHOOL_VISIT', 'MISSION')),
    CONSTRAINT ck_event_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'CANCELLED', 'DONE')),
    CONSTRAINT ck_event_times CHECK (ends_at > starts_at),
    CONSTRAINT ck_event_capacity CHECK (capacity IS NULL OR capacity > 0),
    INDEX ix_event_calendar (tenant_id, starts_at),
    INDEX ix_event_public (status, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The other centres taking part (the organising centre is the event's tenant).
CREATE TABLE event_participant (
    event_id  BIGINT NOT NULL,
    tenant_id BIGINT NOT NULL,
    PRIMARY KEY (event_id, tenant_id),
    CONSTRAINT fk_event_participant_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT fk_event_participant_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE event_recruiter (
    event_id        BIGINT NOT NULL,
    user_account_id BIGINT NOT NULL,
    PRIMARY KEY (event_id, user_account_id),
    CONSTRAINT fk_event_recruiter_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT fk_event_recruiter_user FOREIGN KEY (user_account_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE event_program (
    event_id   BIGINT NOT NULL,
    program_id BIGINT NOT NULL,
    PRIMARY KEY (event_id, program_id),
    CONSTRAINT fk_event_program_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT fk_event_program_program FOREIGN KEY (program_id) REFERENCES program (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One person's place at one event (one per normalised e-mail and event). idempotency_key makes a resubmitted
-- form or a re-sent captured entry harmless. reminder_sent_at is claimed once, so no one gets two reminders.
CREATE TABLE event_registration (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id            BIGINT        NOT NULL,
    event_id             BIGINT        NOT NULL,
    lead_id              BIGINT        NOT NULL,
    idempotency_key      VARCHAR(120)  NOT NULL,
    channel              VARCHAR(10)   NOT NULL,
    first_name           VARCHAR(100)  NOT NULL,
    last_name            VARCHAR(100)  NOT NULL,
    email                VARCHAR(254)  NOT NULL,
    email_normalized     VARCHAR(254)  NOT NULL,
    phone_e164           VARCHAR(20)   NULL,
    country_of_residence CHAR(2)       NULL,
    language             VARCHAR(5)    NOT NULL,
    viewer_zone_id       VARCHAR(40)   NULL,
    note                 VARCHAR(2000) NULL,
    status               VARCHAR(10)   NOT NULL,
    registered_at        DATETIME(6)   NOT NULL,
    attended_at          DATETIME(6)   NULL,
    reminder_sent_at     DATETIME(6)   NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_event_registration_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_event_registration_event FOREIGN KEY (event_id) REFERENCES event (id),
    CONSTRAINT fk_event_registration_lead FOREIGN KEY (lead_id) REFERENCES `lead` (id),
    CONSTRAINT uk_event_registration_person UNIQUE (event_id, email_normalized),
    CONSTRAINT uk_event_registration_key UNIQUE (idempotency_key),
    CONSTRAINT ck_event_registration_channel CHECK (channel IN ('WEB', 'CAPTURE', 'WALK_IN', 'IMPORT')),
    CONSTRAINT ck_event_registration_status CHECK (status IN ('REGISTERED', 'CANCELLED')),
    INDEX ix_event_registration_list (tenant_id, event_id, last_name, first_name),
    INDEX ix_event_registration_reminder (status, reminder_sent_at, event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A consent is given with a request or with an event registration. That it is given with exactly one is checked by
-- the database on MariaDB only (sql-mariadb/): MySQL allows no CHECK on a column whose foreign key cascades.
ALTER TABLE consent_record
    MODIFY inquiry_id BIGINT NULL,
    ADD COLUMN event_registration_id BIGINT NULL AFTER inquiry_id,
    ADD CONSTRAINT fk_consent_record_registration FOREIGN KEY (event_registration_id)
        REFERENCES event_registration (id) ON DELETE CASCADE,
    ADD CONSTRAINT uk_consent_record_registration UNIQUE (event_registration_id, purpose);

-- An event registration does not ask for citizenship, nor a list of attendees for the country.
ALTER TABLE `lead`
    MODIFY country_of_residence CHAR(2) NULL,
    MODIFY citizenship CHAR(2) NULL;

ALTER TABLE lead_event DROP CONSTRAINT ck_lead_event_kind;
ALTER TABLE lead_event ADD CONSTRAINT ck_lead_event_kind CHECK (kind IN ('REQUEST_RECEIVED', 'ASSIGNED',
    'REPLY_SENT', 'CALL_LOGGED', 'MARKED_CONTACTED', 'ROUTED', 'EVENT_REGISTERED', 'EVENT_ATTENDED'));

-- An e-mail may carry one attachment (an event's calendar file).
ALTER TABLE outbox_message
    ADD COLUMN attachment_name    VARCHAR(100) NULL,
    ADD COLUMN attachment_type    VARCHAR(100) NULL,
    ADD COLUMN attachment_content MEDIUMBLOB   NULL;

-- Imports recognise a person with another e-mail by name and phone: the index on lead (tenant_id, phone_e164)
-- that this needs is created by the lead pipeline's migration (V5), which adds it under the name ix_lead_phone.

-- Lists of attendees imported into an event: the file as uploaded (read again by the batch job, whose checkpoint
-- is the number of rows read), its reading (encoding, delimiter, header line, format, column mapping), the job's
-- execution and its counts, kept up to date in the same transaction as each chunk of rows.
CREATE TABLE lead_import (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id        BIGINT        NOT NULL,
    event_id         BIGINT        NOT NULL,
    file_name        VARCHAR(255)  NOT NULL,
    format           VARCHAR(20)   NOT NULL,
    encoding         VARCHAR(20)   NOT NULL,
    delimiter_char   VARCHAR(2)    NOT NULL,
    header_line      INT           NOT NULL,
    column_mapping   VARCHAR(500)  NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    job_execution_id BIGINT        NULL,
    total_rows       INT           NOT NULL DEFAULT 0,
    rows_read        INT           NOT NULL DEFAULT 0,
    created_count    INT           NOT NULL DEFAULT 0,
    merged_count     INT           NOT NULL DEFAULT 0,
    skipped_count    INT           NOT NULL DEFAULT 0,
    failed_count     INT           NOT NULL DEFAULT 0,
    content          LONGBLOB      NOT NULL,
    created_by       BIGINT        NULL,
    created_at       DATETIME(6)   NOT NULL,
    finished_at      DATETIME(6)   NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_lead_import_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_lead_import_event FOREIGN KEY (event_id) REFERENCES event (id),
    CONSTRAINT ck_lead_import_status CHECK (status IN ('READY', 'RUNNING', 'COMPLETED', 'FAILED')),
    INDEX ix_lead_import_event (tenant_id, event_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Rows that could not be imported, with their line in the file and why, for the report's CSV.
CREATE TABLE lead_import_failure (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    import_id   BIGINT        NOT NULL,
    line_number BIGINT        NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    raw_row     VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_lead_import_failure_import FOREIGN KEY (import_id) REFERENCES lead_import (id) ON DELETE CASCADE,
    CONSTRAINT uk_lead_import_failure_line UNIQUE (import_id, line_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A centre's saved column mappings, offered again for a file with the same headers.
CREATE TABLE import_mapping (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id      BIGINT       NOT NULL,
    name           VARCHAR(100) NOT NULL,
    headers        VARCHAR(2000) NOT NULL,
    column_mapping VARCHAR(500) NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_import_mapping_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT uk_import_mapping_name UNIQUE (tenant_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
