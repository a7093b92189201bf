-- The e-mails and network addresses the database recognises without holding them (the brakes' keys of
-- rate_limit_count and sign_in_failure, a showcase report's reporter_key) were kept as plain SHA-256, which whoever has
-- a copy of the database can test guesses against offline. They are now an HMAC-SHA256 under a key the database never
-- holds (kernel.KeyedHashes). Without that key SQL cannot rekey what is kept: the columns listed here are rekeyed once
-- by the first server to start (kernel.UnkeyedHashesRekeyed), each value becoming the keyed hash of the same text, and
-- their lines deleted then.
CREATE TABLE unkeyed_hash_column (
    table_name  VARCHAR(64) NOT NULL,
    column_name VARCHAR(64) NOT NULL,
    CONSTRAINT pk_unkeyed_hash_column PRIMARY KEY (table_name)
) ENGINE = InnoDB;

INSERT INTO unkeyed_hash_column (table_name, column_name) VALUES
    ('rate_limit_count', 'limit_key'),
    ('sign_in_failure', 'failure_key'),
    ('showcase_report', 'reporter_key');
