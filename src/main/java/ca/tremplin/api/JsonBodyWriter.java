package ca.tremplin.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes every JSON answer of the application's types with JSON-B, as the API's documents are specified and
 * tested ({@code ApiDocumentsTest}, the OpenAPI document's {@code format: date}): a date is {@code "2027-02-01"}.
 * Without it the server may pick its Jackson provider, which writes a date as {@code [2027,2,1]}.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodyWriter implements MessageBodyWriter<Object> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withEncoding("UTF-8"));

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.getName().startsWith("ca.tremplin.");
    }

    @Override
    public void writeTo(Object entity, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        JSONB.toJson(entity, genericType == null ? type : genericType, entityStream);
    }

    /** The bytes {@link #writeTo} writes for this entity, for a tag of them ({@link RevalidatedAnswers}). */
    static byte[] bytesOf(Object entity, Type type) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        JSONB.toJson(entity, type == null ? entity.getClass() : type, bytes);
        return bytes.toByteArray();
    }
}
