/**
 * Outgoing e-mail that is never lost: a message is written to the outbox in the same transaction as the
 * change that causes it, and {@link ca.tremplin.mail.OutboxDispatcher} sends it through the server's mail
 * session, retrying with back-off while the SMTP server is unreachable.
 */
package ca.tremplin.mail;
