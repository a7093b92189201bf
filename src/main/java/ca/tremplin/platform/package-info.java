/**
 * The coordinating organisation's administration of school service centres: the list of tenants and one tenant's
 * page, where a platform admin creates a centre, invites its first administrator and sees its administrators, sending
 * an invitation not yet accepted again or cancelling it.
 */
package ca.tremplin.platform;
