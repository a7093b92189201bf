package ca.tremplin.person;

import ca.tremplin.kernel.MissingValue;
import ca.tremplin.kernel.Messages;
import java.util.Locale;

/**
 * Where a change of a person's details came from, as the journal of changes says it in the reader's language: the
 * source with the number of what carried the value ("une inscription à un événement (#4)"), a merge with the record
 * merged ("une fusion de doublons (fiche n° 76)"), and a value staff accepted with the source that had given it
 * ("valeur donnée par une inscription à un événement (#4), acceptée par Awa Diop"). An accepted value's own reference
 * is the proposal's internal number, which staff would take for a request's: it is never shown.
 */
public final class AuditSources {

    private AuditSources() {
    }

    /** A source and what carried its value; the source alone when nothing is referenced. */
    public static String origin(ChangeSource source, Long ref, Locale language) {
        String name = Messages.get(language, source.messageKey());
        if (ref == null) {
            return name;
        }
        // The number as a text: a number argument would be written "1 234" in French, no longer the one to look up.
        return Messages.get(language, source == ChangeSource.MERGE ? "lead.sourceMergedRecord" : "lead.sourceRef",
                name, String.valueOf(ref));
    }

    /**
     * An audit line's source. {@code accepted} is the proposal an accepted value came from (null for another line,
     * or when it is gone), {@code acceptedBy} who accepted it.
     */
    public static String described(LeadAudit line, LeadProposal accepted, String acceptedBy, Locale language) {
        if (line.getSource() == null) {
            return MissingValue.MARK;
        }
        if (line.getSource() != ChangeSource.PROPOSAL_ACCEPTED) {
            return origin(line.getSource(), line.getSourceRef(), language);
        }
        if (accepted == null) {
            return Messages.get(language, ChangeSource.PROPOSAL_ACCEPTED.messageKey());
        }
        return Messages.get(language, "lead.sourceAccepted",
                origin(accepted.getSource(), accepted.getSourceRef(), language), acceptedBy);
    }
}
