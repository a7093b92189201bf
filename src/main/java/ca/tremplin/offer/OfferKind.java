package ca.tremplin.offer;

/**
 * The two ways a student learns a trade with an employer: an apprenticeship (paid work, learning on the job
 * with a journeyman) or work-study (alternance travail-études: paid periods at the employer that are part of
 * the program).
 */
public enum OfferKind {
    APPRENTICESHIP,
    WORK_STUDY;

    public String messageKey() {
        return "offer.kind." + name();
    }
}
