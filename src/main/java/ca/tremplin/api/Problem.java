package ca.tremplin.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code type} is {@code about:blank}: the status says what kind of problem it
 * is; {@code title} and {@code detail} are in the caller's language. {@code errors} (an extension member) lists
 * each refused parameter, and is empty for other problems.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(String type, String title, int status, String detail, List<ParameterError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
