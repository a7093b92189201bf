/**
 * The coordinating organisation's administration of school service centres: the list of tenants and one tenant's
 * page, where a platform admin creates a centre and invites its first administrator.
 */
package ca.tremplin.platform;
