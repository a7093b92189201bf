package ca.tremplin.tenant;

/**
 * A change to a centre itself, fired in the change's transaction so that its trace (who, when, what) is written with
 * it or not at all: created, one field of its profile edited ({@code fields}: its code and its values
 * before and after, as {@link Tenant#changedFields} gives them), its logo replaced, closed or reopened.
 */
public record TenantChanged(long tenantId, Kind kind, String fields) {

    public enum Kind { CREATED, PROFILE, LOGO, CLOSED, REOPENED }
}
