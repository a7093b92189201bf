-- International information requests: the request as submitted (platform-level, one row per submission, its
-- idempotency key unique), the consent given with it, its part for each school service centre it concerns
-- (tenant-owned), the person as a lead of each centre (one per normalised e-mail and tenant), the lead's
-- timeline, and each centre's routing settings and reply templates.
-- Indexes are chosen for the inbox and for a later pipeline over about a million leads: every tenant-owned
-- query starts with tenant_id.

CREATE TABLE inquiry (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    idempotency_key       VARCHAR(120)  NOT NULL,
    request_hash          CHAR(64)      NOT NULL,
    channel               VARCHAR(10)   NOT NULL,
    language              VARCHAR(5)    NOT NULL,
    first_name            VARCHAR(100)  NOT NULL,
    last_name             VARCHAR(100)  NOT NULL,
    email                 VARCHAR(254)  NOT NULL,
    email_normalized      VARCHAR(254)  NOT NULL,
    phone_e164            VARCHAR(20)   NULL,
    country_of_residence  CHAR(2)       NOT NULL,
    citizenship           CHAR(2)       NOT NULL,
    birth_year            SMALLINT      NULL,
    education             VARCHAR(30)   NULL,
    french_level          VARCHAR(10)   NULL,
    preferred_intake      VARCHAR(30)   NULL,
    heard_from            VARCHAR(30)   NULL,
    message               TEXT          NULL,
    requested_tenant_slug VARCHAR(60)   NULL,
    utm_source            VARCHAR(200)  NULL,
    utm_medium            VARCHAR(200)  NULL,
    utm_campaign          VARCHAR(200)  NULL,
    utm_term              VARCHAR(200)  NULL,
    utm_content           VARCHAR(200)  NULL,
    referrer              VARCHAR(500)  NULL,
    landing_page          VARCHAR(500)  NULL,
    campaign_code         VARCHAR(60)   NULL,
    ip_address            VARCHAR(45)   NULL,
    received_at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_inquiry_idempotency_key UNIQUE (idempotency_key),
    CONSTRAINT ck_inquiry_channel CHECK (channel IN ('FORM', 'API')),
    INDEX ix_inquiry_email (email_normalized, received_at),
    INDEX ix_inquiry_received (received_at),
    INDEX ix_inquiry_campaign (utm_campaign, received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The programs asked about, as chosen. No foreign key to program on purpose: a request keeps what was asked even
-- for an id that no longer exists (it is then routed to the coordinating organisation).
CREATE TABLE inquiry_program (
    inquiry_id BIGINT NOT NULL,
    program_id BIGINT NOT NULL,
    PRIMARY KEY (inquiry_id, program_id),
    CONSTRAINT fk_inquiry_program_inquiry FOREIGN KEY (inquiry_id) REFERENCES inquiry (id) ON DELETE CASCADE,
    INDEX ix_inquiry_program_program (program_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Law 25 / CASL: one row per purpose, granted or not, with the exact text shown and its version.
CREATE TABLE consent_record (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    inquiry_id    BIGINT       NOT NULL,
    email_normalized VARCHAR(254) NOT NULL,
    purpose       VARCHAR(10)  NOT NULL,
    granted       BOOLEAN      NOT NULL,
    text_version  VARCHAR(40)  NOT NULL,
    text_shown    TEXT         NOT NULL,
    language      VARCHAR(5)   NOT NULL,
    given_at      DATETIME(6)  NOT NULL,
    ip_address    VARCHAR(45)  NULL,
    source        VARCHAR(500) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_consent_record_inquiry FOREIGN KEY (inquiry_id) REFERENCES inquiry (id) ON DELETE CASCADE,
    CONSTRAINT ck_consent_record_purpose CHECK (purpose IN ('CONTACT', 'NEWS')),
    CONSTRAINT uk_consent_record_purpose UNIQUE (inquiry_id, purpose),
    INDEX ix_consent_record_email (email_normalized, purpose, given_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE `lead` (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id            BIGINT       NOT NULL,
    email_normalized     VARCHAR(254) NOT NULL,
    email                VARCHAR(254) NOT NULL,
    first_name           VARCHAR(100) NOT NULL,
    last_name            VARCHAR(100) NOT NULL,
    phone_e164           VARCHAR(20)  NULL,
    country_of_residence CHAR(2)      NOT NULL,
    citizenship          CHAR(2)      NOT NULL,
    language             VARCHAR(5)   NOT NULL,
    first_inquiry_at     DATETIME(6)  NOT NULL,
    last_inquiry_at      DATETIME(6)  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_lead_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT uk_lead_email UNIQUE (tenant_id, email_normalized),
    INDEX ix_lead_recent (tenant_id, last_inquiry_at),
    INDEX ix_lead_country (tenant_id, country_of_residence, last_inquiry_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An inquiry as one school service centre (or the coordinating organisation's queue) sees it.
CREATE TABLE routed_inquiry (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id         BIGINT      NOT NULL,
    inquiry_id        BIGINT      NOT NULL,
    lead_id           BIGINT      NOT NULL,
    assigned_to       BIGINT      NULL,
    status            VARCHAR(10) NOT NULL,
    received_at       DATETIME(6) NOT NULL,
    response_deadline DATETIME(6) NOT NULL,
    contacted_at      DATETIME(6) NULL,
    routed_to_tenant_id BIGINT    NULL,
    version           BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_routed_inquiry_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_routed_inquiry_inquiry FOREIGN KEY (inquiry_id) REFERENCES inquiry (id),
    CONSTRAINT fk_routed_inquiry_lead FOREIGN KEY (lead_id) REFERENCES `lead` (id),
    CONSTRAINT fk_routed_inquiry_assignee FOREIGN KEY (assigned_to) REFERENCES user_account (id),
    CONSTRAINT fk_routed_inquiry_routed_to FOREIGN KEY (routed_to_tenant_id) REFERENCES tenant (id),
    CONSTRAINT uk_routed_inquiry UNIQUE (tenant_id, inquiry_id),
    CONSTRAINT ck_routed_inquiry_status CHECK (status IN ('NEW', 'OPEN', 'CONTACTED', 'CLOSED')),
    INDEX ix_routed_inquiry_queue (tenant_id, status, received_at),
    INDEX ix_routed_inquiry_mine (tenant_id, assigned_to, status, received_at),
    INDEX ix_routed_inquiry_deadline (tenant_id, status, response_deadline),
    INDEX ix_routed_inquiry_lead (lead_id, received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lead_event (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id          BIGINT        NOT NULL,
    lead_id            BIGINT        NOT NULL,
    routed_inquiry_id  BIGINT        NULL,
    kind               VARCHAR(20)   NOT NULL,
    actor_id           BIGINT        NULL,
    detail             VARCHAR(2000) NULL,
    occurred_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_lead_event_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_lead_event_lead FOREIGN KEY (lead_id) REFERENCES `lead` (id),
    CONSTRAINT fk_lead_event_routed FOREIGN KEY (routed_inquiry_id) REFERENCES routed_inquiry (id),
    CONSTRAINT ck_lead_event_kind CHECK (kind IN ('REQUEST_RECEIVED', 'ASSIGNED', 'REPLY_SENT', 'CALL_LOGGED',
                                                  'MARKED_CONTACTED', 'ROUTED')),
    INDEX ix_lead_event_timeline (tenant_id, lead_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per tenant, created with defaults the first time it is needed. allowed_origins: one origin a line.
CREATE TABLE inquiry_settings (
    tenant_id                BIGINT       NOT NULL,
    routing_rule             VARCHAR(12)  NOT NULL DEFAULT 'ROUND_ROBIN',
    response_business_hours  INT          NOT NULL DEFAULT 8,
    allowed_origins          TEXT         NULL,
    last_assigned_to         BIGINT       NULL,
    version                  BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id),
    CONSTRAINT fk_inquiry_settings_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_inquiry_settings_rule CHECK (routing_rule IN ('ROUND_ROBIN', 'BY_COUNTRY', 'BY_PROGRAM')),
    CONSTRAINT ck_inquiry_settings_hours CHECK (response_business_hours BETWEEN 1 AND 200)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- BY_COUNTRY maps an ISO country code, BY_PROGRAM a program id, to the recruiter who takes those requests.
CREATE TABLE inquiry_routing_entry (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id        BIGINT      NOT NULL,
    match_kind       VARCHAR(10) NOT NULL,
    match_value      VARCHAR(20) NOT NULL,
    user_account_id  BIGINT      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_inquiry_routing_entry_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_inquiry_routing_entry_user FOREIGN KEY (user_account_id) REFERENCES user_account (id),
    CONSTRAINT uk_inquiry_routing_entry UNIQUE (tenant_id, match_kind, match_value),
    CONSTRAINT ck_inquiry_routing_entry_kind CHECK (match_kind IN ('COUNTRY', 'PROGRAM'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE reply_template (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id  BIGINT       NOT NULL,
    name       VARCHAR(100) NOT NULL,
    language   VARCHAR(5)   NOT NULL,
    subject    VARCHAR(200) NOT NULL,
    body       TEXT         NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_reply_template_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT uk_reply_template UNIQUE (tenant_id, name, language)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
