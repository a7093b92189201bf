-- Wrong passwords counted for every server of a cluster alike (security.SignInThrottle): per key (one e-mail from
-- one address, one address, one e-mail, each kept as a SHA-256 hash), how many failures in a row and when the last
-- was. A count an hour old is forgotten; a right password deletes the e-mail's.
CREATE TABLE sign_in_failure (
    failure_key  CHAR(64)    NOT NULL,
    failures     INT         NOT NULL,
    last_failure DATETIME(3) NOT NULL,
    PRIMARY KEY (failure_key),
    KEY ix_sign_in_failure_last (last_failure)
) ENGINE = InnoDB DEFAULT CHARSET = ascii;
