-- The coordination hands a request to a centre and the person is told by mail which centre answers: the queue's part
-- keeps that message's number in the outbox, so that taking the request back withdraws the notice not sent yet, or
-- tells the coordinator it was sent. NULL when no notice was written (the person said no to being contacted), and for
-- the hand-overs made before this version.
ALTER TABLE routed_inquiry
    ADD COLUMN hand_over_notice_id BIGINT NULL;
