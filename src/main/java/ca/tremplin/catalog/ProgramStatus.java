package ca.tremplin.catalog;

/** Only published programs are public; archived ones stay for history. */
public enum ProgramStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
