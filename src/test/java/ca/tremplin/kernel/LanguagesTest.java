package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void frenchUnlessEnglishIsAskedFor() {
        assertEquals(Languages.ENGLISH, Languages.fromTag("en-US"));
        assertEquals(Languages.FRENCH, Languages.fromTag("fr"));
        assertEquals(Languages.FRENCH, Languages.fromTag("es"));
        assertEquals(Languages.FRENCH, Languages.fromTag(null));
    }

    @Test
    void bundlesExistInBothLanguagesWithTheSameKeys() throws Exception {
        var french = new java.util.Properties();
        var english = new java.util.Properties();
        try (var fr = getClass().getResourceAsStream("/ca/tremplin/i18n/messages_fr.properties");
             var en = getClass().getResourceAsStream("/ca/tremplin/i18n/messages_en.properties")) {
            french.load(new java.io.InputStreamReader(fr, java.nio.charset.StandardCharsets.UTF_8));
            english.load(new java.io.InputStreamReader(en, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertEquals(french.keySet(), english.keySet(), "every text has its twin");
    }

    /**
     * A key written twice in a bundle: the later silently wins, and a page shows another message's words (a field's
     * label where a sentence was meant).
     */
    @Test
    void noKeyIsWrittenTwiceInABundle() throws Exception {
        for (String language : java.util.List.of("fr", "en")) {
            try (var bundle = getClass().getResourceAsStream("/ca/tremplin/i18n/messages_" + language + ".properties")) {
                java.util.Set<String> seen = new java.util.HashSet<>();
                java.util.List<String> twice = new java.util.ArrayList<>();
                for (String line : new String(bundle.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                        .split("\n")) {
                    int equals = line.indexOf('=');
                    if (!line.isBlank() && !line.startsWith("#") && equals > 0
                            && !seen.add(line.substring(0, equals).strip())) {
                        twice.add(line.substring(0, equals).strip());
                    }
                }
                assertEquals(java.util.List.of(), twice, language);
            }
        }
    }

    @Test
    void messagesAreFormattedForTheirLanguageWhateverTheServersDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("Le mot de passe doit compter au moins 12 caractères.",
                    Messages.get(Languages.FRENCH, "password.tooShort", 12));
            assertEquals("Nour's account is deactivated: this person can no longer sign in.",
                    Messages.get(Languages.ENGLISH, "user.deactivated", "Nour"));
        } finally {
            Locale.setDefault(before);
        }
    }

    /** The sign-in's slow-down says its seconds in the singular or the plural, not "seconde(s)". */
    @Test
    void secondsToWaitBeforeSigningInAgreeWithTheirNumber() {
        assertEquals("Trop de tentatives infructueuses. Réessayez dans 1 seconde ou réinitialisez votre mot de passe.",
                Messages.get(Languages.FRENCH, "signin.slowedDown", 1L));
        assertEquals("Too many failed attempts. Try again in 30 seconds or reset your password.",
                Messages.get(Languages.ENGLISH, "signin.slowedDown", 30L));
    }

    /** A wait of one minute is said in the singular, a longer one with its number, in each language. */
    @Test
    void minutesToWaitAreCountedInWords() {
        assertEquals("Trop de tentatives en peu de temps. Réessayez dans une minute.",
                Messages.get(Languages.FRENCH, "rateLimited", 1L));
        assertEquals("Vous avez envoyé beaucoup de demandes en peu de temps. Réessayez dans 12 minutes.",
                Messages.get(Languages.FRENCH, "inquiry.rateLimited", 12L));
        assertEquals("You sent many requests in a short time. Please try again in a minute.",
                Messages.get(Languages.ENGLISH, "inquiry.rateLimited", 1));
        assertEquals("Too many attempts in a short time. Please try again in 60 minutes.",
                Messages.get(Languages.ENGLISH, "rateLimited", 60L));
    }

    /** A value quoted in a message, as each language quotes: French guillemets with their blanks, English quotes. */
    @org.junit.jupiter.api.Test
    void aTextIsQuotedAsTheReadersLanguageQuotes() {
        org.junit.jupiter.api.Assertions.assertEquals("« stage=perdu »", Languages.quoted("stage=perdu", Languages.FRENCH));
        org.junit.jupiter.api.Assertions.assertEquals("“stage=perdu”", Languages.quoted("stage=perdu", Languages.ENGLISH));
    }

    /** A list of names reads as a dictionary does: accented capitals with their letter, not after "Z". */
    @Test
    void namesAreListedAsTheReadersLanguageListsThem() {
        java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of("Zéphyr", "Îles-de-la-Madeleine",
                "école Sainte-Anne", "Ivry", "École des métiers", "Estrie", "Eaux-Vives", "Hull"));

        names.sort(Languages.alphabetical(Languages.FRENCH));
        assertEquals(java.util.List.of("Eaux-Vives", "École des métiers", "école Sainte-Anne", "Estrie", "Hull",
                "Îles-de-la-Madeleine", "Ivry", "Zéphyr"), names);
        names.sort(Languages.alphabetical(Languages.ENGLISH));
        assertEquals("Îles-de-la-Madeleine", names.get(5));
    }

    @Test
    void namesWrittenApartStayApart() {
        assertEquals(true, Languages.alphabetical(Languages.FRENCH).compare("Soudage", "soudage") != 0);
    }
}
