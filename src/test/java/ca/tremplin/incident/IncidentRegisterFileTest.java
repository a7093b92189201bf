package ca.tremplin.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.kernel.Languages;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The register's file, without a server: who recorded each incident and who changed it last. */
class IncidentRegisterFileTest {

    /**
     * A privacy officer exports the register after the member of staff who recorded an incident has had their
     * account removed: the file names them by their number as the reader's language writes it, "n° 7" in French.
     */
    @Test
    void aMemberOfStaffWhoseAccountIsGoneIsNumberedAsTheLanguageWritesIt() {
        ConfidentialityIncident incident = new ConfidentialityIncident(IncidentDetailsTest.entry(), 7L,
                Instant.parse("2026-03-12T14:30:00Z"));
        List<ConfidentialityIncident> incidents = List.of(incident);

        List<Object> french = IncidentRegisterFile.rows(incidents, Map.of(), Languages.FRENCH).get(1);
        List<Object> english = IncidentRegisterFile.rows(incidents, Map.of(), Languages.ENGLISH).get(1);

        assertEquals("n° 7", french.get(french.size() - 4), "recorded by");
        assertEquals("n° 7", french.get(french.size() - 2), "changed last by");
        assertEquals("#7", english.get(english.size() - 4));
        assertEquals("Ana Roy", IncidentRegisterFile.rows(incidents, Map.of(7L, "Ana Roy"), Languages.FRENCH).get(1)
                .get(french.size() - 4), "by name while the account is there");
    }
}
