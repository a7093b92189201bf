-- Reports e-mailed on a schedule: a report's address (its filters and breakdown, without dates: each sending covers
-- the weeks up to the day before it), the weekday it leaves on, its file format, and the staff it goes to. A
-- coordinator's schedule (across_centres) reports on every centre and goes only to the coordinator's admins. A
-- recipient whose account was deactivated, or moved to another centre, is left out and named in last_skipped, which
-- the schedules page shows and the centre's admins receive by e-mail.
CREATE TABLE report_schedule (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id     BIGINT       NOT NULL,
    name          VARCHAR(120) NOT NULL,
    address       VARCHAR(1000) NOT NULL,
    period_weeks  INT          NOT NULL,
    day_of_week   VARCHAR(9)   NOT NULL,
    file_format   VARCHAR(4)   NOT NULL,
    across_centres BOOLEAN     NOT NULL DEFAULT FALSE,
    created_by    BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    next_send_at  DATETIME(6)  NOT NULL,
    last_sent_at  DATETIME(6)  NULL,
    last_skipped  VARCHAR(2000) NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_report_schedule_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_report_schedule_creator FOREIGN KEY (created_by) REFERENCES user_account (id),
    CONSTRAINT ck_report_schedule_period CHECK (period_weeks BETWEEN 1 AND 52),
    CONSTRAINT ck_report_schedule_format CHECK (file_format IN ('CSV', 'XLSX')),
    CONSTRAINT ck_report_schedule_day CHECK (day_of_week IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY',
                                                          'SATURDAY', 'SUNDAY')),
    INDEX ix_report_schedule_due (next_send_at),
    INDEX ix_report_schedule_tenant (tenant_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE report_schedule_recipient (
    schedule_id     BIGINT NOT NULL,
    user_account_id BIGINT NOT NULL,
    PRIMARY KEY (schedule_id, user_account_id),
    CONSTRAINT fk_report_recipient_schedule FOREIGN KEY (schedule_id) REFERENCES report_schedule (id) ON DELETE CASCADE,
    CONSTRAINT fk_report_recipient_account FOREIGN KEY (user_account_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
