package ca.tremplin.leadimport;

/**
 * An import's job has ended (completed or failed) and its outcome is saved: fired once per run, a restart
 * included, for whoever follows imports without asking the database again and again.
 */
public record LeadImportEnded(long importId, LeadImport.Status status) {
}
