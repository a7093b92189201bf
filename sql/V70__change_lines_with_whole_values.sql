-- A line of the change history keeps a field's two values whole, up to an event's online address (500 characters)
-- each, where it cut them at 80: two meeting links differing at their end read the same. The page shortens what it
-- shows and opens the whole on demand.
ALTER TABLE staff_change MODIFY detail VARCHAR(2000) NULL;

-- An offer's contact at the employer is a person: their name, e-mail and phone are said changed, never kept, by the
-- lines written from now on. The lines already written lose their values, which no erasure of that person reaches.
UPDATE staff_change
   SET detail = SUBSTRING_INDEX(detail, ' (', 1)
 WHERE subject = 'OFFER'
   AND what = 'OFFER_EDITED'
   AND (detail LIKE 'CONTACT!_NAME (%' ESCAPE '!'
        OR detail LIKE 'CONTACT!_EMAIL (%' ESCAPE '!'
        OR detail LIKE 'CONTACT!_PHONE (%' ESCAPE '!');
