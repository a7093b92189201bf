package ca.tremplin.api;

import java.util.List;

/**
 * A request with parameters the API cannot read, answered with one 400 problem that lists every one of them,
 * so that a partner fixes a request in one round rather than one parameter at a time.
 */
public class InvalidParametersException extends RuntimeException {

    private final transient List<InvalidParameter> parameters;

    InvalidParametersException(List<InvalidParameter> parameters) {
        super("Invalid parameters: " + parameters.stream().map(InvalidParameter::name).toList());
        this.parameters = List.copyOf(parameters);
    }

    List<InvalidParameter> parameters() {
        return parameters;
    }
}
