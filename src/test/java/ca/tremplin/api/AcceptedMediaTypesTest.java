package ca.tremplin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.leadimport.LeadImportResource;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcceptedMediaTypesTest {

    private static final String JSON = "application/json";

    @Test
    void jsonWithQualityZeroIsRefusedEvenBesideAnyType() {
        assertFalse(accepts("application/json;q=0"));
        assertFalse(accepts("application/json; q=0.000"));
        assertFalse(accepts("*/*, application/json;q=0"), "the most specific range decides");
        assertFalse(accepts("application/*;q=0"));
        assertFalse(accepts("text/*, */*;q=0"));
    }

    @Test
    void htmlAloneAndTheProblemTypeAloneAreRefused() {
        assertFalse(accepts("text/html"));
        assertFalse(accepts("text/html, application/xhtml+xml"));
        assertFalse(accepts("application/problem+json"), "the type of a refusal is not that of an answer");
    }

    @Test
    void anyTypeTheApplicationTypesJsonAndNoHeaderAreAnswered() {
        assertTrue(AcceptedMediaTypes.accepts(List.of(), JSON));
        assertTrue(accepts(""));
        assertTrue(accepts("*/*"));
        assertTrue(accepts("application/*"));
        assertTrue(accepts("application/json"));
        assertTrue(accepts("APPLICATION/JSON; charset=utf-8"));
        assertTrue(accepts("application/problem+json, application/json;q=0.1"));
        assertTrue(accepts("application/*;q=0, application/json"), "the exact type outranks its wildcard");
        assertTrue(accepts("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"), "a browser's");
    }

    @Test
    void severalAcceptLinesReadAsOneList() {
        assertFalse(AcceptedMediaTypes.accepts(List.of("*/*", "application/json;q=0"), JSON));
        assertTrue(AcceptedMediaTypes.accepts(List.of("text/html", "application/json"), JSON));
    }

    @Test
    void whatAnAddressProducesIsReadFromItsMethodThenItsClass() throws Exception {
        assertEquals(List.of(JSON), AcceptableAnswers.produced(
                ProgramResource.class.getMethod("find", String.class), ProgramResource.class));
        assertEquals(List.of(JSON), AcceptableAnswers.produced(null, ProxyLike.class), "a proxy's superclass");
        assertEquals(List.of(JSON), AcceptableAnswers.produced(
                LeadImportResource.class.getMethod("progress", long.class), LeadImportResource.class));
        assertEquals(List.of(), AcceptableAnswers.produced(
                UnsubscribeResource.class.getMethod("page", String.class, String.class), UnsubscribeResource.class),
                "a redirect is never refused for its Accept");
    }

    private static boolean accepts(String header) {
        return AcceptedMediaTypes.accepts(List.of(header), JSON);
    }

    private static class ProxyLike extends OfferResource {
    }
}
