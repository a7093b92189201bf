package ca.tremplin.person;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of a person's consent register, whatever wrote it: a consent given (or refused) with a request, a
 * registration or an application ({@code channel} null, {@code source} the form's address), or a later change
 * ({@code channel} set). {@code withdrawal} is true only for a consent taken back, never for a box left unticked.
 * {@code fromList} marks what an imported list (a file, a partner's list) said of the person, as against what the
 * person said themselves — on a form, through their own link, or to staff who wrote it down: a list's "yes" never
 * overrules a "no" of the person's own ({@link ConsentStandings}).
 */
public record ConsentEntry(Instant at, ConsentPurpose purpose, boolean granted, ConsentChannel channel, String source,
                           String language, String textVersion, String textShown, String note, Long recordedBy,
                           String guardianName, boolean fromList) implements Serializable {

    public boolean withdrawal() {
        return channel != null && !granted;
    }

    /** The message key of what this line says: given, refused on the form, or withdrawn. */
    public String stateKey() {
        return granted ? "consent.state.granted" : withdrawal() ? "consent.state.withdrawn" : "consent.state.refused";
    }
}
