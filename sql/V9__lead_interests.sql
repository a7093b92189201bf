-- What each lead of a centre is interested in, one row per lead and thing said, so that the lead list and the board
-- filter by program, intake and source (how the person heard of us) through an index range of the centre —
-- (tenant_id, kind, value) gives the lead ids, each lead then read by its key — instead of reading every request
-- of every lead of a stage. Kinds: PROGRAM (a program id, from the person's requests to the centre and from the
-- programs of interest ticked when they were captured at one of its events), INTAKE (the intake a request asked
-- for, "2026-08") and SOURCE (how a request said the person heard of us: HeardFrom's names). Imported lists of
-- attendees say none of these. The application adds a row where each arises (InquiryIntake, EventRegistrar) and
-- moves a merged lead's rows to the lead it was merged into; the primary key keeps each once (INSERT IGNORE).
CREATE TABLE lead_interest (
    tenant_id BIGINT      NOT NULL,
    kind      VARCHAR(8)  NOT NULL,
    value     VARCHAR(30) NOT NULL,
    lead_id   BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, kind, value, lead_id),
    CONSTRAINT fk_lead_interest_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_lead_interest_lead FOREIGN KEY (lead_id) REFERENCES `lead` (id) ON DELETE CASCADE,
    CONSTRAINT ck_lead_interest_kind CHECK (kind IN ('PROGRAM', 'INTAKE', 'SOURCE')),
    INDEX ix_lead_interest_lead (lead_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the requests routed to each centre said. A merge moved the merged lead's requests to the lead it kept, so
-- routed requests are on live leads already.
INSERT IGNORE INTO lead_interest (tenant_id, kind, value, lead_id)
SELECT r.tenant_id, 'PROGRAM', CAST(ip.program_id AS CHAR), r.lead_id
FROM routed_inquiry r
JOIN inquiry_program ip ON ip.inquiry_id = r.inquiry_id;

INSERT IGNORE INTO lead_interest (tenant_id, kind, value, lead_id)
SELECT r.tenant_id, 'INTAKE', i.preferred_intake, r.lead_id
FROM routed_inquiry r
JOIN inquiry i ON i.id = r.inquiry_id
WHERE i.preferred_intake IS NOT NULL;

INSERT IGNORE INTO lead_interest (tenant_id, kind, value, lead_id)
SELECT r.tenant_id, 'SOURCE', i.heard_from, r.lead_id
FROM routed_inquiry r
JOIN inquiry i ON i.id = r.inquiry_id
WHERE i.heard_from IS NOT NULL;

-- The programs ticked at an event. A merge leaves registrations on the merged lead, so each registration's lead is
-- followed up to the live lead it was merged into, however many merges ago.
INSERT IGNORE INTO lead_interest (tenant_id, kind, value, lead_id)
WITH RECURSIVE survivor (lead_id, live_id, merged_into_id) AS (
    SELECT l.id, l.id, l.merged_into_id
    FROM `lead` l
    WHERE l.id IN (SELECT g.lead_id FROM event_registration g
                   JOIN event_registration_program gp ON gp.registration_id = g.id)
    UNION ALL
    SELECT s.lead_id, l.id, l.merged_into_id
    FROM survivor s
    JOIN `lead` l ON l.id = s.merged_into_id
)
SELECT g.tenant_id, 'PROGRAM', CAST(gp.program_id AS CHAR), s.live_id
FROM event_registration g
JOIN event_registration_program gp ON gp.registration_id = g.id
JOIN survivor s ON s.lead_id = g.lead_id AND s.merged_into_id IS NULL;

ANALYZE TABLE lead_interest;
