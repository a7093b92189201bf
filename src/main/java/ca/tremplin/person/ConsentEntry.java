package ca.tremplin.person;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of a person's consent register, whatever wrote it: a consent given (or refused) with a request, a
 * registration or an application ({@code channel} null, {@code source} the form's address), or a later change
 * ({@code channel} set). {@code withdrawal} is true only for a consent taken back, never for a box left unticked.
 * {@code fromList} marks what an imported list (a file, a partner's list) said of the person, as against what the
 * person said themselves — on a form, through their own link, or to staff who wrote it down: a list's "yes" never
 * overrules a "no" of the person's own ({@link ConsentStandings}). {@code recordedAt}: when a change was written down,
 * which for one staff record may be well after the person said it; null for a form's line.
 */
public record ConsentEntry(Instant at, ConsentPurpose purpose, boolean granted, ConsentChannel channel, String source,
                           String language, String textVersion, String textShown, String note, Long recordedBy,
                           String guardianName, boolean fromList, Instant recordedAt) implements Serializable {

    /** A line without when it was written down ({@code recordedAt}): a form's, or one no register was read for. */
    public ConsentEntry(Instant at, ConsentPurpose purpose, boolean granted, ConsentChannel channel, String source,
                        String language, String textVersion, String textShown, String note, Long recordedBy,
                        String guardianName, boolean fromList) {
        this(at, purpose, granted, channel, source, language, textVersion, textShown, note, recordedBy, guardianName,
                fromList, null);
    }

    /**
     * When a change was written down, where that is later than when the person said it (a withdrawal said by phone
     * and recorded by staff afterwards); else null. To the minute: a change made on the page is written as it is said.
     */
    public Instant recordedLater() {
        return recordedAt != null && at != null && recordedAt.isAfter(at.plusSeconds(60)) ? recordedAt : null;
    }

    public boolean withdrawal() {
        return channel != null && !granted;
    }

    /** The message key of what this line says: given, refused on the form, or withdrawn. */
    public String stateKey() {
        return granted ? "consent.state.granted" : withdrawal() ? "consent.state.withdrawn" : "consent.state.refused";
    }
}
