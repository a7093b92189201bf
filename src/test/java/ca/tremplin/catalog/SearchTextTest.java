package ca.tremplin.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The indexed and searched form of a text, and the part of an address made of it. */
class SearchTextTest {

    /** What the site's address filters read of a program's or an offer's address (CatalogAddressFilter). */
    private static final Pattern ADDRESS_PART = Pattern.compile("[a-z0-9-]{1,200}");

    @Test
    void lettersNoAccentMakesAreFoundAsTheyAreTypedWithoutTheirKey() {
        assertEquals("mise en oeuvre de materiaux composites",
                SearchText.normalize("Mise en œuvre de matériaux composites"));
        assertEquals("boulangerie coeur de ble", SearchText.normalize("Boulangerie Cœur de blé"));
        assertEquals("oeuvre strasse", SearchText.normalize("ŒUVRE Straße"));
        assertEquals("+mise* +oeuvre*", SearchText.booleanQuery("mise en œuvre"));
        assertEquals("+(soudeuse* soudeur* soudage* soudure* souderie*)", SearchText.booleanQuery("Soudeuse"), "a trade in the feminine");
    }

    @Test
    void anAddressPartHoldsOnlyWhatTheAddressFiltersRead() {
        assertEquals("dep-5267-mise-en-oeuvre-de-materiaux-composites",
                SearchText.slug("DEP", "5267", "Mise en œuvre de matériaux composites"));
        assertEquals("boulangerie-coeur-de-ble-boulangere-ou-boulanger",
                SearchText.slug("Boulangerie Cœur de blé", "Boulangère ou boulanger"));
        assertEquals("dep-5295-electricite", SearchText.slug("DEP", "5295", "Électricité مرحبا"));
        for (String typed : List.of("Nguyễn Thị Hà — Coiffure", "Æsir & Ørsted", "l’Œil du ciel", "中文 课程 2026",
                "مرحبا بكم", "🔧 Mécanique")) {
            String slug = SearchText.slug(typed);
            assertTrue(ADDRESS_PART.matcher(slug).matches(), typed + " → " + slug);
        }
        assertNotEquals(SearchText.slug("مرحبا بكم"), SearchText.slug("中文 课程"),
                "two titles in other scripts keep addresses of their own");
    }

    /**
     * A trade as a woman names it finds the programs written in the masculine; a worker, French or English, finds
     * the trade the programs are titled by.
     */
    @org.junit.jupiter.api.Test
    void aTradeHasItsOtherSpellings() {
        assertEquals(java.util.List.of("soudeuse", "soudeur", "soudage", "soudure", "souderie"),
                SearchText.spellings("soudeuse", 2));
        assertEquals(java.util.List.of("electricienne", "electricien", "electrique", "electricite"),
                SearchText.spellings("electricienne", 2));
        assertEquals(java.util.List.of("conductrice", "conducteur", "conduite"), SearchText.spellings("conductrice", 2));
        assertEquals(java.util.List.of("plombiere", "plombier", "plomberie", "plombe"),
                SearchText.spellings("plombiere", 2));
        assertEquals(java.util.List.of("boulangere", "boulanger", "boulangerie"), SearchText.spellings("boulangere", 2));
        assertEquals(java.util.List.of("mecanicien", "mecanique", "mecanicite"), SearchText.spellings("mecanicien", 2));
        assertEquals(java.util.List.of("ebeniste", "ebenisterie", "ebenie"), SearchText.spellings("ebeniste", 2));
        assertEquals(java.util.List.of("peintre", "peinture"), SearchText.spellings("peintre", 2));
        assertEquals(java.util.List.of("secretaire", "secretariat"), SearchText.spellings("secretaire", 2));
        assertEquals(java.util.List.of("comptable", "comptabilite"), SearchText.spellings("comptable", 2));
        assertEquals(java.util.List.of("receptionniste", "reception"), SearchText.spellings("receptionniste", 2));
        assertEquals(java.util.List.of("dessinateur", "dessin"), SearchText.spellings("dessinateur", 2));
        assertEquals(java.util.List.of("formateur", "form"), SearchText.spellings("formateur", 2),
                "not \"formation\", which nearly every program's description holds");
        assertEquals(java.util.List.of("chauffeur", "camion"), SearchText.spellings("chauffeur", 2), "not chauffage");
        assertEquals(java.util.List.of("macon", "maconnerie"), SearchText.spellings("macon", 2));
        assertEquals(java.util.List.of("vendeuse", "vendeur", "vente"), SearchText.spellings("vendeuse", 2));
        assertEquals(java.util.List.of("hairdresser", "hairdresserie", "hairdressing", "hairdressry", "hairdressery"),
                SearchText.spellings("hairdresser", 2));
        assertEquals(java.util.List.of("welder", "welderie", "welding", "weldry", "weldery"),
                SearchText.spellings("welder", 2));
        assertEquals(java.util.List.of("soudage"), SearchText.spellings("soudage", 2), "nothing else to try");
        assertEquals(java.util.List.of("entree"), SearchText.spellings("entree", 2), "not \"entre\", as in entreprise");
        assertEquals(java.util.List.of("career"), SearchText.spellings("career", 2), "not \"care\"");
        assertEquals(java.util.List.of("acier"), SearchText.spellings("acier", 2), "steel, not a worker");
        assertEquals("+(vente* vent)", SearchText.booleanQuery("vente"), "a short other spelling as a whole word only");
    }

    /** A plural finds the trade the titles name in the singular, in French and in English. */
    @org.junit.jupiter.api.Test
    void aPluralHasItsSingularAndItsSpellings() {
        assertEquals(java.util.List.of("soudeurs", "soudeur", "soudage", "soudure", "souderie"),
                SearchText.spellings("soudeurs", 2));
        assertEquals(java.util.List.of("soudeuses", "soudeuse", "soudeur", "soudage", "soudure", "souderie"),
                SearchText.spellings("soudeuses", 2));
        assertEquals(java.util.List.of("welders", "welder", "welderie", "welding", "weldry", "weldery"),
                SearchText.spellings("welders", 2));
        assertEquals(java.util.List.of("cuisines", "cuisine"), SearchText.spellings("cuisines", 2));
        assertEquals(java.util.List.of("cours"), SearchText.spellings("cours", 2), "a short word is its own");
        assertEquals(java.util.List.of("business"), SearchText.spellings("business", 2), "not \"busines\"");
        assertEquals(java.util.List.of("complex"), SearchText.spellings("complex", 2), "not a plural: not \"comple\"");
        assertEquals(java.util.List.of("bijoux", "bijou"), SearchText.spellings("bijoux", 2));
    }
}
