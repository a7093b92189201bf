-- Several servers share one database: what each server used to keep in its own memory moves here
-- (docs/architecture.md, "Several servers").

-- The catalogue's change stamp: moved, in the same transaction, by every committed change to a program, an intake or
-- a school service centre. Every server reads it every second and rebuilds its search index when it has moved.
CREATE TABLE catalog_stamp (
    id      TINYINT PRIMARY KEY,
    version BIGINT NOT NULL
);
INSERT INTO catalog_stamp (id, version) VALUES (1, 0);

-- Each centre's round robin: the next turn, taken under the row's lock in a transaction of its own.
CREATE TABLE recruiter_turn (
    tenant_id BIGINT PRIMARY KEY,
    next_turn BIGINT NOT NULL,
    CONSTRAINT fk_recruiter_turn_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);

-- Attempts per limit, key and hour, counted by every server alike. The key is a hash (of an address, an e-mail, a
-- link): no personal data is kept here. Rows of past hours are deleted as new hours begin.
CREATE TABLE rate_limit_count (
    limit_key    CHAR(64)    NOT NULL,
    window_start DATETIME    NOT NULL,
    attempts     INT         NOT NULL,
    PRIMARY KEY (limit_key, window_start),
    KEY ix_rate_limit_count_window (window_start)
);

-- Which server runs an import (or its undo), and when it last said it was alive: another server resumes it only
-- once that heartbeat is stale, after claiming it with one conditional update.
ALTER TABLE lead_import ADD COLUMN owner_node VARCHAR(100) NULL, ADD COLUMN heartbeat_at DATETIME(3) NULL;
