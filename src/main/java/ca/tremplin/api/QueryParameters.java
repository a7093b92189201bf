package ca.tremplin.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a query string into the parameters a search reads and the others, which the API ignores but names
 * in its answer, so that a caller sees a mistyped parameter name at once.
 */
record QueryParameters(Map<String, String[]> known, List<String> ignoredNames) {

    static QueryParameters split(Map<String, List<String>> parameters, Set<String> searchParameters) {
        Map<String, String[]> known = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        parameters.forEach((name, values) -> {
            if (searchParameters.contains(name)) {
                known.put(name, values.toArray(String[]::new));
            } else {
                ignored.add(name);
            }
        });
        ignored.sort(String::compareTo);
        return new QueryParameters(known, List.copyOf(ignored));
    }

    /**
     * Refuses the request when the search's own parser could not read some values, or was given a second value of a
     * parameter that takes one ({@code repeated}, said as such rather than as a value it cannot read).
     */
    static void refuseIfUnreadable(List<String> unreadable, List<String> repeated) {
        if (!unreadable.isEmpty()) {
            throw new InvalidParametersException(unreadable.stream().map(entry -> repeated.contains(entry)
                    ? InvalidParameter.repeated(InvalidParameter.fromIgnored(entry)) : InvalidParameter.fromIgnored(entry))
                    .toList());
        }
    }
}
