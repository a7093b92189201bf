package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageSwitchFilterTest {

    @Test
    void theLanguageSwitchRedirectsToTheSameAddressWithoutItsParameter() {
        assertEquals("/fr/programmes?q=soudage&page=2",
                LanguageSwitchFilter.addressWithout("/fr/programmes", "q=soudage&lang=en&page=2"));
        assertEquals("/admin/leads.xhtml", LanguageSwitchFilter.addressWithout("/admin/leads.xhtml", "lang=fr"));
    }

    @Test
    void aPathThatABrowserWouldReadAsAnotherSiteStaysOnThisOne() {
        assertEquals("/other-site.example/", LanguageSwitchFilter.addressWithout("//other-site.example/", "lang=fr"));
        assertEquals("/other-site.example/", LanguageSwitchFilter.addressWithout("/\\other-site.example/", "lang=fr"));
        assertEquals("/other-site.example/?a=1",
                LanguageSwitchFilter.addressWithout("///\\/other-site.example/", "a=1&lang=en"));
    }
}
