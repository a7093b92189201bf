package ca.tremplin.applicant;

/**
 * Where one of the person's applications to an offer stands, in the words a candidate reads on their file: the
 * offer's pipeline has steps of staff's own ("screened", "offer made") that say nothing to the person, and the
 * application feature, above this one, says which of these each of its statuses is.
 */
public enum ApplicationProgress {
    RECEIVED, IN_REVIEW, INTERVIEW, ACCEPTED, REFUSED, WITHDRAWN;

    public String messageKey() {
        return "applicant.applications.progress." + name();
    }
}
