-- The time spent in each stage, for the funnel reports (person.LeadStay): one row per completed stay of a lead in a
-- stage, that is per row of its stage history that left a stage (from_stage not NULL), keyed as the reports' summary
-- (lead_funnel) is, so that a centre's cohort reads its stays as one range of the primary key, in the summary's
-- order, instead of one dive per lead into the history. Kept by person.LeadFunnels in the same transaction as every
-- stage change; written again from the history wherever the summary is.
CREATE TABLE lead_stay (
    tenant_id      BIGINT      NOT NULL,
    first_known_at DATETIME(6) NOT NULL,
    lead_id        BIGINT      NOT NULL,
    change_id      BIGINT      NOT NULL,
    stage          VARCHAR(24) NOT NULL,
    entered_at     DATETIME(6) NOT NULL,
    left_at        DATETIME(6) NOT NULL,
    -- a centre's leads first known in a period, each lead's stays together: one range, read in order
    PRIMARY KEY (tenant_id, first_known_at, lead_id, change_id),
    INDEX ix_lead_stay_lead (lead_id),
    CONSTRAINT fk_lead_stay_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_lead_stay_lead FOREIGN KEY (lead_id) REFERENCES `lead` (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- lead_stay:fill (src/bench/pipeline.sh runs the statements between these two lines after generating its data)
INSERT INTO lead_stay (tenant_id, first_known_at, lead_id, change_id, stage, entered_at, left_at)
SELECT l.tenant_id, l.first_inquiry_at, s.lead_id, s.id, s.from_stage, s.from_stage_since, s.changed_at
FROM lead_stage_change s
JOIN `lead` l ON l.id = s.lead_id
WHERE s.from_stage IS NOT NULL AND s.from_stage_since IS NOT NULL;
-- lead_stay:end
