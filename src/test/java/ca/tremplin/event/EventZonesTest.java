package ca.tremplin.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void theListIsSortedByNameWhateverTheAccentsOneNamePerZoneAndOnlyCities() {
        List<EventZones.Choice> choices = EventZones.choices(Languages.FRENCH, WINTER);
        List<String> names = choices.stream().map(EventZones.Choice::label).toList();
        List<String> ids = choices.stream().map(EventZones.Choice::id).toList();

        assertTrue(names.indexOf("Le Caire (UTC+02:00)") < names.indexOf("Lomé (UTC+00:00)"));
        assertTrue(names.indexOf("Lomé (UTC+00:00)") < names.indexOf("Los Angeles (UTC-08:00)"), "é sorts as e");
        assertEquals(names.size(), names.stream().distinct().count(), "no two choices read the same");
        assertEquals(1, names.stream().filter(name -> name.startsWith("Calcutta")).count(),
                "Asia/Calcutta and Asia/Kolkata are one zone, one entry");
        assertEquals(1, names.stream().filter(name -> name.startsWith("Indianapolis")).count());
        for (String oldName : List.of("Australia/ACT", "Australia/West", "US/Central", "Brazil/DeNoronha",
                "America/Argentina/ComodRivadavia", "Etc/GMT+5")) {
            assertFalse(ids.contains(oldName), oldName + " names no city");
        }
        assertTrue(ids.containsAll(List.of("Africa/Dakar", "Australia/Perth", "America/Noronha", "Asia/Tokyo")));
    }

    @Test
    void theZoneShownIsInTheListEvenWhenItNamesNoCity() {
        List<EventZones.Choice> choices = EventZones.choices(Languages.ENGLISH, WINTER, "Etc/GMT-14");
        assertTrue(choices.contains(new EventZones.Choice("Etc/GMT-14", "UTC+14:00")), "its offset alone, signs right");
        assertTrue(EventZones.choices(Languages.ENGLISH, WINTER, "Asia/Kolkata").stream()
                .anyMatch(choice -> choice.id().equals("Asia/Kolkata")), "the one shown, of two names for a zone");
    }

    private static Map<String, String> labels(List<EventZones.Choice> choices) {
        return choices.stream().collect(Collectors.toMap(EventZones.Choice::id, EventZones.Choice::label));
    }
}
