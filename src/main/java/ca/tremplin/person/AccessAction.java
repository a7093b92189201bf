package ca.tremplin.person;

/** What a member of staff did with a person's data, as the access log records it. */
public enum AccessAction {
    /** Opened the person's lead page. */
    VIEWED,
    /** Downloaded one of the person's documents (the target is the document). */
    DOCUMENT,
    /** Downloaded the person's CV (the target is the application). */
    CV,
    /** Exported the person among others (the target, when there is one, says what export). */
    EXPORTED;

    public String messageKey() {
        return "access.action." + name();
    }
}
