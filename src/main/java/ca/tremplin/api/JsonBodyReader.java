package ca.tremplin.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import ca.tremplin.web.BodyTooLargeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads every JSON body the application's resources take (an information request, a quick capture). It replaces
 * the server's own JSON-B reader for Tremplin's types because that one answers any flaw with a plain-text 400
 * that no exception mapper sees and that says nothing of what was wrong. Here: unreadable JSON is a problem
 * document giving the line and column ({@link MalformedBodyException}); a member the type does not have, or a
 * value of the wrong kind, is refused by name ({@link InvalidBodyException}); only a body of the right shape is
 * bound, by JSON-B as before.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
public class JsonBodyReader implements MessageBodyReader<Object> {

    /**
     * A member named twice in an object is refused (JSON-P's key strategy NONE) rather than the last value silently
     * taken; Parsson says which member and where.
     */
    private static final jakarta.json.JsonReaderFactory READERS = Json.createReaderFactory(
            java.util.Map.of(jakarta.json.JsonConfig.KEY_STRATEGY, jakarta.json.JsonConfig.KeyStrategy.NONE));
    private static final java.util.regex.Pattern REPEATED_KEY = java.util.regex.Pattern.compile(
            "^Duplicate key '(.*)' is not allowed");

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** Levels of arrays and objects a body may nest: the deepest request (attribution in a request) has two. */
    static final int MOST_NESTING = 16;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.getName().startsWith("ca.tremplin.");
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        return read(entityStream, type, genericType);
    }

    /** The body bound to {@code type}, or the exception that names what is wrong with it. */
    static Object read(InputStream body, Class<?> type, Type genericType) throws IOException {
        JsonValue value = parse(body);
        List<JsonBodyShape.Mismatch> mismatches = JsonBodyShape.mismatches(value, type);
        if (!mismatches.isEmpty()) {
            throw new InvalidBodyException(mismatches);
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        try {
            return JSONB.fromJson(value.toString(), genericType);
        } catch (JsonbException unbindable) {
            // The shape was checked; what JSON-B still refuses is a value of a type the check leaves to it.
            throw new InvalidBodyException(List.of());
        }
    }

    private static JsonValue parse(InputStream body) throws IOException {
        // Read whole first (the server bounds a body's size by address), so that the nesting can be checked by a
        // streaming pass before a tree is built: building one recurses once per level.
        byte[] bytes;
        try {
            bytes = body.readAllBytes();
        } catch (IOException cut) {
            throw tooLargeOr(cut);
        }
        checkNesting(bytes);
        try (JsonReader reader = READERS.createReader(utf8(bytes))) {
            return reader.readValue();
        } catch (JsonException failed) {
            throw malformed(failed);
        } catch (UnsupportedOperationException tooLong) {
            // Parsson's answer to a number of more than 1,100 characters, whatever member holds it.
            throw MalformedBodyException.numberTooLong();
        }
    }

    /** No request of this API nests deeper than a few levels; a thousand levels of brackets is an attack. */
    private static void checkNesting(byte[] bytes) {
        try (JsonParser parser = Json.createParser(utf8(bytes))) {
            int depth = 0;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.START_ARRAY || event == JsonParser.Event.START_OBJECT) {
                    if (++depth > MOST_NESTING) {
                        JsonLocation at = parser.getLocation();
                        throw MalformedBodyException.tooDeep(at.getLineNumber(), at.getColumnNumber());
                    }
                } else if (event == JsonParser.Event.END_ARRAY || event == JsonParser.Event.END_OBJECT) {
                    depth--;
                }
            }
        } catch (JsonException failed) {
            throw malformed(failed);
        }
    }

    /**
     * JSON is UTF-8 (RFC 8259); a strict decoder makes an invalid byte sequence a malformed body, not a "�". A
     * byte-order mark that some Windows clients put first is passed over, as the RFC lets a parser do.
     */
    private static Reader utf8(byte[] bytes) {
        CharsetDecoder strictUtf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        boolean marked = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        int start = marked ? 3 : 0;
        return new InputStreamReader(new ByteArrayInputStream(bytes, start, bytes.length - start), strictUtf8);
    }

    private static MalformedBodyException malformed(JsonException failed) {
        JsonLocation at = failed instanceof JsonParsingException parsing ? parsing.getLocation() : null;
        java.util.regex.Matcher repeated = failed.getMessage() == null ? null
                : REPEATED_KEY.matcher(failed.getMessage());
        if (at != null && repeated != null && repeated.find()) {
            return MalformedBodyException.repeated(repeated.group(1), at.getLineNumber(), at.getColumnNumber());
        }
        return new MalformedBodyException(at == null ? -1 : at.getLineNumber(), at == null ? -1 : at.getColumnNumber());
    }

    /**
     * A body sent without its length fails to read past its address's limit (web.LimitedBodyRequest; or the server
     * stops reading it, web.EarlyRequestLimits): the caller's 413, not our 500.
     */
    private static IOException tooLargeOr(IOException cut) {
        if (cut instanceof BodyTooLargeException || cut.getClass().getSimpleName().equals("RequestTooBigException")) {
            throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        return cut;
    }
}
