/**
 * Staff accounts and who may do what: sign-in through Jakarta Security (a custom form mechanism and
 * {@link ca.tremplin.security.AccountIdentityStore}), PBKDF2 password hashes, throttling after repeated
 * failures, invitations and password resets by e-mailed one-time tokens, and the administration of the
 * users of one's own tenant.
 */
package ca.tremplin.security;
