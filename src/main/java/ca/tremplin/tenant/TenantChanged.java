package ca.tremplin.tenant;

/**
 * A change to a centre itself, fired in the change's transaction so that its trace (who, when, what) is written with
 * it or not at all: created, its profile edited ({@code fields}: the codes of the fields changed, as
 * {@link Tenant#changedFields} names them), its logo replaced, closed or reopened.
 */
public record TenantChanged(long tenantId, Kind kind, String fields) {

    public enum Kind { CREATED, PROFILE, LOGO, CLOSED, REOPENED }
}
