package ca.tremplin.api;

import java.util.List;
import java.util.Locale;

/**
 * Whether a caller's {@code Accept} admits a media type, as RFC 9110 (12.5.1) reads it: the most specific range that
 * matches the type decides ({@code application/json} before {@code application/*} before {@code *}{@code /*}), and its
 * quality 0 means "not acceptable" — {@code application/json;q=0} refuses JSON even beside {@code *}{@code /*}. No
 * header, or an empty one, accepts anything. Parameters other than the quality are not compared: the API's answers
 * carry none that a caller would ask for. Headers that cannot be read never get here ({@link ApiHeadersFilter}).
 */
final class AcceptedMediaTypes {

    private AcceptedMediaTypes() {
    }

    /** {@code headers} are the request's {@code Accept} lines, several of which read as one list. */
    static boolean accepts(List<String> headers, String offered) {
        String[] type = offered.toLowerCase(Locale.ROOT).split("/", 2);
        int bestSpecificity = -1;
        float quality = 0;
        boolean anyRange = false;
        for (String header : headers) {
            for (String range : header.split(",")) {
                if (range.isBlank()) {
                    continue;
                }
                anyRange = true;
                String[] parts = range.split(";");
                String[] asked = parts[0].strip().toLowerCase(Locale.ROOT).split("/", 2);
                int specificity = specificity(asked, type);
                if (specificity > bestSpecificity) {
                    bestSpecificity = specificity;
                    quality = quality(parts);
                } else if (specificity == bestSpecificity && specificity >= 0) {
                    // The same range twice with different qualities: the more favourable one is kept.
                    quality = Math.max(quality, quality(parts));
                }
            }
        }
        return !anyRange || bestSpecificity >= 0 && quality > 0;
    }

    /** 2 for the type itself, 1 for its type's wildcard, 0 for any type, -1 when the range does not match. */
    private static int specificity(String[] asked, String[] offered) {
        if (asked.length != 2) {
            return -1;
        }
        if (asked[0].equals("*") && asked[1].equals("*")) {
            return 0;
        }
        if (!asked[0].equals(offered[0])) {
            return -1;
        }
        return asked[1].equals("*") ? 1 : asked[1].equals(offered[1]) ? 2 : -1;
    }

    private static float quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter.length == 2 && parameter[0].strip().equalsIgnoreCase("q")) {
                try {
                    return Float.parseFloat(parameter[1].strip().replace("\"", ""));
                } catch (NumberFormatException unreadable) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
