-- The candidate answers an interview's invitation from the link in its e-mail: they will come, they ask for another
-- time, or they will not come, with a few words if they wish; what they said and when is kept beside the interview.
-- The link's token is kept as its hash only (withheld from personal-data exports by its name); moving the interview
-- sends a new link and clears the answer, which was about the time before. An answer that asks staff to act (another
-- time, not coming) opens a task, named here so that a later answer, a move or a cancellation closes it.
ALTER TABLE interview
    ADD COLUMN token_hash CHAR(64) NULL,
    ADD COLUMN answer VARCHAR(20) NULL,
    ADD COLUMN answer_note VARCHAR(500) NULL,
    ADD COLUMN answered_at DATETIME(6) NULL,
    ADD COLUMN answer_task_id BIGINT NULL,
    ADD CONSTRAINT ck_interview_answer CHECK (answer IN ('COMING', 'ANOTHER_TIME', 'NOT_COMING')),
    ADD CONSTRAINT uk_interview_token UNIQUE (token_hash);
