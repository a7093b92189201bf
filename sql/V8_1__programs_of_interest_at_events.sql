-- The programs a person says they are interested in when a recruiter captures them at a fair (or at the door),
-- kept with their registration; only programs of the centre that organises the event.
CREATE TABLE event_registration_program (
    registration_id BIGINT NOT NULL,
    program_id      BIGINT NOT NULL,
    PRIMARY KEY (registration_id, program_id),
    CONSTRAINT fk_event_registration_program_registration FOREIGN KEY (registration_id)
        REFERENCES event_registration (id) ON DELETE CASCADE,
    CONSTRAINT fk_event_registration_program_program FOREIGN KEY (program_id) REFERENCES program (id),
    INDEX ix_event_registration_program_program (program_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
