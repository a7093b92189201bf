-- Sign-in is slowed down after wrong passwords (in memory, per e-mail and per address) instead of locking the
-- account, which anyone who knew an address could do to its owner: the lock's columns go.
ALTER TABLE user_account
    DROP COLUMN failed_sign_ins,
    DROP COLUMN locked_until;
