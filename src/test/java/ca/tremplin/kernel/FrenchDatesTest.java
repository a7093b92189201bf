package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.junit.jupiter.api.Test;

class FrenchDatesTest {

    @Test
    void theFirstOfTheMonthIsAnOrdinalInFrenchOnly() {
        LocalDate first = LocalDate.of(2027, 3, 1);
        String french = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Languages.FRENCH).format(first);
        String english = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Languages.ENGLISH)
                .format(first);

        assertEquals("1er mars 2027", FrenchDates.withOrdinal(french, first, Languages.FRENCH));
        assertEquals("March 1, 2027", FrenchDates.withOrdinal(english, first, Languages.ENGLISH));
        ZonedDateTime monday = ZonedDateTime.of(2027, 3, 1, 10, 1, 0, 0, ZoneId.of("America/Toronto"));
        String withTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(Languages.FRENCH).format(monday);
        assertEquals(withTime.replace("lundi 1 mars", "lundi 1er mars"),
                FrenchDates.withOrdinal(withTime, monday, Languages.FRENCH), "the day, not the time's hour: " + withTime);
    }

    @Test
    void otherDaysStayAsTheyAre() {
        LocalDate eleventh = LocalDate.of(2027, 3, 11);
        assertEquals("11 mars 2027", FrenchDates.withOrdinal("11 mars 2027", eleventh, Languages.FRENCH));
        LocalDate twentyFirst = LocalDate.of(2027, 3, 21);
        assertEquals("21 mars 2027", FrenchDates.withOrdinal("21 mars 2027", twentyFirst, Languages.FRENCH));
    }
}
