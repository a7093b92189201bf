package ca.tremplin.campaign;

/** The public page an activity's tracked link opens; a program and an event are named by the activity's target id. */
public enum LinkTarget {
    CATALOGUE(false), PROGRAM(true), EVENT(true), FORM(false);

    private final boolean needsId;

    LinkTarget(boolean needsId) {
        this.needsId = needsId;
    }

    public boolean needsId() {
        return needsId;
    }
}
