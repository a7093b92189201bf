package ca.tremplin.api;

import static ca.tremplin.testsupport.Stubs.stub;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RevalidatedAnswersTest {

    private static final ParameterError ANSWER = new ParameterError("page", "2", "—");

    @Test
    void anAnswerCarriesAWeakTagOfItsJsonAndMayBeKeptAMinute() {
        Answer answer = filter("GET", null, 200);

        assertEquals(200, answer.state.get("status"));
        assertEquals(EntityTags.weakTagOf(JsonBodyWriter.bytesOf(ANSWER, ParameterError.class)),
                answer.headers.getFirst("ETag"));
        assertEquals("public, max-age=60", answer.headers.getFirst("Cache-Control"));
        assertTrue(answer.headers.get("Vary").contains("Accept-Language"), "titles are sorted in its language");
        assertEquals(ANSWER, answer.state.get("entity"));
    }

    @Test
    void itsTagSentBackIsAnsweredNotModifiedWithoutABody() {
        String tag = (String) filter("GET", null, 200).headers.getFirst("ETag");

        for (String ifNoneMatch : List.of(tag, "\"older\", " + tag, "*", tag.substring(2))) {
            for (String method : List.of("GET", "HEAD")) {
                Answer answer = filter(method, ifNoneMatch, 200);

                assertEquals(304, answer.state.get("status"), method + " " + ifNoneMatch);
                assertNull(answer.state.get("entity"));
                assertEquals(tag, answer.headers.getFirst("ETag"), "a 304 repeats the tag");
                assertEquals("public, max-age=60", answer.headers.getFirst("Cache-Control"));
                assertFalse(answer.headers.containsKey("Content-Type"));
            }
        }
        assertEquals(200, filter("GET", "W/\"older\"", 200).state.get("status"));
    }

    @Test
    void aRefusalIsNeitherTaggedNorKept() {
        Answer refused = filter("GET", "*", 400);

        assertEquals(400, refused.state.get("status"));
        assertFalse(refused.headers.containsKey("ETag"));
        assertFalse(refused.headers.containsKey("Cache-Control"));
    }

    private static Answer filter(String method, String ifNoneMatch, int status) {
        Answer answer = new Answer();
        answer.headers.putSingle("Content-Type", "application/json");
        answer.state.put("status", status);
        answer.state.put("entity", ANSWER);
        ContainerRequestContext request = stub(ContainerRequestContext.class, (name, args) -> switch (name) {
            case "getMethod" -> method;
            case "getHeaderString" -> "If-None-Match".equalsIgnoreCase((String) args[0]) ? ifNoneMatch : null;
            default -> throw new UnsupportedOperationException(name);
        });
        ContainerResponseContext response = stub(ContainerResponseContext.class, (name, args) -> switch (name) {
            case "getStatus" -> answer.state.get("status");
            case "hasEntity" -> answer.state.get("entity") != null;
            case "getEntity" -> answer.state.get("entity");
            case "getEntityType" -> ParameterError.class;
            case "getHeaders" -> answer.headers;
            case "setStatus" -> answer.state.put("status", args[0]);
            case "setEntity" -> answer.state.put("entity", args[0]);
            default -> throw new UnsupportedOperationException(name);
        });
        new RevalidatedAnswers().filter(request, response);
        return answer;
    }

    private static final class Answer {
        final MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        final Map<String, Object> state = new HashMap<>();
    }
}
