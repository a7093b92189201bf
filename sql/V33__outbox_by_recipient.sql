-- Mail by its recipient: an erasure, and each slice of a retention run, clears the mail kept to the people's
-- addresses. Without this index every slice read the whole outbox (the acknowledgements of every request of every
-- centre). The column's collation compares without case, as the erasure's lower-case addresses need.
CREATE INDEX ix_outbox_recipient ON outbox_message (recipient);
