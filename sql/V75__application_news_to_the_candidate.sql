-- What a candidate has been told of their application's way, so that a card moved back and forth on the board does
-- not tell them the same step twice. news_told: the furthest step they were told of for sure (a news mail gone, an
-- interview's invitation). news_held_id: the news mail of the step the application stands at, held in the outbox for
-- a few minutes so that a move by mistake, undone at once, sends nothing; the next move takes it back or, gone
-- already, counts it as told. Its outbox row deleted (a demo reset) leaves nothing held.
ALTER TABLE offer_application
    ADD COLUMN news_told VARCHAR(12) NULL,
    ADD COLUMN news_held_id BIGINT NULL,
    ADD CONSTRAINT ck_offer_application_news_told CHECK (news_told IN ('APPLIED', 'SCREENED', 'INTERVIEW',
        'OFFER_MADE', 'HIRED', 'REJECTED', 'WITHDRAWN')),
    ADD CONSTRAINT fk_offer_application_news_held FOREIGN KEY (news_held_id) REFERENCES outbox_message (id)
        ON DELETE SET NULL;

-- Applications already under way were moved before any news went: nothing is announced after the fact, from where
-- each stands (moved on from there, the candidate is told as anyone else).
UPDATE offer_application SET news_told = status WHERE status IN ('SCREENED', 'INTERVIEW', 'OFFER_MADE');
