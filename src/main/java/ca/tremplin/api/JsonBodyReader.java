package ca.tremplin.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.CharacterCodingException;
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

    private static final Jsonb JSONB = JsonbBuilder.create();

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
        // JSON is UTF-8 (RFC 8259); a strict decoder makes an invalid byte sequence a malformed body rather than
        // a replacement character stored as if the caller had typed it.
        CharsetDecoder strictUtf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (JsonReader reader = Json.createReader(new InputStreamReader(body, strictUtf8))) {
            return reader.readValue();
        } catch (JsonException failed) {
            if (failed.getCause() instanceof IOException cut && !(cut instanceof CharacterCodingException)) {
                // The server stops reading a body past its address's limit (web.RequestSizeFilter) when the
                // length was not announced: the caller's 413, not our 500.
                if (cut.getClass().getSimpleName().equals("RequestTooBigException")) {
                    throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
                }
                throw cut;
            }
            JsonLocation at = failed instanceof JsonParsingException parsing ? parsing.getLocation() : null;
            throw new MalformedBodyException(at == null ? -1 : at.getLineNumber(),
                    at == null ? -1 : at.getColumnNumber());
        }
    }
}
