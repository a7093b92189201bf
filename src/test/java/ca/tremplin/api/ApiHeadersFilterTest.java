package ca.tremplin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Who may read a refusal the API's header checks make before JAX-RS: the caller's page, as for the API's own. */
class ApiHeadersFilterTest {

    private static final Predicate<String> LISTED = "https://csdf.example"::equals;

    @Test
    void aPublicReadsRefusalIsReadableFromAnyOrigin() {
        assertEquals("*", ApiHeadersFilter.allowedOrigin(ApiAreas.firstSegment("/programs"), "https://x.example",
                LISTED));
    }

    @Test
    void anInquirysRefusalIsReadableOnlyFromAListedOrigin() {
        assertEquals("https://csdf.example", ApiHeadersFilter.allowedOrigin(ApiAreas.firstSegment("/inquiries"),
                "https://csdf.example", LISTED));
        assertNull(ApiHeadersFilter.allowedOrigin(ApiAreas.firstSegment("//inquiries;v=1"), "https://x.example",
                LISTED));
    }

    @Test
    void aStaffEndpointsRefusalIsReadableFromNoOtherSite() {
        for (String path : new String[] {"/staff/imports/12", "//staff/events/3/imports", "/staff;x=1/imports/1"}) {
            assertNull(ApiHeadersFilter.allowedOrigin(ApiAreas.firstSegment(path), "https://x.example", LISTED),
                    path);
            assertNull(ApiHeadersFilter.allowedOrigin(ApiAreas.firstSegment(path), "https://csdf.example", LISTED),
                    path);
        }
    }
}
