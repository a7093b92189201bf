package ca.tremplin.person;

import ca.tremplin.kernel.MissingValue;
import java.io.Serializable;
import java.time.Instant;

/**
 * One line of a person's consent register, whatever wrote it: a consent given (or refused) with a request, a
 * registration or an application ({@code channel} null, {@code source} the form's address), or a later change
 * ({@code channel} set). {@code withdrawal} is true only for a consent taken back, never for a box left unticked.
 * {@code fromList} marks what an imported list (a file, a partner's list) said of the person, as against what the
 * person said themselves — on a form, through their own link, or to staff who wrote it down: a list's "yes" never
 * overrules a "no" of the person's own ({@link ConsentStandings}). {@code recordedAt}: when a change was written down,
 * which for one staff record may be well after the person said it; null for a form's line. {@code ipAddress}: the
 * network address the form or the person's own page was sent from, as the register keeps it; null for what staff
 * wrote down, an imported list, or a line erased since.
 */
public record ConsentEntry(Instant at, ConsentPurpose purpose, boolean granted, ConsentChannel channel, String source,
                           String language, String textVersion, String textShown, String note, Long recordedBy,
                           String guardianName, boolean fromList, Instant recordedAt, String ipAddress)
        implements Serializable {

    /** What the staff's register shows where no network address was kept. */
    public static final String NO_ADDRESS = MissingValue.MARK;

    /** A line without the network address it came from: one no register was read for. */
    public ConsentEntry(Instant at, ConsentPurpose purpose, boolean granted, ConsentChannel channel, String source,
                        String language, String textVersion, String textShown, String note, Long recordedBy,
                        String guardianName, boolean fromList, Instant recordedAt) {
        this(at, purpose, granted, channel, source, language, textVersion, textShown, note, recordedBy, guardianName,
                fromList, recordedAt, null);
    }

    /** A line without when it was written down ({@code recordedAt}): a form's, or one no register was read for. */
    public ConsentEntry(Instant at, ConsentPurpose purpose, boolean granted, ConsentChannel channel, String source,
                        String language, String textVersion, String textShown, String note, Long recordedBy,
                        String guardianName, boolean fromList) {
        this(at, purpose, granted, channel, source, language, textVersion, textShown, note, recordedBy, guardianName,
                fromList, null, null);
    }

    /**
     * The network address the consent was given or withdrawn from, as the centre's staff read it on the lead page
     * (never on the person's own pages): {@value #NO_ADDRESS} for a line staff wrote down, a list's, or one erased.
     */
    public String networkAddress() {
        return ipAddress == null || ipAddress.isBlank() ? NO_ADDRESS : ipAddress.strip();
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
