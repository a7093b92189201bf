/**
 * The back office's home page: what the signed-in person's tenant looks like today, and, for its admins, the mail the
 * outbox gave up on lately, which they may queue again.
 */
package ca.tremplin.dashboard;
