package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a search box makes of what staff type. */
class PersonSearchTest {

    @Test
    void wordsAreFoldedAsTheStoredNamesAre() {
        assertEquals(List.of("ndiaye", "jean", "étienne"), PersonSearch.words(" N’Diaye  Jean-Étienne "));
        assertEquals(List.of("dặng", "lukasz", "oyvind"), PersonSearch.words("Đặng Łukasz Øyvind"));
        assertEquals(List.of("نیک", "پور"), PersonSearch.words("نیک\u200Cپور"), "a non-joiner parts two words");
    }

    @Test
    void digitsAreAPhoneLettersAName() {
        PersonSearch.Condition phone = PersonSearch.of("+1 (514) 555-0199", "f", "l", "e", "p").orElseThrow();
        assertEquals("p like :searchPhone escape '!'", phone.hql());
        assertEquals("%15145550199%", phone.parameters().get("searchPhone"));

        PersonSearch.Condition atHome = PersonSearch.of("06 12 34 56 78", "f", "l", "e", "p").orElseThrow();
        assertEquals("(p like :searchPhone escape '!' or p like :searchPhoneAtHome escape '!')", atHome.hql(),
                "a number said at home, its national 0 before it, is found as stored, +212 6…");
        assertEquals("%612345678%", atHome.parameters().get("searchPhoneAtHome"));
        assertEquals("%221771234567%", PersonSearch.inFoldedText("00221 77 123 45 67", "s").orElseThrow()
                .parameters().get("searchPhoneAtHome"), "the international 00 left out too");

        PersonSearch.Condition name = PersonSearch.of("awa 2026", "f", "l", "e", "p").orElseThrow();
        assertEquals("% awa%", name.parameters().get("searchName0"));
        assertEquals("% 2026%", name.parameters().get("searchName1"));
        assertEquals("%awa%", name.parameters().get("searchEmail0"));
    }

    @Test
    void nothingTypedIsNoCondition() {
        assertTrue(PersonSearch.of("  ", "f", "l", "e", "p").isEmpty());
        assertTrue(PersonSearch.of(null, "f", "l", "e", "p").isEmpty());
        assertEquals("%100!%%", PersonSearch.of("100%", "f", "l", "e", null).orElseThrow().parameters()
                .get("searchEmail0"));
    }

    @Test
    void anEmailTypedWholeIsItsWordsAsTheFoldedTextKeepsThem() {
        PersonSearch.Condition email = PersonSearch.inFoldedText("Awa.Diop@Example.sn", "t").orElseThrow();
        assertEquals("t like :searchWord0 escape '!' and t like :searchWord1 escape '!' and t like :searchWord2"
                + " escape '!' and t like :searchWord3 escape '!'",
                email.hql());
        assertEquals(List.of("% awa%", "% diop%", "% example%", "% sn%"), List.copyOf(email.parameters().values()));
        assertEquals("%221770325061%", PersonSearch.inFoldedText("+221 77 032 50 61", "t").orElseThrow()
                .parameters().get("searchPhone"));
    }

    @Test
    void somethingTypedWithNothingToLookForFindsNobodyRatherThanEverybody() {
        for (String typed : List.of(" - ", "'", "_", "@.", "’")) {
            assertEquals("1 = 0", PersonSearch.inFoldedText(typed, "t").orElseThrow().hql(), typed);
            assertEquals("1 = 0", PersonSearch.of(typed, "f", "l", "e", "p").orElseThrow().hql(), typed);
        }
        assertTrue(PersonSearch.inFoldedText("   ", "t").isEmpty());
    }

    @org.junit.jupiter.api.Test
    void anAddressWithAHyphenIsAlsoLookedForWithItAsTheStoredAddressKeepsIt() {
        PersonSearch.Condition condition = PersonSearch.inFoldedText("awa-d@exemple.sn", "s").orElseThrow();
        assertEquals(java.util.List.of("% awa%", "% d%", "% awa-d%", "% awad%", "% exemple%", "% sn%"),
                java.util.List.copyOf(condition.parameters().values()));
        assertTrue(condition.hql().contains(" or "), condition.hql());
        assertFalse(PersonSearch.inFoldedText("Marie Dupont", "s").orElseThrow().parameters().values().stream()
                .anyMatch(pattern -> pattern.toString().contains("-")), "without a hyphen, no hyphen looked for");
    }

    /**
     * "Jean-Pierre", "Marie-Ève", "Ndiaye-Diop": typed with the hyphen or with a blank, each finds the name written
     * either way (the folded text holds a name's hyphens as blanks), and typed with the hyphen, one written run
     * together.
     */
    @Test
    void aNameIsFoundWithItsHyphenOrWithABlank() {
        java.util.Collection<Object> hyphenated = PersonSearch.inFoldedText("Jean‑Pierre", "s").orElseThrow()
                .parameters().values();
        assertTrue(hyphenated.containsAll(List.of("% jean%", "% pierre%", "% jeanpierre%")),
                "a non-breaking hyphen is a hyphen, and the parts are also looked for run together: " + hyphenated);
        assertEquals(List.of("% marieeve%"), List.copyOf(PersonSearch.inFoldedText("marieeve", "s").orElseThrow()
                .parameters().values()), "a word typed without a hyphen is looked for as typed, one comparison");
        assertEquals("1 = 0", PersonSearch.inFoldedText(" – ", "s").orElseThrow().hql(), "a dash alone");
    }
}
