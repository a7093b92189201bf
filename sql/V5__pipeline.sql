-- The recruiter's pipeline over leads: each lead's stage (with the date it entered it), owner and lost reason;
-- tags, follow-up tasks, an audit of every change to a lead's personal data, the lost reasons each centre
-- keeps, and saved filters of the lead list. Every hot query starts with tenant_id.

ALTER TABLE `lead`
    ADD COLUMN stage          VARCHAR(24)  NOT NULL DEFAULT 'NEW',
    ADD COLUMN stage_since    DATETIME(6)  NULL,
    ADD COLUMN owner_id       BIGINT       NULL,
    ADD COLUMN lost_reason    VARCHAR(200) NULL,
    ADD COLUMN merged_into_id BIGINT       NULL,
    ADD CONSTRAINT fk_lead_owner FOREIGN KEY (owner_id) REFERENCES user_account (id),
    ADD CONSTRAINT fk_lead_merged_into FOREIGN KEY (merged_into_id) REFERENCES `lead` (id),
    ADD CONSTRAINT ck_lead_stage CHECK (stage IN ('NEW', 'CONTACTED', 'QUALIFIED', 'APPLIED', 'ADMITTED',
        'CAQ_OBTAINED', 'STUDY_PERMIT_OBTAINED', 'ENROLLED', 'ARRIVED', 'LOST')),
    ADD INDEX ix_lead_stage (tenant_id, merged_into_id, stage, stage_since),
    ADD INDEX ix_lead_owner (tenant_id, owner_id, stage),
    ADD INDEX ix_lead_name (tenant_id, last_name, first_name),
    ADD INDEX ix_lead_phone (tenant_id, phone_e164);

UPDATE `lead` SET stage_since = first_inquiry_at WHERE stage_since IS NULL;

-- The timeline records many more kinds from now on; the application's enum is the list (a CHECK here would
-- have to be rewritten by every feature that adds one).
ALTER TABLE lead_event DROP CONSTRAINT ck_lead_event_kind;
ALTER TABLE lead_event MODIFY kind VARCHAR(30) NOT NULL;

