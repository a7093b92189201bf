-- An imported list never drops a person it can identify: a row with a name and a phone but no e-mail makes a lead
-- of its own when no lead of the centre has that name and phone. Such a lead (and its registration) has no e-mail
-- until staff add one; the unique keys on the normalised e-mail still hold for every address given (NULLs are not
-- equal to each other in a unique index, in MariaDB as in MySQL).
ALTER TABLE lead
    MODIFY email            VARCHAR(254) NULL,
    MODIFY email_normalized VARCHAR(254) NULL;

ALTER TABLE event_registration
    MODIFY email            VARCHAR(254) NULL,
    MODIFY email_normalized VARCHAR(254) NULL;

-- The consent such a list proves (a "consent" column) is kept with the registration, without an address.
ALTER TABLE consent_record
    MODIFY email_normalized VARCHAR(254) NULL;
