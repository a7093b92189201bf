package ca.tremplin.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.Languages;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventZonesTest {

    private static final Instant WINTER = Instant.parse("2027-01-15T12:00:00Z");
    private static final Instant SUMMER = Instant.parse("2027-07-15T12:00:00Z");

    @Test
    void zonesAreNamedByTheirCityInThePagesLanguageWithTheirOffsetThatDay() {
        Map<String, String> french = labels(EventZones.choices(Languages.FRENCH, WINTER));
        Map<String, String> english = labels(EventZones.choices(Languages.ENGLISH, SUMMER));

        assertEquals("Dakar (UTC+00:00)", french.get("Africa/Dakar"));
        assertEquals("Le Caire (UTC+02:00)", french.get("Africa/Cairo"));
        assertEquals("Cairo (UTC+03:00)", english.get("Africa/Cairo"), "Egypt's summer time");
        assertEquals("Montréal (UTC-05:00)", french.get("America/Montreal"));
        assertEquals("Montréal (UTC-04:00)", english.get("America/Montreal"));
    }

    @Test
    void theListIsSortedByNameWhateverTheAccentsAndZonesOfOneNameAreToldApart() {
        List<EventZones.Choice> choices = EventZones.choices(Languages.FRENCH, WINTER);
        List<String> names = choices.stream().map(EventZones.Choice::label).toList();

        assertTrue(names.indexOf("Le Caire (UTC+02:00)") < names.indexOf("Lomé (UTC+00:00)"));
        assertTrue(names.indexOf("Lomé (UTC+00:00)") < names.indexOf("Los Angeles (UTC-08:00)"), "é sorts as e");
        assertEquals(names.size(), names.stream().distinct().count(), "no two choices read the same");
        assertTrue(names.contains("Indianapolis (UTC-05:00) – America/Indiana/Indianapolis"), names.toString());
        assertEquals(EventZones.ALL.size(), choices.size(), "every zone is offered");
    }

    private static Map<String, String> labels(List<EventZones.Choice> choices) {
        return choices.stream().collect(Collectors.toMap(EventZones.Choice::id, EventZones.Choice::label));
    }
}
