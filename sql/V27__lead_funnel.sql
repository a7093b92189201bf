-- The funnel reports' summary of each lead's stage history (person.LeadFunnel): one row per lead, written in the same
-- transaction as every entry into a stage, so that a report counts its cohort from one row per lead instead of
-- joining the whole history. For each stage of the way (NEW ... ARRIVED), when the lead first entered it; and where the
-- lead stands now (its latest stage change, by time then id, with the lost reason). The lead's first contact and
-- whether it was merged are copied from the lead, so that a centre's period is one range of the primary key.
-- "As of" a past date, a lead whose latest change came after it is read from the history (lead_stage_change) alone.
CREATE TABLE lead_funnel (
    tenant_id                BIGINT       NOT NULL,
    first_known_at           DATETIME(6)  NOT NULL,
    lead_id                  BIGINT       NOT NULL,
    merged                   BOOLEAN      NOT NULL,
    new_at                   DATETIME(6)  NULL,
    contacted_at             DATETIME(6)  NULL,
    qualified_at             DATETIME(6)  NULL,
    applied_at               DATETIME(6)  NULL,
    admitted_at              DATETIME(6)  NULL,
    caq_obtained_at          DATETIME(6)  NULL,
    study_permit_obtained_at DATETIME(6)  NULL,
    enrolled_at              DATETIME(6)  NULL,
    arrived_at               DATETIME(6)  NULL,
    standing_stage           VARCHAR(24)  NOT NULL,
    standing_lost_reason     VARCHAR(200) NULL,
    standing_since           DATETIME(6)  NOT NULL,
    standing_change_id       BIGINT       NOT NULL,
    -- a centre's leads first known in a period: one range, read in order
    PRIMARY KEY (tenant_id, first_known_at, lead_id),
    CONSTRAINT uk_lead_funnel_lead UNIQUE (lead_id),
    CONSTRAINT fk_lead_funnel_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_lead_funnel_lead FOREIGN KEY (lead_id) REFERENCES `lead` (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A report filtered by the lead's own columns reads its cohort from this index alone, in the funnel's order.
CREATE INDEX ix_lead_cohort ON `lead` (tenant_id, first_inquiry_at, merged_into_id, country_of_residence, owner_id,
                                       first_touch_campaign_id, last_touch_campaign_id);

-- The time spent in each stage, read from the history of a cohort's leads without reading the rows themselves.
CREATE INDEX ix_lead_stage_change_stays ON lead_stage_change (lead_id, changed_at, from_stage, from_stage_since);

-- lead_funnel:fill (src/bench/pipeline.sh runs the statements between these two lines after generating its data)
-- Read in the order of the history's index by lead (lead, time, stage, and the id), one group per lead as it comes:
-- the first entry into each stage, and the latest change, by time then id (the greatest "time, id" text).
INSERT INTO lead_funnel (tenant_id, first_known_at, lead_id, merged, new_at, contacted_at, qualified_at, applied_at,
                         admitted_at, caq_obtained_at, study_permit_obtained_at, enrolled_at, arrived_at,
                         standing_stage, standing_lost_reason, standing_since, standing_change_id)
SELECT l.tenant_id, l.first_inquiry_at, l.id, l.merged_into_id IS NOT NULL,
       MIN(CASE WHEN s.to_stage = 'NEW' THEN s.changed_at END),
       MIN(CASE WHEN s.to_stage = 'CONTACTED' THEN s.changed_at END),
       MIN(CASE WHEN s.to_stage = 'QUALIFIED' THEN s.changed_at END),
       MIN(CASE WHEN s.to_stage = 'APPLIED' THEN s.changed_at END),
       MIN(CASE WHEN s.to_stage = 'ADMITTED' THEN s.changed_at END),
       MIN(CASE WHEN s.to_stage = 'CAQ_OBTAINED' THEN s.changed_at END),
       MIN(CASE WHEN s.to_stage = 'STUDY_PERMIT_OBTAINED' THEN s.changed_at END),
       MIN(CASE WHEN s.to_stage = 'ENROLLED' THEN s.changed_at END),
       MIN(CASE WHEN s.to_stage = 'ARRIVED' THEN s.changed_at END),
       'NEW', NULL, MAX(s.changed_at),
       CAST(SUBSTRING(MAX(CONCAT(DATE_FORMAT(s.changed_at, '%Y%m%d%H%i%s%f'), LPAD(s.id, 20, '0'))), 21) AS UNSIGNED)
FROM lead_stage_change s
JOIN `lead` l ON l.id = s.lead_id
GROUP BY s.lead_id;

-- Where each lead stands: its latest change's stage and lost reason.
UPDATE lead_funnel f
JOIN lead_stage_change s ON s.id = f.standing_change_id
SET f.standing_stage = s.to_stage, f.standing_lost_reason = s.lost_reason;
-- lead_funnel:end

ANALYZE TABLE lead_funnel;
