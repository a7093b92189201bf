-- Canada's anti-spam law (CASL) has every bulk message name its sender with a mailing address and one other way to
-- reach it: the centre's postal address, printed with its e-mail and phone at the foot of its bulk e-mail.
ALTER TABLE tenant ADD COLUMN mailing_address VARCHAR(300) NULL;
