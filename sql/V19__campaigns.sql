-- Campaigns: a plan with a SMART objective, audiences, messages, a budget and activities week by week, each activity
-- with its own tracked link; and the first and last campaign touch of each person, carried from the first page they
-- opened to the request, registration or application they sent.

-- A campaign belongs to its tenant: a school service centre, or the coordinating organisation, whose campaigns span
-- the centres they name (campaign_centre). code is the utm_campaign of its links, fixed when it is created so that
-- links already printed keep working after a rename.
CREATE TABLE campaign (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id          BIGINT        NOT NULL,
    code               VARCHAR(60)   NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    objective          VARCHAR(500)  NOT NULL,
    objective_measure  VARCHAR(14)   NOT NULL,
    objective_target   INT           NOT NULL,
    objective_weekly   BOOLEAN       NOT NULL,
    objective_due      DATE          NOT NULL,
    starts_on          DATE          NOT NULL,
    ends_on            DATE          NOT NULL,
    key_messages       VARCHAR(2000) NULL,
    hashtags           VARCHAR(500)  NULL,
    budget_cad         DECIMAL(12,2) NULL,
    created_at         DATETIME(6)   NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_campaign_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_campaign_measure CHECK (objective_measure IN ('REQUESTS', 'REGISTRATIONS', 'APPLICATIONS', 'LEADS')),
    CONSTRAINT ck_campaign_target CHECK (objective_target > 0),
    CONSTRAINT ck_campaign_dates CHECK (ends_on >= starts_on),
    CONSTRAINT ck_campaign_budget CHECK (budget_cad IS NULL OR budget_cad >= 0),
    INDEX ix_campaign_tenant (tenant_id, starts_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The centres a coordinating organisation's campaign spans.
CREATE TABLE campaign_centre (
    campaign_id BIGINT NOT NULL,
    tenant_id   BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, tenant_id),
    CONSTRAINT fk_campaign_centre_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE,
    CONSTRAINT fk_campaign_centre_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Audiences: countries (ISO 3166 alpha-2), program sectors, and kinds of person.
CREATE TABLE campaign_country (
    campaign_id BIGINT  NOT NULL,
    country     CHAR(2) NOT NULL,
    PRIMARY KEY (campaign_id, country),
    CONSTRAINT fk_campaign_country_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE campaign_sector (
    campaign_id BIGINT  NOT NULL,
    sector_code CHAR(2) NOT NULL,
    PRIMARY KEY (campaign_id, sector_code),
    CONSTRAINT fk_campaign_sector_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE,
    CONSTRAINT fk_campaign_sector_sector FOREIGN KEY (sector_code) REFERENCES training_sector (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE campaign_audience (
    campaign_id BIGINT      NOT NULL,
    audience    VARCHAR(20) NOT NULL,
    PRIMARY KEY (campaign_id, audience),
    CONSTRAINT fk_campaign_audience_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE,
    CONSTRAINT ck_campaign_audience CHECK (audience IN ('STUDENT', 'PARENT', 'PARTNER_OFFICE', 'EMPLOYER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The weekly plan: each activity on its day (the week is the Monday before it), for an audience, on a platform, with
-- its message, owner and status, and the public page its tracked link opens (target_id: the program or the event).
-- source is its utm_source (e.g. facebook, bureau-dakar); utm_content is "a" and its id.
CREATE TABLE campaign_activity (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id    BIGINT        NOT NULL,
    campaign_id  BIGINT        NOT NULL,
    planned_on   DATE          NOT NULL,
    audience     VARCHAR(20)   NOT NULL,
    platform     VARCHAR(20)   NOT NULL,
    source       VARCHAR(60)   NOT NULL,
    said         VARCHAR(1000) NOT NULL,
    owner_id     BIGINT        NULL,
    status       VARCHAR(12)   NOT NULL,
    target_kind  VARCHAR(10)   NOT NULL,
    target_id    BIGINT        NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_campaign_activity_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE,
    CONSTRAINT fk_campaign_activity_owner FOREIGN KEY (owner_id) REFERENCES user_account (id) ON DELETE SET NULL,
    CONSTRAINT ck_campaign_activity_audience CHECK (audience IN ('STUDENT', 'PARENT', 'PARTNER_OFFICE', 'EMPLOYER')),
    CONSTRAINT ck_campaign_activity_platform CHECK (platform IN ('SOCIAL', 'WEBINAR', 'FAIR', 'PARTNER_OFFICE',
        'EMAIL', 'ADVERTISEMENT', 'PRESS')),
    CONSTRAINT ck_campaign_activity_status CHECK (status IN ('PLANNED', 'READY', 'DONE', 'CANCELLED')),
    CONSTRAINT ck_campaign_activity_target CHECK (target_kind IN ('CATALOGUE', 'PROGRAM', 'EVENT', 'FORM')),
    INDEX ix_campaign_activity_plan (campaign_id, planned_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Visits through tracked links, as daily counters per activity and page: no address, no cookie, no identifier of the
-- visitor is ever written here, only how many times a link was opened that day.
CREATE TABLE campaign_visit (
    activity_id BIGINT       NOT NULL,
    visit_day   DATE         NOT NULL,
    page        VARCHAR(200) NOT NULL,
    tenant_id   BIGINT       NOT NULL,
    campaign_id BIGINT       NOT NULL,
    visits      INT          NOT NULL,
    PRIMARY KEY (activity_id, visit_day, page),
    CONSTRAINT fk_campaign_visit_activity FOREIGN KEY (activity_id) REFERENCES campaign_activity (id) ON DELETE CASCADE,
    INDEX ix_campaign_visit_campaign (campaign_id, visit_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An event can be part of a campaign.
ALTER TABLE event ADD COLUMN campaign_id BIGINT NULL;
ALTER TABLE event ADD CONSTRAINT fk_event_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE SET NULL;

-- First and last campaign touch, as the visitor's browser carried them, on what they sent and on their lead (first
-- kept once set, last moved on). No foreign keys: the values come from a first-party cookie, and an activity deleted
-- later must not take the attribution of what it brought with it.
ALTER TABLE inquiry
    ADD COLUMN first_touch_campaign_id BIGINT NULL,
    ADD COLUMN first_touch_activity_id BIGINT NULL,
    ADD COLUMN first_touch_at DATETIME(6) NULL,
    ADD COLUMN last_touch_campaign_id BIGINT NULL,
    ADD COLUMN last_touch_activity_id BIGINT NULL,
    ADD COLUMN last_touch_at DATETIME(6) NULL;
ALTER TABLE event_registration
    ADD COLUMN first_touch_campaign_id BIGINT NULL,
    ADD COLUMN first_touch_activity_id BIGINT NULL,
    ADD COLUMN first_touch_at DATETIME(6) NULL,
    ADD COLUMN last_touch_campaign_id BIGINT NULL,
    ADD COLUMN last_touch_activity_id BIGINT NULL,
    ADD COLUMN last_touch_at DATETIME(6) NULL;
ALTER TABLE offer_application
    ADD COLUMN first_touch_campaign_id BIGINT NULL,
    ADD COLUMN first_touch_activity_id BIGINT NULL,
    ADD COLUMN first_touch_at DATETIME(6) NULL,
    ADD COLUMN last_touch_campaign_id BIGINT NULL,
    ADD COLUMN last_touch_activity_id BIGINT NULL,
    ADD COLUMN last_touch_at DATETIME(6) NULL;
ALTER TABLE `lead`
    ADD COLUMN first_touch_campaign_id BIGINT NULL,
    ADD COLUMN first_touch_activity_id BIGINT NULL,
    ADD COLUMN first_touch_at DATETIME(6) NULL,
    ADD COLUMN last_touch_campaign_id BIGINT NULL,
    ADD COLUMN last_touch_activity_id BIGINT NULL,
    ADD COLUMN last_touch_at DATETIME(6) NULL;
CREATE INDEX ix_lead_first_touch ON `lead` (first_touch_campaign_id, tenant_id);
CREATE INDEX ix_lead_last_touch ON `lead` (last_touch_campaign_id, tenant_id);
