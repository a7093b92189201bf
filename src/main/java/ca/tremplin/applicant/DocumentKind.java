package ca.tremplin.applicant;

import ca.tremplin.person.LeadStage;

/**
 * The documents an international student's file needs, whatever the program: those of the admission file from the
 * start, then the two that Québec and Canada issue once the centre has admitted the person — the CAQ (Certificat
 * d'acceptation du Québec) and the study permit — which the centre asks for to prepare the arrival and enrolment.
 */
public enum DocumentKind {
    PASSPORT, BIRTH_CERTIFICATE, DIPLOMAS, FRENCH_PROOF, FUNDS_PROOF,
    /**
     * Applied for with the centre's letter of admission: it cannot exist before it. Asked for while the file is at
     * "admitted": once staff record the CAQ obtained, they hold it or have seen it, and it is no longer asked for.
     */
    CAQ(LeadStage.ADMITTED, LeadStage.ADMITTED, LeadStage.CAQ_OBTAINED),
    /**
     * Applied for with the CAQ, so asked for once the CAQ is obtained, until staff record the permit; offered from the
     * admission on, since a person may hold it before staff have recorded their CAQ.
     */
    STUDY_PERMIT(LeadStage.ADMITTED, LeadStage.CAQ_OBTAINED, LeadStage.STUDY_PERMIT_OBTAINED);

    private final LeadStage offeredFrom;
    private final LeadStage neededFrom;
    /** The first stage at which it is no longer asked for. */
    private final LeadStage neededUntil;

    DocumentKind() {
        this(LeadStage.NEW, LeadStage.NEW, LeadStage.ENROLLED);
    }

    DocumentKind(LeadStage offeredFrom, LeadStage neededFrom, LeadStage neededUntil) {
        this.offeredFrom = offeredFrom;
        this.neededFrom = neededFrom;
        this.neededUntil = neededUntil;
    }

    public String messageKey() {
        return "document.kind." + name();
    }

    /** Whether a person whose file stands at this stage can send one (a closed file takes nothing). */
    public boolean offeredAt(LeadStage stage) {
        return stage != LeadStage.LOST && stage.ordinal() >= offeredFrom.ordinal();
    }

    /**
     * Whether a file at this stage still lacks it when none has been sent (or only refused ones). Nothing is asked
     * any more of a person enrolled or arrived (nor of a lost lead): the file has done its work.
     */
    public boolean neededAt(LeadStage stage) {
        return stage.ordinal() >= neededFrom.ordinal() && stage.ordinal() < neededUntil.ordinal()
                && stage.ordinal() < LeadStage.ENROLLED.ordinal();
    }

    /** What a file at this stage holding these documents still needs, in the page's order. */
    public static java.util.List<DocumentKind> stillNeeded(LeadStage stage, java.util.Collection<LeadDocument> held) {
        java.util.Set<DocumentKind> sent = java.util.EnumSet.noneOf(DocumentKind.class);
        held.stream().filter(d -> d.getStatus() != DocumentStatus.REJECTED).forEach(d -> sent.add(d.getKind()));
        return java.util.Arrays.stream(values()).filter(kind -> kind.neededAt(stage) && !sent.contains(kind))
                .toList();
    }

    /** Whether it exists only once the centre has admitted the person (the CAQ, the study permit). */
    public boolean followsAdmission() {
        return offeredFrom != LeadStage.NEW;
    }

    /** The kinds a person at this stage can send, in the order the page lists them. */
    public static java.util.List<DocumentKind> offeredTo(LeadStage stage) {
        return java.util.Arrays.stream(values()).filter(kind -> kind.offeredAt(stage)).toList();
    }
}
