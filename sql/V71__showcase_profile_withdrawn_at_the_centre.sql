-- A profile withdrawn by a centre's staff at its apprentice's request (a person who lost the link to their page and
-- asked the centre by phone, by letter or in person): the moderators read on its line that the centre withdrew it.
ALTER TABLE showcase_profile DROP CONSTRAINT ck_showcase_profile_withdrawn_by;
ALTER TABLE showcase_profile ADD CONSTRAINT ck_showcase_profile_withdrawn_by
    CHECK (withdrawn_by IN ('PERSON', 'GUARDIAN', 'CENTRE'));
