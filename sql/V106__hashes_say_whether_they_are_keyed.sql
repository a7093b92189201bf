-- Each hash of an address or an e-mail says whether it is keyed (kernel.KeyedHashes) or the plain SHA-256 a server from
-- before V101 writes: the start-up rekey (kernel.UnkeyedHashesRekeyed) rekeys the plain ones only, never a keyed one a
-- second time, and at every start, so that plain hashes nobody looks up (a showcase report's) do not stay plain. A
-- server from before V101 does not name the column: what it writes is plain, the default.
ALTER TABLE rate_limit_count ADD COLUMN keyed_hash BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE sign_in_failure ADD COLUMN keyed_hash BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE showcase_report ADD COLUMN keyed_hash BOOLEAN NOT NULL DEFAULT FALSE;

-- A table V101 listed and no server rekeyed yet holds plain hashes only; the others were rekeyed.
UPDATE rate_limit_count SET keyed_hash = TRUE
    WHERE NOT EXISTS (SELECT 1 FROM unkeyed_hash_column WHERE table_name = 'rate_limit_count');
UPDATE sign_in_failure SET keyed_hash = TRUE
    WHERE NOT EXISTS (SELECT 1 FROM unkeyed_hash_column WHERE table_name = 'sign_in_failure');
UPDATE showcase_report SET keyed_hash = TRUE
    WHERE reporter_key IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM unkeyed_hash_column WHERE table_name = 'showcase_report');

-- The marker says it of each row: the list of columns to rekey once is no longer read.
DROP TABLE unkeyed_hash_column;
