package ca.tremplin.tenant;

/**
 * The coordinating organisation renamed a centre ({@code former} → {@code current}), fired in the rename's transaction:
 * what the features keep under a centre's name rather than its id (the centre a request chose) follows it there, so
 * that a name the centre left, which another centre may take later, names nothing of it any more.
 */
public record TenantRenamed(long tenantId, String former, String current) {
}
