package ca.tremplin.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A member of staff attending an event leaves the centre: the colleague named takes their place among the staff
 * attending, where they stood, and is named once; the event's form names those chosen who have left.
 */
class EventStaffHandoverTest {

    @Test
    void theColleagueNamedAttendsInPlaceOfTheOneLeavingWhereTheyStood() {
        Event fair = withStaff(11L, 12L, 13L);

        assertTrue(fair.handStaffOver(12L, 40L));

        assertEquals(List.of(11L, 40L, 13L), List.copyOf(fair.getRecruiterIds()));
    }

    @Test
    void aColleagueAlreadyAttendingIsNamedOnce() {
        Event fair = withStaff(11L, 12L);

        assertTrue(fair.handStaffOver(11L, 12L));

        assertEquals(List.of(12L), List.copyOf(fair.getRecruiterIds()));
    }

    @Test
    void anEventThatDidNotNameThePersonLeavingIsLeftAsItWas() {
        Event fair = withStaff(11L);

        assertFalse(fair.handStaffOver(12L, 40L));

        assertEquals(List.of(11L), List.copyOf(fair.getRecruiterIds()));
    }

    @Test
    void theFormNamesThoseChosenWhoHaveLeftAndNoOneElse() {
        EventChoices choices = new EventChoices(List.of(), List.of(), List.of(), List.of(),
                List.of(new EventChoices.Choice(12L, "Awa Diop"), new EventChoices.Choice(14L, "Luc Roy")));

        assertEquals("Awa Diop", choices.departedAmong(List.of(11L, 12L)));
        assertEquals("", choices.departedAmong(List.of(11L)), "once replaced, nothing is asked");
    }

    private static Event withStaff(Long... ids) {
        Event event = new Event();
        event.setRecruiterIds(new LinkedHashSet<>(List.of(ids)));
        return event;
    }
}
