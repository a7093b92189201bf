package ca.tremplin.showcase;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The gallery and the profiles only show, and are cached as every public page that only shows; the pages a private
 * link opens are kept by nobody.
 */
class ShowcaseCachingTest {

    @Test
    void theGalleryAndProfilesAreShownPages() {
        for (String page : new String[] {"/fr/vitrine", "/en/showcase", "/fr/vitrine/12-amina", "/en/showcase/12"}) {
            assertFalse(ShowcaseCaching.isOpenedByAPrivateLink(page), page);
        }
    }

    @Test
    void pagesOpenedByAPrivateLinkAreNeverKept() {
        for (String page : new String[] {"/vitrine-profil.xhtml", "/vitrine-tuteur.xhtml", "/vitrine-publier.xhtml"}) {
            assertTrue(ShowcaseCaching.isOpenedByAPrivateLink(page), page);
        }
    }
}