CREATE TABLE lead_tag (
    lead_id   BIGINT      NOT NULL,
    tenant_id BIGINT      NOT NULL,
    tag       VARCHAR(40) NOT NULL,
    PRIMARY KEY (lead_id, tag),
    CONSTRAINT fk_lead_tag_lead FOREIGN KEY (lead_id) REFERENCES `lead` (id) ON DELETE CASCADE,
    CONSTRAINT fk_lead_tag_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    INDEX ix_lead_tag_tenant (tenant_id, tag, lead_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Law 25: who changed which personal field of a lead, when, from what to what.
CREATE TABLE lead_audit (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id  BIGINT        NOT NULL,
    lead_id    BIGINT        NOT NULL,
    actor_id   BIGINT        NULL,
    field      VARCHAR(40)   NOT NULL,
    old_value  VARCHAR(500)  NULL,
    new_value  VARCHAR(500)  NULL,
    changed_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_lead_audit_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_lead_audit_lead FOREIGN KEY (lead_id) REFERENCES `lead` (id),
    INDEX ix_lead_audit_lead (tenant_id, lead_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lead_task (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id   BIGINT       NOT NULL,
    lead_id     BIGINT       NOT NULL,
    assigned_to BIGINT       NULL,
    kind        VARCHAR(20)  NOT NULL,
    title       VARCHAR(200) NOT NULL,
    due_at      DATETIME(6)  NOT NULL,
    done_at     DATETIME(6)  NULL,
    created_by  BIGINT       NULL,
    created_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_lead_task_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_lead_task_lead FOREIGN KEY (lead_id) REFERENCES `lead` (id),
    CONSTRAINT fk_lead_task_assignee FOREIGN KEY (assigned_to) REFERENCES user_account (id),
    CONSTRAINT ck_lead_task_kind CHECK (kind IN ('MANUAL', 'FIRST_RESPONSE')),
    INDEX ix_lead_task_mine (tenant_id, assigned_to, done_at, due_at),
    INDEX ix_lead_task_lead (tenant_id, lead_id, due_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The reasons a centre offers when a lead is lost; it edits the list (new centres start from the defaults).
CREATE TABLE lost_reason (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id BIGINT       NOT NULL,
    label     VARCHAR(200) NOT NULL,
    active    BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (id),
    CONSTRAINT fk_lost_reason_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT uk_lost_reason UNIQUE (tenant_id, label)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lead_saved_filter (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id  BIGINT        NOT NULL,
    owner_id   BIGINT        NOT NULL,
    name       VARCHAR(100)  NOT NULL,
    query      VARCHAR(1000) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_lead_saved_filter_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_lead_saved_filter_owner FOREIGN KEY (owner_id) REFERENCES user_account (id),
    CONSTRAINT uk_lead_saved_filter UNIQUE (tenant_id, owner_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Applicant self-service: a private link by e-mail (only the SHA-256 of its token is kept) to the person's file,
-- where they upload the documents their admission needs; staff accept or refuse each one with a reason.
CREATE TABLE applicant_link (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id   BIGINT      NOT NULL,
    lead_id     BIGINT      NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    created_by  BIGINT      NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_applicant_link_token UNIQUE (token_hash),
    CONSTRAINT fk_applicant_link_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_applicant_link_lead FOREIGN KEY (lead_id) REFERENCES `lead` (id),
    INDEX ix_applicant_link_lead (tenant_id, lead_id, expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lead_document (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id        BIGINT       NOT NULL,
    lead_id          BIGINT       NOT NULL,
    kind             VARCHAR(20)  NOT NULL,
    file_name        VARCHAR(200) NOT NULL,
    content_type     VARCHAR(100) NOT NULL,
    size_bytes       INT          NOT NULL,
    status           VARCHAR(10)  NOT NULL DEFAULT 'SUBMITTED',
    rejection_reason VARCHAR(500) NULL,
    uploaded_at      DATETIME(6)  NOT NULL,
    reviewed_by      BIGINT       NULL,
    reviewed_at      DATETIME(6)  NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_lead_document_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_lead_document_lead FOREIGN KEY (lead_id) REFERENCES `lead` (id),
    CONSTRAINT ck_lead_document_kind CHECK (kind IN ('PASSPORT', 'DIPLOMAS', 'FRENCH_PROOF', 'FUNDS_PROOF')),
    CONSTRAINT ck_lead_document_status CHECK (status IN ('SUBMITTED', 'ACCEPTED', 'REJECTED')),
    INDEX ix_lead_document_lead (tenant_id, lead_id, kind, uploaded_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The file itself, apart, so that listing documents never reads their bytes. Never served from the web root.
CREATE TABLE lead_document_content (
    document_id BIGINT   NOT NULL,
    content     LONGBLOB NOT NULL,
    PRIMARY KEY (document_id),
    CONSTRAINT fk_lead_document_content FOREIGN KEY (document_id) REFERENCES lead_document (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Applications to apprenticeship offers: each joins the person's lead in the offer's centre and follows its own
-- pipeline; interviews are sent with an .ics invitation attached to the e-mail.
CREATE TABLE offer_application (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id        BIGINT       NOT NULL,
    offer_id         BIGINT       NOT NULL,
    lead_id          BIGINT       NOT NULL,
    status           VARCHAR(12)  NOT NULL DEFAULT 'APPLIED',
    status_since     DATETIME(6)  NOT NULL,
    cover_message    TEXT         NULL,
    cv_file_name     VARCHAR(200) NOT NULL,
    cv_content_type  VARCHAR(100) NOT NULL,
    consent_at       DATETIME(6)  NOT NULL,
    applied_at       DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_offer_application_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_offer_application_offer FOREIGN KEY (offer_id) REFERENCES offer (id),
    CONSTRAINT fk_offer_application_lead FOREIGN KEY (lead_id) REFERENCES `lead` (id),
    CONSTRAINT uk_offer_application UNIQUE (offer_id, lead_id),
    CONSTRAINT ck_offer_application_status CHECK (status IN ('APPLIED', 'SCREENED', 'INTERVIEW', 'OFFER_MADE',
        'HIRED', 'REJECTED', 'WITHDRAWN')),
    INDEX ix_offer_application_offer (tenant_id, offer_id, status, applied_at),
    INDEX ix_offer_application_lead (tenant_id, lead_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE offer_application_cv (
    application_id BIGINT   NOT NULL,
    content        LONGBLOB NOT NULL,
    PRIMARY KEY (application_id),
    CONSTRAINT fk_offer_application_cv FOREIGN KEY (application_id) REFERENCES offer_application (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE interview (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id        BIGINT       NOT NULL,
    application_id   BIGINT       NOT NULL,
    starts_at        DATETIME(6)  NOT NULL,
    time_zone        VARCHAR(40)  NOT NULL,
    duration_minutes INT          NOT NULL,
    place            VARCHAR(300) NULL,
    link             VARCHAR(500) NULL,
    created_by       BIGINT       NULL,
    created_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_interview_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_interview_application FOREIGN KEY (application_id) REFERENCES offer_application (id),
    INDEX ix_interview_application (tenant_id, application_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One attachment per message (an .ics invitation...): outbox_message has had the columns since V4.
