-- Privacy duties (Law 25, the GDPR): erasure on request, retention and anonymisation, the person in charge of
-- personal information, and who saw whose data.
--
-- An erased or anonymised lead stays as a row, so that counts, stages, dates, country and programs stay true in
-- every report; its personal values are removed or replaced by a neutral marker (ca.tremplin.person.PersonErasure).
-- erased_at says it happened, so that it is never done twice and the pages say so.
ALTER TABLE `lead` ADD COLUMN erased_at DATETIME(6) NULL;

-- Each erasure, without the erased data: which lead, who asked (staff on the lead page, or the nightly retention job
-- with the rule that made it due), when, and how many records of the person it reached (their merged duplicates).
CREATE TABLE person_erasure (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id      BIGINT      NOT NULL,
    lead_id        BIGINT      NOT NULL,
    reason         VARCHAR(10) NOT NULL,
    retention_rule VARCHAR(24) NULL,
    erased_by      BIGINT      NULL,
    erased_at      DATETIME(6) NOT NULL,
    records        INT         NOT NULL DEFAULT 1,
    PRIMARY KEY (id),
    CONSTRAINT fk_person_erasure_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_person_erasure_reason CHECK (reason IN ('REQUEST', 'RETENTION')),
    INDEX ix_person_erasure_when (tenant_id, erased_at),
    INDEX ix_person_erasure_lead (lead_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How long a centre keeps a person, per situation, in months (NULL: not anonymised for that situation).
-- lost_or_inactive: lost, or without any activity, for that long; admitted_not_enrolled: admitted (or further, short
-- of enrolled) and that long after the intake they asked for; enrolled: that long after they enrolled.
CREATE TABLE retention_policy (
    id                           BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id                    BIGINT      NOT NULL,
    lost_or_inactive_months      INT         NULL,
    admitted_not_enrolled_months INT         NULL,
    enrolled_months              INT         NULL,
    updated_by                   BIGINT      NULL,
    updated_at                   DATETIME(6) NULL,
    version                      BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_retention_policy_tenant UNIQUE (tenant_id),
    CONSTRAINT fk_retention_policy_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_retention_policy_months CHECK ((lost_or_inactive_months IS NULL OR lost_or_inactive_months > 0)
        AND (admitted_not_enrolled_months IS NULL OR admitted_not_enrolled_months > 0)
        AND (enrolled_months IS NULL OR enrolled_months > 0))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The title of the person in charge of the protection of personal information, published with their contact.
ALTER TABLE tenant ADD COLUMN privacy_officer_title VARCHAR(200) NULL;

-- Who saw whose data: a lead's page opened, a document or a CV downloaded, people exported. One row per person and
-- access; read per person and per member of staff by the centre's admins.
CREATE TABLE personal_data_access (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id   BIGINT      NOT NULL,
    lead_id     BIGINT      NOT NULL,
    user_id     BIGINT      NOT NULL,
    action      VARCHAR(12) NOT NULL,
    target_id   BIGINT      NULL,
    accessed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_personal_data_access_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_personal_data_access_action CHECK (action IN ('VIEWED', 'DOCUMENT', 'CV', 'EXPORTED')),
    INDEX ix_personal_data_access_lead (tenant_id, lead_id, accessed_at),
    INDEX ix_personal_data_access_user (tenant_id, user_id, accessed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
