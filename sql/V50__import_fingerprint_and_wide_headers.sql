-- A fingerprint of an imported list's headers and rows (SHA-256 of their cells): the same list imported twice for
-- an event would add each person's time again; the second is refused, naming the first. And the header row kept
-- whole, however wide (a survey's export with a hundred long questions as columns): the failed rows' download
-- comes back under the list's own headers.
ALTER TABLE lead_import
    ADD COLUMN rows_fingerprint CHAR(64) NULL,
    MODIFY COLUMN header_row TEXT NULL,
    ADD INDEX ix_lead_import_fingerprint (tenant_id, event_id, rows_fingerprint);
