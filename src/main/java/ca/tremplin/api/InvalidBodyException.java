package ca.tremplin.api;

import java.util.List;

/** A JSON body of the wrong shape: members unknown or of the wrong kind, each named. */
class InvalidBodyException extends RuntimeException {

    private final transient List<JsonBodyShape.Mismatch> mismatches;

    InvalidBodyException(List<JsonBodyShape.Mismatch> mismatches) {
        super("JSON body of the wrong shape: " + mismatches.size() + " members refused");
        this.mismatches = List.copyOf(mismatches);
    }

    List<JsonBodyShape.Mismatch> mismatches() {
        return mismatches;
    }
}
