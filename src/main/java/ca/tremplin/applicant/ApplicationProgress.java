package ca.tremplin.applicant;

/**
 * Where one of the person's applications to an offer stands, in the words a candidate reads on their file: the
 * offer's pipeline has steps of staff's own ("screened") that say nothing to the person, and the application feature,
 * above this one, says which of these each of its statuses is. A job offer received is not a hire: it can still be
 * declined or fall through, so it is a step of its own, and only a hire says "hired".
 */
public enum ApplicationProgress {
    RECEIVED, IN_REVIEW, INTERVIEW, OFFER_RECEIVED, HIRED, NOT_SELECTED, WITHDRAWN;

    public String messageKey() {
        return "applicant.applications.progress." + name();
    }
}
