package ca.tremplin.tenant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://www.example.qc.ca/", "http://cssdufjord.gouv.qc.ca/formation-pro",
            "https://www.école-métiers.ca", "https://www.école-métiers.ca/programmes?région=Saguenay",
            "https://ÉCOLE.ca:8443/", "https://www.xn--cole-mtiers-bbb2k.ca/"})
    void anAddressABrowserOpensIsTaken(String written) {
        assertTrue(TenantService.isWebAddress(written), written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"www.example.qc.ca", "ftp://example.qc.ca", "https://localhost", "https://exa mple.ca",
            "https://user@example.ca", "https://école", "https://.ca", "javascript:alert(1)"})
    void anAddressABrowserCannotOpenIsRefused(String written) {
        assertFalse(TenantService.isWebAddress(written), written);
    }
}
