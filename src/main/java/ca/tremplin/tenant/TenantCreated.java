package ca.tremplin.tenant;

/**
 * A school service centre was just created, in the creating transaction: what a centre needs from its first day
 * (its reply templates) is given by the features that own it, which observe this event.
 */
public record TenantCreated(long tenantId) {
}
