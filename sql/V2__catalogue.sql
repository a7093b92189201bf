-- The program catalogue: Québec's training sectors (reference data), the centres of each school service centre,
-- its programs (DEP, ASP, AEP) with their intakes, and apprenticeship and work-study offers.
-- Every tenant-owned table carries tenant_id. search_text holds titles, codes and descriptions in both
-- languages, lower-cased and without accents, so that "mecanique" finds "Mécanique" whatever the collation.

CREATE TABLE training_sector (
    code    CHAR(2)      NOT NULL,
    name_fr VARCHAR(120) NOT NULL,
    name_en VARCHAR(120) NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO training_sector (code, name_fr, name_en) VALUES
    ('01', 'Administration, commerce et informatique', 'Administration, Commerce and Computer Technology'),
    ('02', 'Agriculture et pêches', 'Agriculture and Fisheries'),
    ('03', 'Alimentation et tourisme', 'Food Services and Tourism'),
    ('04', 'Arts', 'Arts'),
    ('05', 'Bois et matériaux connexes', 'Wood and Related Materials'),
    ('06', 'Chimie et biologie', 'Chemistry and Biology'),
    ('07', 'Bâtiment et travaux publics', 'Building and Public Works'),
    ('08', 'Environnement et aménagement du territoire', 'Environment and Land Use Planning'),
    ('09', 'Électrotechnique', 'Electrotechnology'),
    ('10', 'Entretien d''équipement motorisé', 'Motorized Equipment Maintenance'),
    ('11', 'Fabrication mécanique', 'Mechanical Manufacturing'),
    ('12', 'Foresterie et papier', 'Forestry and Paper'),
    ('13', 'Communication et documentation', 'Communications and Documentation'),
    ('14', 'Mécanique d''entretien', 'Maintenance Mechanics'),
    ('15', 'Mines et travaux de chantier', 'Mining and Site Operations'),
    ('16', 'Métallurgie', 'Metallurgy'),
    ('17', 'Transport', 'Transportation'),
    ('18', 'Cuir, textile et habillement', 'Leather, Textiles and Clothing'),
    ('19', 'Santé', 'Health Services'),
    ('20', 'Services sociaux, éducatifs et juridiques', 'Social, Educational and Legal Services'),
    ('21', 'Soins esthétiques', 'Beauty Care');

CREATE TABLE centre (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id     BIGINT       NOT NULL,
    name          VARCHAR(200) NOT NULL,
    address       VARCHAR(300) NULL,
    city          VARCHAR(120) NOT NULL,
    region        VARCHAR(40)  NOT NULL,
    latitude      DECIMAL(9,6) NULL,
    longitude     DECIMAL(9,6) NULL,
    contact_email VARCHAR(254) NULL,
    contact_phone VARCHAR(40)  NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_centre_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    INDEX ix_centre_tenant (tenant_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE program (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id            BIGINT        NOT NULL,
    type                 VARCHAR(3)    NOT NULL,
    code                 VARCHAR(10)   NOT NULL,
    title_fr             VARCHAR(200)  NOT NULL,
    title_en             VARCHAR(200)  NOT NULL,
    slug_fr              VARCHAR(200)  NOT NULL,
    slug_en              VARCHAR(200)  NOT NULL,
    sector_code          CHAR(2)       NOT NULL,
    duration_hours       INT           NOT NULL,
    duration_months      INT           NOT NULL,
    instruction_language VARCHAR(2)    NOT NULL DEFAULT 'FR',
    description_fr       TEXT          NOT NULL,
    description_en       TEXT          NOT NULL,
    admission_fr         TEXT          NULL,
    admission_en         TEXT          NULL,
    documents_fr         TEXT          NULL,
    documents_en         TEXT          NULL,
    careers_fr           TEXT          NULL,
    careers_en           TEXT          NULL,
    tuition_cad          DECIMAL(10,2) NULL,
    tuition_basis        VARCHAR(10)   NOT NULL DEFAULT 'PROGRAM',
    tuition_exemption    BOOLEAN       NOT NULL DEFAULT FALSE,
    status               VARCHAR(10)   NOT NULL DEFAULT 'DRAFT',
    search_text          MEDIUMTEXT    NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_program_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_program_sector FOREIGN KEY (sector_code) REFERENCES training_sector (code),
    CONSTRAINT uk_program_code UNIQUE (tenant_id, type, code),
    CONSTRAINT uk_program_slug_fr UNIQUE (tenant_id, slug_fr),
    CONSTRAINT uk_program_slug_en UNIQUE (tenant_id, slug_en),
    CONSTRAINT ck_program_type CHECK (type IN ('DEP', 'ASP', 'AEP')),
    CONSTRAINT ck_program_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    CONSTRAINT ck_program_language CHECK (instruction_language IN ('FR', 'EN')),
    CONSTRAINT ck_program_tuition_basis CHECK (tuition_basis IN ('PROGRAM', 'YEAR')),
    CONSTRAINT ck_program_duration CHECK (duration_hours > 0 AND duration_months > 0),
    INDEX ix_program_public (status, sector_code, type),
    INDEX ix_program_tenant (tenant_id, status, title_fr),
    FULLTEXT INDEX ft_program_search (search_text)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE program_centre (
    program_id BIGINT NOT NULL,
    centre_id  BIGINT NOT NULL,
    PRIMARY KEY (program_id, centre_id),
    CONSTRAINT fk_program_centre_program FOREIGN KEY (program_id) REFERENCES program (id) ON DELETE CASCADE,
    CONSTRAINT fk_program_centre_centre FOREIGN KEY (centre_id) REFERENCES centre (id)
) ENGINE = InnoDB;

CREATE TABLE program_photo (
    program_id BIGINT      NOT NULL,
    image_jpeg MEDIUMBLOB  NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (program_id),
    CONSTRAINT fk_program_photo_program FOREIGN KEY (program_id) REFERENCES program (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE intake (
    id                   BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id            BIGINT      NOT NULL,
    program_id           BIGINT      NOT NULL,
    centre_id            BIGINT      NOT NULL,
    start_date           DATE        NOT NULL,
    application_deadline DATE        NULL,
    seats                INT         NOT NULL,
    international_seats  INT         NOT NULL DEFAULT 0,
    status               VARCHAR(10) NOT NULL DEFAULT 'OPEN',
    version              BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_intake_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_intake_program FOREIGN KEY (program_id) REFERENCES program (id) ON DELETE CASCADE,
    CONSTRAINT fk_intake_centre FOREIGN KEY (centre_id) REFERENCES centre (id),
    CONSTRAINT ck_intake_status CHECK (status IN ('OPEN', 'FULL', 'CLOSED')),
    CONSTRAINT ck_intake_seats CHECK (seats >= 0 AND international_seats BETWEEN 0 AND seats),
    CONSTRAINT ck_intake_deadline CHECK (application_deadline IS NULL OR application_deadline <= start_date),
    INDEX ix_intake_program (program_id, start_date),
    INDEX ix_intake_open (status, start_date, program_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE offer (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id            BIGINT        NOT NULL,
    employer_name        VARCHAR(200)  NOT NULL,
    employer_sector_code CHAR(2)       NOT NULL,
    city                 VARCHAR(120)  NOT NULL,
    region               VARCHAR(40)   NOT NULL,
    contact_name         VARCHAR(200)  NULL,
    contact_email        VARCHAR(254)  NULL,
    contact_phone        VARCHAR(40)   NULL,
    kind                 VARCHAR(20)   NOT NULL DEFAULT 'APPRENTICESHIP',
    trade_fr             VARCHAR(200)  NOT NULL,
    trade_en             VARCHAR(200)  NOT NULL,
    slug                 VARCHAR(200)  NOT NULL,
    positions            INT           NOT NULL,
    positions_filled     INT           NOT NULL DEFAULT 0,
    hourly_wage_cad      DECIMAL(7,2)  NULL,
    schedule_fr          VARCHAR(300)  NULL,
    schedule_en          VARCHAR(300)  NULL,
    start_date           DATE          NULL,
    application_deadline DATE          NULL,
    description_fr       TEXT          NOT NULL,
    description_en       TEXT          NOT NULL,
    status               VARCHAR(10)   NOT NULL DEFAULT 'DRAFT',
    search_text          MEDIUMTEXT    NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_offer_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_offer_sector FOREIGN KEY (employer_sector_code) REFERENCES training_sector (code),
    CONSTRAINT uk_offer_slug UNIQUE (tenant_id, slug),
    CONSTRAINT ck_offer_status CHECK (status IN ('DRAFT', 'OPEN', 'FILLED', 'CLOSED')),
    CONSTRAINT ck_offer_kind CHECK (kind IN ('APPRENTICESHIP', 'WORK_STUDY')),
    CONSTRAINT ck_offer_positions CHECK (positions > 0 AND positions_filled BETWEEN 0 AND positions),
    INDEX ix_offer_public (status, region, start_date),
    INDEX ix_offer_tenant (tenant_id, status),
    FULLTEXT INDEX ft_offer_search (search_text)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE offer_program (
    offer_id   BIGINT NOT NULL,
    program_id BIGINT NOT NULL,
    PRIMARY KEY (offer_id, program_id),
    CONSTRAINT fk_offer_program_offer FOREIGN KEY (offer_id) REFERENCES offer (id) ON DELETE CASCADE,
    CONSTRAINT fk_offer_program_program FOREIGN KEY (program_id) REFERENCES program (id)
) ENGINE = InnoDB;
