package ca.tremplin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.kernel.Languages;
import ca.tremplin.person.LeadField;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A save refused because someone else saved the same person meanwhile names only the fields they changed: a person
 * known by one name (the other kept as "", sent back empty by the page) is no conflict of the empty field, nor are
 * spaces around a value.
 */
class LeadConflictExceptionTest {

    @Test
    void aPersonKnownByOneNameIsNoConflictOfTheNameTheyLack() {
        Map<LeadField, String> shown = values("Awa", "", "awa@exemple.sn", null);
        shown.put(LeadField.LAST_NAME, null);
        assertEquals(List.of(), LeadConflictException.changedSince(shown, values("Awa", "", "awa@exemple.sn", null)),
                "the page sent back an empty last name for the record's \"\"");
        assertEquals(List.of(), LeadConflictException.changedSince(values(" Awa ", "", "awa@exemple.sn", ""),
                values("Awa", "", "awa@exemple.sn", null)), "nor do spaces, or a blank phone against none");
    }

    @Test
    void theFieldsAColleagueChangedAreNamedWithTheirValueNow() {
        List<LeadConflictException.Change> changed = LeadConflictException.changedSince(
                values("Awa", "", "awa@exemple.sn", null), values("Awa", "Diop", "awa@exemple.sn", "+221771234567"));
        assertEquals(List.of(new LeadConflictException.Change(LeadField.LAST_NAME, "Diop"),
                new LeadConflictException.Change(LeadField.PHONE, "+221771234567")), changed);
        assertEquals("Someone else changed this lead while you were editing it: Last name « Diop », Phone"
                + " « +221771234567 ». Nothing was saved; those fields show their value now.",
                new LeadConflictException(changed).localizedMessage(Languages.ENGLISH));
    }

    @Test
    void aValueEmptiedByAColleagueIsSaidEmpty() {
        List<LeadConflictException.Change> changed = LeadConflictException.changedSince(
                values("Awa", "Diop", "awa@exemple.sn", "+221771234567"), values("Awa", "Diop", "awa@exemple.sn", null));
        assertEquals(List.of(new LeadConflictException.Change(LeadField.PHONE, null)), changed);
        assertEquals("Someone else changed this lead while you were editing it: Phone « — ». Nothing was saved; those"
                + " fields show their value now.", new LeadConflictException(changed).localizedMessage(Languages.ENGLISH));
    }

    private static Map<LeadField, String> values(String first, String last, String email, String phone) {
        Map<LeadField, String> values = new EnumMap<>(LeadField.class);
        values.put(LeadField.FIRST_NAME, first);
        values.put(LeadField.LAST_NAME, last);
        values.put(LeadField.EMAIL, email);
        values.put(LeadField.PHONE, phone);
        return values;
    }
}
