-- Unsubscribing from a centre's bulk e-mail (CASL: a commercial electronic message names its sender and carries a
-- working unsubscribe mechanism, honoured within 10 business days — here at once).
--
-- Each bulk e-mail carries its own link; only the hash of its token is kept, with the centre (each centre is its own
-- sender) and the address it was sent to. The link never expires: CASL wants it to work for at least 60 days.
CREATE TABLE unsubscribe_link (
    token_hash       CHAR(64)     NOT NULL,
    tenant_id        BIGINT       NOT NULL,
    email_normalized VARCHAR(254) NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (token_hash),
    CONSTRAINT fk_unsubscribe_link_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    INDEX ix_unsubscribe_link_address (tenant_id, email_normalized)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who asked a centre for no more bulk e-mail, when, how (the page or a mail program's one-click button) and from
-- where: once per centre and address. Bulk e-mail leaves these addresses out; replies to a person's own requests,
-- event confirmations and the applicant's file are not bulk e-mail and still go out.
CREATE TABLE mail_opt_out (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id        BIGINT       NOT NULL,
    email_normalized VARCHAR(254) NOT NULL,
    opted_out_at     DATETIME(6)  NOT NULL,
    channel          VARCHAR(10)  NOT NULL,
    ip_address       VARCHAR(45)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_mail_opt_out_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_mail_opt_out_channel CHECK (channel IN ('PAGE', 'ONE_CLICK')),
    CONSTRAINT uk_mail_opt_out UNIQUE (tenant_id, email_normalized)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The address a mail program posts to when its reader presses "unsubscribe" (List-Unsubscribe, RFC 8058).
ALTER TABLE outbox_message ADD COLUMN one_click_unsubscribe VARCHAR(500) NULL AFTER body_html;
