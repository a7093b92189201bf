/**
 * The demo's mailbox, which exists only in demo mode ({@link ca.tremplin.kernel.DemoMode}): an SMTP server started
 * with the demo ({@link ca.tremplin.demomailbox.DemoSmtpServer}) so that the outbox's mail leaves instead of waiting
 * for ever, and a page where admins read what the outbox sent — bodies rendered without running anything, files to
 * download, links to follow. Outside demo mode every address of it answers 404, for everyone
 * ({@link ca.tremplin.demomailbox.DemoOnlyFilter}).
 */
package ca.tremplin.demomailbox;
