-- The register of confidentiality incidents (Québec's Law 25, s. 3.8 of the private sector act and the regulation
-- respecting confidentiality incidents, s. 11): one register per tenant, a school service centre's or the
-- coordinating organisation's. people_concerned is NULL while the number is not known; people_estimated says the
-- number is an approximation. risk is BEING_ASSESSED until the assessment is done, then SERIOUS or NOT_SERIOUS with its
-- reasons. A notice is either a date or the reason it was not given. Texts are TEXT (the application holds them to
-- 4,000 characters, reasons for no notice to 2,000): as VARCHAR they would pass InnoDB's row size.
CREATE TABLE confidentiality_incident (
    id                              BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id                       BIGINT        NOT NULL,
    information_concerned           TEXT          NOT NULL,
    circumstances                   TEXT          NOT NULL,
    started_on                      DATE          NOT NULL,
    ended_on                        DATE          NULL,
    learned_on                      DATE          NOT NULL,
    people_concerned                INT           NULL,
    people_estimated                BOOLEAN       NOT NULL DEFAULT FALSE,
    risk                            VARCHAR(14)   NOT NULL,
    risk_reasons                    TEXT          NULL,
    commission_notified_on          DATE          NULL,
    commission_not_notified_because TEXT          NULL,
    people_notified_on              DATE          NULL,
    people_not_notified_because     TEXT          NULL,
    measures_taken                  TEXT          NULL,
    status                          VARCHAR(6)    NOT NULL,
    created_by                      BIGINT        NOT NULL,
    created_at                      DATETIME(6)   NOT NULL,
    updated_by                      BIGINT        NOT NULL,
    updated_at                      DATETIME(6)   NOT NULL,
    version                         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_incident_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_incident_creator FOREIGN KEY (created_by) REFERENCES user_account (id),
    CONSTRAINT fk_incident_updater FOREIGN KEY (updated_by) REFERENCES user_account (id),
    CONSTRAINT ck_incident_period CHECK (ended_on IS NULL OR ended_on >= started_on),
    CONSTRAINT ck_incident_learned CHECK (learned_on >= started_on),
    CONSTRAINT ck_incident_people CHECK (people_concerned IS NULL OR people_concerned >= 0),
    CONSTRAINT ck_incident_risk CHECK (risk IN ('BEING_ASSESSED', 'SERIOUS', 'NOT_SERIOUS')),
    CONSTRAINT ck_incident_status CHECK (status IN ('OPEN', 'CLOSED')),
    INDEX ix_incident_tenant (tenant_id, learned_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change to an incident, appended and never updated: who, when, which field, from what to what. A line with no
-- field is the incident's recording.
CREATE TABLE confidentiality_incident_change (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id   BIGINT        NOT NULL,
    incident_id BIGINT        NOT NULL,
    changed_by  BIGINT        NOT NULL,
    changed_at  DATETIME(6)   NOT NULL,
    field       VARCHAR(40)   NULL,
    old_value   TEXT          NULL,
    new_value   TEXT          NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_incident_change_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_incident_change_incident FOREIGN KEY (incident_id) REFERENCES confidentiality_incident (id),
    CONSTRAINT fk_incident_change_author FOREIGN KEY (changed_by) REFERENCES user_account (id),
    INDEX ix_incident_change_incident (incident_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
