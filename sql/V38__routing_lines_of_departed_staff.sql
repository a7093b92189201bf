-- Routing lines that name a deactivated member of staff never took effect (routing skips anyone inactive), yet the
-- settings page showed them and refused to save until someone removed them by hand. From now on, deactivating
-- someone hands their lines over or removes them (ca.tremplin.security.StaffHandover); this removes those left by
-- people deactivated before.
DELETE e FROM inquiry_routing_entry e
    JOIN user_account u ON u.id = e.user_account_id
WHERE u.active = FALSE;
