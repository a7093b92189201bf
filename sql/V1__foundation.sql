-- Foundation: tenants (school service centres and the coordinating organisation), staff accounts,
-- one-time account tokens (invitations, password resets) and the mail outbox.
-- Times are stored in UTC (DATETIME(6)); text is utf8mb4 so names in any script are kept as written.

CREATE TABLE tenant (
    id                      BIGINT       NOT NULL AUTO_INCREMENT,
    slug                    VARCHAR(60)  NOT NULL,
    kind                    VARCHAR(20)  NOT NULL,
    name_fr                 VARCHAR(200) NOT NULL,
    name_en                 VARCHAR(200) NOT NULL,
    region                  VARCHAR(40)  NOT NULL,
    contact_email           VARCHAR(254) NULL,
    contact_phone           VARCHAR(40)  NULL,
    website                 VARCHAR(300) NULL,
    privacy_officer_name    VARCHAR(200) NULL,
    privacy_officer_email   VARCHAR(254) NULL,
    privacy_officer_phone   VARCHAR(40)  NULL,
    first_response_hours    INT          NOT NULL DEFAULT 48,
    logo_updated_at         DATETIME(6)  NULL,
    active                  BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at              DATETIME(6)  NOT NULL,
    updated_at              DATETIME(6)  NOT NULL,
    version                 BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_tenant_slug UNIQUE (slug),
    CONSTRAINT ck_tenant_kind CHECK (kind IN ('SCHOOL_BOARD', 'COORDINATION')),
    CONSTRAINT ck_tenant_response_hours CHECK (first_response_hours BETWEEN 1 AND 720)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A tenant's logo, re-encoded as PNG on upload; kept apart so that reading a tenant never loads an image.
CREATE TABLE tenant_logo (
    tenant_id   BIGINT      NOT NULL,
    image_png   MEDIUMBLOB  NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (tenant_id),
    CONSTRAINT fk_tenant_logo_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_account (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id           BIGINT       NOT NULL,
    email               VARCHAR(254) NOT NULL,
    display_name        VARCHAR(200) NOT NULL,
    role                VARCHAR(20)  NOT NULL,
    preferred_locale    VARCHAR(5)   NOT NULL DEFAULT 'fr',
    password_hash       VARCHAR(400) NULL,
    active              BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_sign_ins     INT          NOT NULL DEFAULT 0,
    locked_until        DATETIME(6)  NULL,
    last_sign_in_at     DATETIME(6)  NULL,
    created_at          DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_user_account_email UNIQUE (email),
    CONSTRAINT fk_user_account_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_user_account_role CHECK (role IN ('PLATFORM_ADMIN', 'CSS_ADMIN', 'RECRUITER')),
    INDEX ix_user_account_tenant (tenant_id, display_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account_token (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id       BIGINT      NOT NULL,
    user_account_id BIGINT      NOT NULL,
    purpose         VARCHAR(20) NOT NULL,
    token_hash      CHAR(64)    NOT NULL,
    expires_at      DATETIME(6) NOT NULL,
    used_at         DATETIME(6) NULL,
    created_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_user FOREIGN KEY (user_account_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT fk_account_token_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_account_token_purpose CHECK (purpose IN ('INVITATION', 'PASSWORD_RESET'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE outbox_message (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id       BIGINT       NULL,
    recipient       VARCHAR(254) NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    body_text       MEDIUMTEXT   NOT NULL,
    body_html       MEDIUMTEXT   NULL,
    status          VARCHAR(10)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)  NOT NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      DATETIME(6)  NOT NULL,
    sent_at         DATETIME(6)  NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT ck_outbox_status CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    INDEX ix_outbox_due (status, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
