package ca.tremplin.inquiry;

/** How a school service centre shares its new requests among its recruiters. */
public enum RoutingRule {
    /** In turn, among active recruiters. */
    ROUND_ROBIN,
    /** The recruiter named for the requester's country of residence; in turn otherwise. */
    BY_COUNTRY,
    /** The recruiter named for a program asked about; in turn otherwise. */
    BY_PROGRAM
}
