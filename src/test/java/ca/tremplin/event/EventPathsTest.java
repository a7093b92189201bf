package ca.tremplin.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An event page answers at one address per language; any other words after its id lead there for good. */
class EventPathsTest {

    @Test
    void anEventPageAnswersAtItsOwnAddressOnly() {
        String title = "Salon de l'étudiant — Paris";
        assertEquals("42-salon-de-l-etudiant-paris", EventPaths.slug(42L, title));
        assertEquals(Optional.empty(), EventPaths.movedTo("42-salon-de-l-etudiant-paris", 42, title, Locale.FRENCH));

        for (String other : java.util.List.of("42-salon-de-l-etudiant-paris-inscrivez-vous", "42-salon", "42",
                "042-salon-de-l-etudiant-paris", "42-student-fair-paris", "42-")) {
            assertEquals(Optional.of("/fr/evenements/42-salon-de-l-etudiant-paris"),
                    EventPaths.movedTo(other, 42, title, Locale.FRENCH), other);
        }
        assertEquals(Optional.of("/en/events/42-student-fair-paris"),
                EventPaths.movedTo("42-salon-de-l-etudiant-paris", 42, "Student Fair: Paris", Locale.ENGLISH),
                "the French words under the English address");
        assertEquals(Optional.empty(), EventPaths.movedTo("7", 7, "!!!", Locale.ENGLISH),
                "a title without a letter: the id alone is its address");
    }
}
