-- An offer's address follows its employer and trade (Offer.deriveSearchFields), so correcting either moved it and
-- every link shared before (a mail to applicants, a post, a printed flyer) answered "not found". The addresses an
-- offer leaves are kept here and answer 301 to its current one; an offer that takes such an address back, or
-- another offer of the centre that comes to hold it, wins over the record.
CREATE TABLE offer_former_slug (
    tenant_id   BIGINT        NOT NULL,
    slug        VARCHAR(200)  NOT NULL,
    offer_id    BIGINT        NOT NULL,
    retired_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (tenant_id, slug),
    INDEX ix_offer_former_slug_offer (offer_id),
    CONSTRAINT fk_offer_former_slug_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_offer_former_slug_offer FOREIGN KEY (offer_id) REFERENCES offer (id) ON DELETE CASCADE
);
