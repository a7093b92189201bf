/**
 * Tenants — the school service centres (CSS) and the coordinating organisation — and tenant isolation.
 *
 * <p>Every tenant-owned entity carries a Hibernate {@code @TenantId}; {@link ca.tremplin.tenant.CurrentTenantResolver}
 * gives Hibernate the tenant of the current request ({@link ca.tremplin.tenant.TenantContext}), so every
 * query, including one written without a {@code where}, sees only that tenant's rows. Code that must read or
 * write across tenants goes through {@link ca.tremplin.tenant.Tenancy}, whose method names say so.
 */
package ca.tremplin.tenant;
