package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.kernel.Languages;
import org.junit.jupiter.api.Test;

/** A document's size on a lead's page, as a French and an English reader write it. */
class FormatsTest {

    @Test
    void aFileSizeInKilobytesOrMegabytesInTheReadersLanguage() {
        assertEquals("1 Ko", Formats.fileSize(303, Languages.FRENCH), "a small file is not 0,296");
        assertEquals("1 KB", Formats.fileSize(303, Languages.ENGLISH));
        assertEquals("303 Ko", Formats.fileSize(303_104, Languages.FRENCH));
        assertEquals("1,5 Mo", Formats.fileSize(1_468_006, Languages.FRENCH));
        assertEquals("1.5 MB", Formats.fileSize(1_468_006, Languages.ENGLISH));
        assertEquals("8 Mo", Formats.fileSize(8_000_000, Languages.FRENCH), "the limit, as it is said");
        assertEquals("1 Mo", Formats.fileSize(999_600, Languages.FRENCH), "never 1 000 Ko");
    }

    /** What was refused for its size is said rounded up, as every refusal says it, never at the limit itself. */
    @Test
    void theSizeOfWhatWasRefusedIsRoundedUp() {
        assertEquals("11,6 Mo", Formats.sentSize(11L * 1024 * 1024, Languages.FRENCH), "11.53 MB, not 11,5");
        assertEquals("10.1 MB", Formats.sentSize(10_000_001, Languages.ENGLISH), "not the limit's own 10 MB");
        assertEquals("11,5 Mo", Formats.fileSize(11L * 1024 * 1024, Languages.FRENCH), "a list shows the nearest");
    }

        /** Tuition and wages read abroad: the dollar is always said to be Canadian, in either language. */
    @Test
    void moneyAlwaysSaysItIsCanadianDollars() {
        assertEquals("8\u00a0000,00\u00a0$\u00a0CA", Formats.money(8000, Languages.FRENCH));
        assertEquals("CA$8,000.00", Formats.money(8000, Languages.ENGLISH));
        assertEquals("CA$27.75", Formats.money(new java.math.BigDecimal("27.75"), Languages.ENGLISH));
    }

    /**
     * A program's page gives its length with the plural its count takes: "1 mois", "2 mois" (invariable), "1 heure",
     * "900 heures"; "1 month", "2 months", "1 hour".
     */
    @Test
    void aCountIsWrittenWithThePluralItTakesInEitherLanguage() {
        assertEquals("1 mois", Formats.counted("program.durationMonths", 1, Languages.FRENCH));
        assertEquals("2 mois", Formats.counted("program.durationMonths", 2, Languages.FRENCH));
        assertEquals("1 month", Formats.counted("program.durationMonths", 1, Languages.ENGLISH));
        assertEquals("2 months", Formats.counted("program.durationMonths", 2, Languages.ENGLISH));
        assertEquals("1 heure", Formats.counted("catalog.durationHours", 1, Languages.FRENCH));
        assertEquals("1\u202f200 heures", Formats.counted("catalog.durationHours", 1200, Languages.FRENCH)
                .replace('\u00a0', '\u202f'));
        assertEquals("1 hour", Formats.counted("catalog.durationHours", 1, Languages.ENGLISH));
        assertEquals("1,200 hours", Formats.counted("catalog.durationHours", 1200, Languages.ENGLISH));
        assertEquals("", Formats.counted("catalog.durationHours", null, Languages.ENGLISH));
    }

    /** A request or a profile received minutes ago has waited minutes, not "0 h". */
    @Test
    void aWaitUnderAnHourIsSaidInMinutesAndUnderAMinuteInWords() {
        assertEquals("moins d’une minute", Formats.waited(java.time.Duration.ofSeconds(40), Languages.FRENCH));
        assertEquals("less than a minute", Formats.waited(java.time.Duration.ofSeconds(40), Languages.ENGLISH));
        assertEquals("12 min", Formats.waited(java.time.Duration.ofMinutes(12).plusSeconds(30), Languages.FRENCH));
        assertEquals("59 min", Formats.waited(java.time.Duration.ofMinutes(59), Languages.ENGLISH));
        assertEquals("1 h", Formats.waited(java.time.Duration.ofMinutes(61), Languages.FRENCH));
        assertEquals("47 h", Formats.waited(java.time.Duration.ofHours(47), Languages.ENGLISH));
    }
}
