-- The consent register (Law 25, CASL): every consent given or withdrawn after the form that first collected it, per
-- purpose, word for word, never overwritten. The consents given with a request, a registration or an application stay
-- in consent_record; a later change — a withdrawal from the preferences page a link in every e-mail opens, a consent
-- given again there, or a withdrawal by phone or letter that staff record — is a new row here, never an update.
--
-- changed_at is when the person said it (staff may record a call the day after); recorded_at is when it was written.
-- No foreign key on lead_id: undoing an import deletes the leads it created, and a withdrawal must not stop that.
CREATE TABLE consent_change (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id        BIGINT        NOT NULL,
    lead_id          BIGINT        NOT NULL,
    email_normalized VARCHAR(254)  NULL,
    purpose          VARCHAR(12)   NOT NULL,
    granted          BOOLEAN       NOT NULL,
    text_version     VARCHAR(40)   NOT NULL,
    text_shown       TEXT          NOT NULL,
    language         VARCHAR(5)    NOT NULL,
    changed_at       DATETIME(6)   NOT NULL,
    channel          VARCHAR(12)   NOT NULL,
    note             VARCHAR(1000) NULL,
    recorded_by      BIGINT        NULL,
    recorded_at      DATETIME(6)   NOT NULL,
    ip_address       VARCHAR(45)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_consent_change_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_consent_change_purpose CHECK (purpose IN ('CONTACT', 'NEWS', 'APPLICATION')),
    CONSTRAINT ck_consent_change_channel CHECK (channel IN ('PREFERENCES', 'PHONE', 'LETTER', 'EMAIL', 'IN_PERSON')),
    INDEX ix_consent_change_lead (lead_id, changed_at),
    INDEX ix_consent_change_address (tenant_id, email_normalized)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The link to the preferences page at the foot of every e-mail to a person a centre follows: only the hash of its
-- token, bound to the address it was sent to (it shows that address's consents at every centre, nothing else), and
-- valid for 180 days (CASL wants an unsubscribe mechanism to work for at least 60).
CREATE TABLE preference_link (
    token_hash       CHAR(64)     NOT NULL,
    email_normalized VARCHAR(254) NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    expires_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (token_hash),
    INDEX ix_preference_link_address (email_normalized)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Under 14, a parent or guardian consents (Law 25): their consent is a record of its own, word for word, with who
-- they are.
ALTER TABLE consent_record
    ADD COLUMN guardian_name VARCHAR(200) NULL,
    ADD COLUMN guardian_email VARCHAR(254) NULL;
ALTER TABLE consent_record DROP CONSTRAINT ck_consent_record_purpose;
ALTER TABLE consent_record ADD CONSTRAINT ck_consent_record_purpose
    CHECK (purpose IN ('CONTACT', 'NEWS', 'APPLICATION', 'GUARDIAN'));

-- Access and portability (Law 25, GDPR): a person asks for their data from a public page; opening the link e-mailed to
-- the address proves it is theirs (verified_at), and the request then reaches each centre that holds the address, one
-- part per centre, each with its legal deadline (30 days) and how it was answered: sent by the centre's privacy
-- officer, or downloaded by the person. Only the hash of the link's token is kept.
CREATE TABLE access_request (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    email_normalized VARCHAR(254) NOT NULL,
    language         VARCHAR(5)   NOT NULL,
    token_hash       CHAR(64)     NOT NULL,
    requested_at     DATETIME(6)  NOT NULL,
    link_expires_at  DATETIME(6)  NOT NULL,
    verified_at      DATETIME(6)  NULL,
    ip_address       VARCHAR(45)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_access_request_token UNIQUE (token_hash),
    INDEX ix_access_request_address (email_normalized, requested_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE access_request_part (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id   BIGINT      NOT NULL,
    request_id  BIGINT      NOT NULL,
    lead_id     BIGINT      NOT NULL,
    due_on      DATE        NOT NULL,
    answered_at DATETIME(6) NULL,
    answered_by BIGINT      NULL,
    answer      VARCHAR(10) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_access_request_part_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_access_request_part_request FOREIGN KEY (request_id) REFERENCES access_request (id),
    CONSTRAINT uk_access_request_part UNIQUE (request_id, tenant_id),
    CONSTRAINT ck_access_request_part_answer CHECK (answer IN ('SENT', 'DOWNLOADED')),
    INDEX ix_access_request_part_due (tenant_id, answered_at, due_on),
    INDEX ix_access_request_part_lead (lead_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A person downloading their own data is an export too: the access log says so with no member of staff.
ALTER TABLE personal_data_access MODIFY user_id BIGINT NULL;
