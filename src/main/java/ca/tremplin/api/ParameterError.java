package ca.tremplin.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** One refused query parameter of a problem: its name, the value received ({@code null} if missing), why. */
@JsonbPropertyOrder({"parameter", "value", "message"})
public record ParameterError(String parameter, String value, String message) {
}
