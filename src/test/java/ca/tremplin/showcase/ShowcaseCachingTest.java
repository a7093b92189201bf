package ca.tremplin.showcase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The gallery and the profiles are asked for again each time they are shown, and kept by no shared cache; the pages
 * a private link opens are kept by nobody.
 */
class ShowcaseCachingTest {

    @Test
    void publicPagesAreRevalidatedAndKeptByNoSharedCache() {
        for (String page : new String[] {"/fr/vitrine", "/en/showcase", "/fr/vitrine/12-amina", "/en/showcase/12"}) {
            assertEquals("private, no-cache", ShowcaseCaching.cacheControl(page), page);
        }
    }

    @Test
    void pagesOpenedByAPrivateLinkAreNeverKept() {
        for (String page : new String[] {"/vitrine-profil.xhtml", "/vitrine-tuteur.xhtml", "/vitrine-publier.xhtml"}) {
            assertEquals("private, no-store", ShowcaseCaching.cacheControl(page), page);
        }
    }
}
