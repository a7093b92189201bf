package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CrossSiteDownloadFilterTest {

    @Test
    void aDownloadAskedFromAnotherSiteIsToldApartFromOneOfThisSiteOrOpenedByHand() {
        assertTrue(CrossSiteDownloadFilter.askedFromAnotherSite("cross-site", true, false), "a link on another site");
        assertTrue(CrossSiteDownloadFilter.askedFromAnotherSite("cross-site", false, false), "Referer withheld");
        assertFalse(CrossSiteDownloadFilter.askedFromAnotherSite("same-origin", true, true), "the list's own button");
        assertFalse(CrossSiteDownloadFilter.askedFromAnotherSite("none", false, false), "an address typed by hand");
        assertTrue(CrossSiteDownloadFilter.askedFromAnotherSite(null, true, false), "an older browser, a foreign page");
        assertFalse(CrossSiteDownloadFilter.askedFromAnotherSite(null, true, true), "an older browser, this site");
        assertFalse(CrossSiteDownloadFilter.askedFromAnotherSite(null, false, false), "a staff script");
    }
}
