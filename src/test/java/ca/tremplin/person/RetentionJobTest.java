package ca.tremplin.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class RetentionJobTest {

    @Test
    void theNightlyRunIsAtTwoUnlessAnOperatorSetAnotherTime() {
        assertEquals(LocalTime.of(2, 0), RetentionJob.nightlyTime(null));
        assertEquals(LocalTime.of(2, 0), RetentionJob.nightlyTime(" "));
        assertEquals(LocalTime.of(3, 30), RetentionJob.nightlyTime(" 03:30 "));
        assertEquals(LocalTime.of(2, 0), RetentionJob.nightlyTime("3h30"), "an unreadable time keeps the default");
    }
}
