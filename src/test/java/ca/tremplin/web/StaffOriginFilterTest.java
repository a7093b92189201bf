package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StaffOriginFilterTest {

    private static final String OWN = "http://localhost:8080";
    private static final String PUBLIC = "https://tremplin.example.org";

    @Test
    void aPostFromThisSitesPagesPasses() {
        assertTrue(StaffOriginFilter.isSameSite("http://localhost:8080", null, OWN, PUBLIC));
        assertTrue(StaffOriginFilter.isSameSite("https://Tremplin.example.org:443", null, OWN, PUBLIC),
                "behind the HTTPS proxy, the public address");
        assertTrue(StaffOriginFilter.isSameSite(null, "https://tremplin.example.org/admin/event-capture.xhtml?id=3",
                OWN, PUBLIC));
    }

    @Test
    void aPostFromAnotherSiteIsRefusedWhicheverHeaderSaysSo() {
        assertFalse(StaffOriginFilter.isSameSite("https://other-site.example", null, OWN, PUBLIC));
        assertFalse(StaffOriginFilter.isSameSite(null, "https://tremplin.example.org.other-site.example/", OWN, PUBLIC));
        assertFalse(StaffOriginFilter.isSameSite("null", null, OWN, PUBLIC), "a sandboxed or privacy-hidden origin");
        assertFalse(StaffOriginFilter.isSameSite("http://localhost:8081", null, OWN, PUBLIC));
        assertFalse(StaffOriginFilter.isSameSite("https://other-site.example", "http://localhost:8080/", OWN, PUBLIC),
                "Origin, when given, is what counts");
    }

    @Test
    void aScriptThatSendsNeitherHeaderPasses() {
        assertTrue(StaffOriginFilter.isSameSite(null, null, OWN, PUBLIC));
        assertEquals("https://tremplin.example.org", StaffOriginFilter.originOf("https://tremplin.example.org/x?y"));
    }
}
