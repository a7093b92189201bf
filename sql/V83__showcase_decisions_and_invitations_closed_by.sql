-- Every move of an apprentice's showcase profile, with who made it, when, from what status to what and why: a
-- moderator's approval, request for a change, refusal, take-down or withdrawal at the apprentice's request, and what
-- the apprentice, their guardian or a visitor did that sent it back to moderation or ended it. Written in the move's
-- transaction; the profile's own columns keep only its latest answer. Deleted with the profile (an erasure); a
-- withdrawal empties its reasons, as it empties the profile, and keeps who did what when.
CREATE TABLE showcase_decision (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id   BIGINT       NOT NULL,
    profile_id  BIGINT       NOT NULL,
    actor_id    BIGINT       NULL,
    kind        VARCHAR(24)  NOT NULL,
    from_status VARCHAR(20)  NOT NULL,
    to_status   VARCHAR(20)  NOT NULL,
    reason      VARCHAR(500) NULL,
    decided_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_showcase_decision_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_showcase_decision_profile FOREIGN KEY (profile_id) REFERENCES showcase_profile (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_showcase_decision_kind CHECK (kind IN ('APPROVED', 'CHANGES_REQUESTED', 'REFUSED', 'TAKEN_DOWN',
        'WITHDRAWN_AT_REQUEST', 'EDITED', 'REPORTED', 'GUARDIAN_CONFIRMED', 'WITHDRAWN', 'GUARDIAN_WITHDREW')),
    INDEX ix_showcase_decision_profile (profile_id, decided_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An invitation closed by staff before its time says who closed it and when (its expiry moved to that moment, as
-- before). The invitations already closed that way cannot be told from those that expired: they stay unnamed.
ALTER TABLE showcase_invitation
    ADD COLUMN closed_by BIGINT NULL,
    ADD COLUMN closed_at DATETIME(6) NULL;
