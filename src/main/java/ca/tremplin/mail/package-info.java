/**
 * Outgoing e-mail that is never lost: a message is written to the outbox in the same transaction as the
 * change that causes it, and {@link ca.tremplin.mail.OutboxDispatcher} sends it through the server's mail
 * session, retrying while the SMTP server is unreachable, and giving a message up only when the server refuses it
 * for good or once it has waited its time ({@link ca.tremplin.mail.UndeliveredMail} lets a centre's admins queue those
 * again).
 */
package ca.tremplin.mail;
