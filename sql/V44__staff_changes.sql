-- Who changed a centre's staff accounts and its routing settings, when, and what: an invitation, a role, a
-- deactivation or a reactivation, the routing rule and mapping, the response time, the allowed origins, a reply
-- template. Values are staff names, roles and settings, never a person a centre follows.
CREATE TABLE staff_change (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id   BIGINT       NOT NULL,
    actor_id    BIGINT       NULL,
    subject     VARCHAR(12)  NOT NULL,
    subject_id  BIGINT       NULL,
    what        VARCHAR(20)  NOT NULL,
    detail      VARCHAR(500) NULL,
    changed_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_staff_change_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_staff_change_subject CHECK (subject IN ('ACCOUNT', 'SETTINGS', 'TEMPLATE')),
    INDEX ix_staff_change_subject (tenant_id, subject, subject_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
