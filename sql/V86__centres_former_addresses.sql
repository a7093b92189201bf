-- A centre's address name (tenant.slug) starts every address of its public pages: its own page, its programs and its
-- offers ("/fr/programmes/css-du-fjord/…"). The coordinating organisation renaming it ("css-fjord" → "css-du-fjord")
-- made every link shared before — a mail, a flyer, a QR code, a search result — answer "not found". The names a centre
-- leaves are kept here, and an address that starts with one answers 301 to the same address under the centre's name of
-- today. A name a centre left belongs to one centre at a time, the last one to leave it; a centre that comes to hold it
-- (a new centre, another centre renamed, the same one renamed back) wins over the record, which is then deleted.
CREATE TABLE tenant_former_slug (
    slug       VARCHAR(60) NOT NULL,
    tenant_id  BIGINT      NOT NULL,
    retired_at DATETIME(6) NOT NULL,
    PRIMARY KEY (slug),
    INDEX ix_tenant_former_slug_tenant (tenant_id),
    CONSTRAINT fk_tenant_former_slug_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
