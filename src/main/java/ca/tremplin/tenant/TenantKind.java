package ca.tremplin.tenant;

/** A school service centre (or school board) recruits; the coordinating organisation runs the platform. */
public enum TenantKind {
    SCHOOL_BOARD,
    COORDINATION
}
