-- Fiers d'être apprentis: the apprentices' showcase. A centre invites its apprentices (one by one by e-mail, or a
-- class with one link limited in time and uses); an apprentice posts a profile with a photo at work from the link,
-- without an account; nothing is public before a moderator of the centre approves it. Only hashes of links are kept.
CREATE TABLE showcase_invitation (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id   BIGINT       NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    kind        VARCHAR(10)  NOT NULL,
    label       VARCHAR(120) NULL,
    max_uses    INT          NOT NULL,
    uses        INT          NOT NULL DEFAULT 0,
    expires_at  DATETIME(6)  NOT NULL,
    created_by  BIGINT       NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_showcase_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_showcase_invitation_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_showcase_invitation_kind CHECK (kind IN ('PERSONAL', 'CLASS')),
    CONSTRAINT ck_showcase_invitation_uses CHECK (uses >= 0 AND uses <= max_uses),
    INDEX ix_showcase_invitation_tenant (tenant_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One apprentice's profile. Its e-mail address is the person's own (for their private link and the moderator's
-- requests); a withdrawn profile keeps only that it existed and when it was withdrawn.
CREATE TABLE showcase_profile (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id             BIGINT        NOT NULL,
    invitation_id         BIGINT        NULL,
    program_id            BIGINT        NULL,
    status                VARCHAR(20)   NOT NULL,
    display_name          VARCHAR(60)   NULL,
    trade                 VARCHAR(120)  NULL,
    workplace             VARCHAR(120)  NULL,
    testimony             VARCHAR(1200) NULL,
    languages_spoken      VARCHAR(120)  NULL,
    email_normalized      VARCHAR(254)  NULL,
    language              VARCHAR(5)    NOT NULL,
    under_fourteen        BOOLEAN       NOT NULL DEFAULT FALSE,
    guardian_name         VARCHAR(200)  NULL,
    guardian_email        VARCHAR(254)  NULL,
    guardian_confirmed_at DATETIME(6)   NULL,
    others_consented      BOOLEAN       NOT NULL DEFAULT FALSE,
    photo_key             CHAR(32)      NULL,
    moderation_note       VARCHAR(500)  NULL,
    submitted_at          DATETIME(6)   NOT NULL,
    waiting_since         DATETIME(6)   NULL,
    moderated_at          DATETIME(6)   NULL,
    moderated_by          BIGINT        NULL,
    withdrawn_at          DATETIME(6)   NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_showcase_profile_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_showcase_profile_invitation FOREIGN KEY (invitation_id) REFERENCES showcase_invitation (id)
        ON DELETE SET NULL,
    CONSTRAINT fk_showcase_profile_program FOREIGN KEY (program_id) REFERENCES program (id) ON DELETE SET NULL,
    CONSTRAINT ck_showcase_profile_status CHECK (status IN ('AWAITING_GUARDIAN', 'AWAITING_MODERATION',
        'CHANGES_REQUESTED', 'APPROVED', 'REFUSED', 'WITHDRAWN')),
    INDEX ix_showcase_profile_queue (tenant_id, status, waiting_since),
    INDEX ix_showcase_profile_public (status, program_id),
    INDEX ix_showcase_profile_address (tenant_id, email_normalized)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The photo's variants, re-encoded without metadata, served from the database so that every server reads them. The
-- key is random and changes with each new photo: it is in the address, so a browser may keep a variant for a year.
CREATE TABLE showcase_photo (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id    BIGINT      NOT NULL,
    profile_id   BIGINT      NOT NULL,
    photo_key    CHAR(32)    NOT NULL,
    width        INT         NOT NULL,
    height       INT         NOT NULL,
    content_type VARCHAR(40) NOT NULL,
    etag         VARCHAR(80) NOT NULL,
    content      LONGBLOB    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_showcase_photo_profile FOREIGN KEY (profile_id) REFERENCES showcase_profile (id) ON DELETE CASCADE,
    CONSTRAINT uk_showcase_photo_variant UNIQUE (photo_key, width)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The private links: the person's own (edit, withdraw; no expiry, it is theirs to keep) and the guardian's
-- confirmation (expires). Hashes only.
CREATE TABLE showcase_link (
    token_hash  CHAR(64)    NOT NULL,
    profile_id  BIGINT      NOT NULL,
    purpose     VARCHAR(10) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NULL,
    PRIMARY KEY (token_hash),
    CONSTRAINT fk_showcase_link_profile FOREIGN KEY (profile_id) REFERENCES showcase_profile (id) ON DELETE CASCADE,
    CONSTRAINT ck_showcase_link_purpose CHECK (purpose IN ('OWNER', 'GUARDIAN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A visitor's report: the reason only, nothing about who sent it.
CREATE TABLE showcase_report (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id   BIGINT       NOT NULL,
    profile_id  BIGINT       NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    reported_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_showcase_report_profile FOREIGN KEY (profile_id) REFERENCES showcase_profile (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Counters per profile and day (Québec's), as campaign_visit: no address, cookie or identifier of any visitor.
CREATE TABLE showcase_daily_count (
    profile_id     BIGINT NOT NULL,
    count_day      DATE   NOT NULL,
    views          INT    NOT NULL DEFAULT 0,
    program_clicks INT    NOT NULL DEFAULT 0,
    offer_clicks   INT    NOT NULL DEFAULT 0,
    request_clicks INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (profile_id, count_day),
    CONSTRAINT fk_showcase_count_profile FOREIGN KEY (profile_id) REFERENCES showcase_profile (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The consents of a profile — publication, image rights, a guardian's — in the consent register, word for word.
ALTER TABLE consent_record ADD COLUMN showcase_profile_id BIGINT NULL;
ALTER TABLE consent_record ADD CONSTRAINT fk_consent_record_showcase FOREIGN KEY (showcase_profile_id)
    REFERENCES showcase_profile (id) ON DELETE CASCADE;
ALTER TABLE consent_record DROP CONSTRAINT ck_consent_record_purpose;
ALTER TABLE consent_record ADD CONSTRAINT ck_consent_record_purpose
    CHECK (purpose IN ('CONTACT', 'NEWS', 'APPLICATION', 'GUARDIAN', 'PUBLICATION', 'IMAGE_RIGHTS'));
