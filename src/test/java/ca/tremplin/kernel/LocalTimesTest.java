package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LocalTimesTest {

    private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");

    @Test
    void aTimeTheClockSkipsIsRefusedWithTheReasonNotMovedAnHourLater() {
        BusinessRuleException skipped = assertThrows(BusinessRuleException.class,
                () -> LocalTimes.at(LocalDateTime.of(2027, 3, 14, 2, 30), MONTREAL));
        assertEquals("2027-03-14 02:30 does not exist in America/Montreal time: clocks move forward an hour that"
                + " night. Choose another time.", skipped.localizedMessage(Languages.ENGLISH));
    }

    @Test
    void aTimeTheClockShowsTwiceIsTheFirstAndAnOrdinaryOneIsItself() {
        assertEquals(ZoneOffset.ofHours(-4), LocalTimes.at(LocalDateTime.of(2027, 11, 7, 1, 30), MONTREAL)
                .getOffset(), "the first 1:30, still on summer time");
        assertEquals(ZoneOffset.ofHours(-5), LocalTimes.at(LocalDateTime.of(2027, 12, 1, 9, 0), MONTREAL)
                .getOffset());
    }
}
