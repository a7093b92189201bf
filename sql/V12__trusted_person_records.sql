-- A person's record is trusted data: nothing an anonymous source sends rewrites what a centre holds.
--
-- Every change to a lead's personal details leaves an audit line that says where it came from: a member of staff
-- (actor_id), a merge, a proposal accepted, or a source that fills a field the record lacked (an information
-- request from the form or the API, an event registration, a quick capture at a fair, an application, an import).
-- source_ref names the thing that carried the value (the request, the registration, the application, the import),
-- so that an import can be undone from its own lines.
ALTER TABLE lead_audit
    ADD COLUMN source     VARCHAR(20) NOT NULL DEFAULT 'STAFF',
    ADD COLUMN source_ref BIGINT      NULL;

CREATE INDEX ix_lead_audit_source ON lead_audit (source, source_ref);

-- A value an anonymous source gave that differs from what the centre holds: kept, shown on the timeline as
-- "another value given by ... on ...", and written over the record only when staff accept it (audited then).
CREATE TABLE lead_proposal (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id      BIGINT       NOT NULL,
    lead_id        BIGINT       NOT NULL,
    field          VARCHAR(40)  NOT NULL,
    proposed_value VARCHAR(500) NOT NULL,
    source         VARCHAR(20)  NOT NULL,
    source_ref     BIGINT       NULL,
    proposed_at    DATETIME(6)  NOT NULL,
    status         VARCHAR(10)  NOT NULL DEFAULT 'OPEN',
    decided_by     BIGINT       NULL,
    decided_at     DATETIME(6)  NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_lead_proposal_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_lead_proposal_lead FOREIGN KEY (lead_id) REFERENCES `lead` (id),
    CONSTRAINT ck_lead_proposal_status CHECK (status IN ('OPEN', 'ACCEPTED', 'DISMISSED')),
    INDEX ix_lead_proposal_lead (tenant_id, lead_id, status),
    INDEX ix_lead_proposal_source (source, source_ref)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
