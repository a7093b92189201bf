-- A member of staff's address is compared exactly (it is stored in lower case): under the tables' accent-insensitive
-- collation "rëcruteur@…" signed in as "recruteur@…" while being another key for the sign-in and reset brakes, so
-- that every accented spelling of an address had its own allowance of guesses.
ALTER TABLE user_account MODIFY email VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
