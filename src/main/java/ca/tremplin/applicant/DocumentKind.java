package ca.tremplin.applicant;

/** The documents an international admission file needs, whatever the program. */
public enum DocumentKind {
    PASSPORT, DIPLOMAS, FRENCH_PROOF, FUNDS_PROOF;

    public String messageKey() {
        return "document.kind." + name();
    }
}
