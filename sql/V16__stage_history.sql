-- Stage history: one row each time a lead enters a stage, with when, from which stage (and since when it was there),
-- who moved it and how, so that reports read "as of" a date and the time spent in each stage directly instead of
-- parsing the timeline. A lead's creation is its entry into NEW (from_stage NULL). to_stage_rank is the stage's place
-- on the way to arrival (NEW 0 ... ARRIVED 8, NULL for LOST), for funnels inferred from the furthest stage reached.
-- origin: NEW_LEAD (the lead was created), STAFF (moved on the lead page, the board or the list; actor_id says who),
-- TIMELINE (written here from the timeline of a lead that existed before this table).
CREATE TABLE lead_stage_change (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id        BIGINT       NOT NULL,
    lead_id          BIGINT       NOT NULL,
    from_stage       VARCHAR(24)  NULL,
    from_stage_since DATETIME(6)  NULL,
    to_stage         VARCHAR(24)  NOT NULL,
    to_stage_rank    TINYINT      NULL,
    lost_reason      VARCHAR(200) NULL,
    changed_at       DATETIME(6)  NOT NULL,
    actor_id         BIGINT       NULL,
    origin           VARCHAR(10)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_lead_stage_change_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_lead_stage_change_lead FOREIGN KEY (lead_id) REFERENCES `lead` (id) ON DELETE CASCADE,
    CONSTRAINT fk_lead_stage_change_actor FOREIGN KEY (actor_id) REFERENCES user_account (id),
    CONSTRAINT ck_lead_stage_change_to CHECK (to_stage IN ('NEW', 'CONTACTED', 'QUALIFIED', 'APPLIED', 'ADMITTED',
        'CAQ_OBTAINED', 'STUDY_PERMIT_OBTAINED', 'ENROLLED', 'ARRIVED', 'LOST')),
    CONSTRAINT ck_lead_stage_change_origin CHECK (origin IN ('NEW_LEAD', 'STAFF', 'TIMELINE')),
    -- a lead's path, read from the leads of a report's cohort: which stages it reached by a date, and how far
    INDEX ix_lead_stage_change_path (lead_id, changed_at, to_stage, to_stage_rank),
    -- a centre's moves into one stage over time (weekly trends)
    INDEX ix_lead_stage_change_into (tenant_id, to_stage, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every existing lead entered NEW when it was created.
INSERT INTO lead_stage_change (tenant_id, lead_id, from_stage, from_stage_since, to_stage, to_stage_rank,
                               lost_reason, changed_at, actor_id, origin)
SELECT l.tenant_id, l.id, NULL, NULL, 'NEW', 0, NULL, l.first_inquiry_at, NULL, 'NEW_LEAD'
FROM `lead` l
ORDER BY l.id;

-- Each STAGE_CHANGED line of the timeline reads "FROM → TO", followed by " : reason" when one was given (for LOST,
-- the lost reason). The stage it left was entered at the previous change, or at the lead's creation.
INSERT INTO lead_stage_change (tenant_id, lead_id, from_stage, from_stage_since, to_stage, to_stage_rank,
                               lost_reason, changed_at, actor_id, origin)
SELECT t.tenant_id, t.lead_id, t.from_stage,
       COALESCE(LAG(t.occurred_at) OVER (PARTITION BY t.lead_id ORDER BY t.occurred_at, t.id), l.first_inquiry_at),
       t.to_stage,
       NULLIF(FIELD(t.to_stage, 'NEW', 'CONTACTED', 'QUALIFIED', 'APPLIED', 'ADMITTED', 'CAQ_OBTAINED',
                    'STUDY_PERMIT_OBTAINED', 'ENROLLED', 'ARRIVED'), 0) - 1,
       CASE WHEN t.to_stage = 'LOST' THEN LEFT(t.reason, 200) END,
       t.occurred_at, t.actor_id, 'TIMELINE'
FROM (SELECT e.id, e.tenant_id, e.lead_id, e.actor_id, e.occurred_at,
             SUBSTRING_INDEX(e.detail, ' → ', 1) AS from_stage,
             SUBSTRING_INDEX(SUBSTRING(e.detail, LOCATE(' → ', e.detail) + 3), ' : ', 1) AS to_stage,
             CASE WHEN LOCATE(' : ', e.detail) > 0 THEN SUBSTRING(e.detail, LOCATE(' : ', e.detail) + 3) END AS reason
      FROM lead_event e
      WHERE e.kind = 'STAGE_CHANGED' AND LOCATE(' → ', e.detail) > 0) t
JOIN `lead` l ON l.id = t.lead_id
WHERE t.from_stage IN ('NEW', 'CONTACTED', 'QUALIFIED', 'APPLIED', 'ADMITTED', 'CAQ_OBTAINED',
                       'STUDY_PERMIT_OBTAINED', 'ENROLLED', 'ARRIVED', 'LOST')
  AND t.to_stage IN ('NEW', 'CONTACTED', 'QUALIFIED', 'APPLIED', 'ADMITTED', 'CAQ_OBTAINED',
                     'STUDY_PERMIT_OBTAINED', 'ENROLLED', 'ARRIVED', 'LOST')
ORDER BY t.lead_id, t.occurred_at, t.id;

-- A lead whose stage was set without a line on the timeline (by hand in the database) ends its history where it
-- stands, so that the latest row of every lead is its current stage.
INSERT INTO lead_stage_change (tenant_id, lead_id, from_stage, from_stage_since, to_stage, to_stage_rank,
                               lost_reason, changed_at, actor_id, origin)
SELECT l.tenant_id, l.id, h.to_stage, h.changed_at, l.stage,
       NULLIF(FIELD(l.stage, 'NEW', 'CONTACTED', 'QUALIFIED', 'APPLIED', 'ADMITTED', 'CAQ_OBTAINED',
                    'STUDY_PERMIT_OBTAINED', 'ENROLLED', 'ARRIVED'), 0) - 1,
       l.lost_reason, GREATEST(COALESCE(l.stage_since, h.changed_at), h.changed_at), NULL, 'TIMELINE'
FROM `lead` l
JOIN lead_stage_change h ON h.lead_id = l.id
WHERE h.id = (SELECT MAX(h2.id) FROM lead_stage_change h2 WHERE h2.lead_id = l.id)
  AND h.to_stage <> l.stage;

ANALYZE TABLE lead_stage_change;
