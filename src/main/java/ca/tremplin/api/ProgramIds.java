package ca.tremplin.api;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/** Program ids as they appear in addresses: digits only, short enough never to overflow a {@code long}. */
final class ProgramIds {

    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private ProgramIds() {
    }

    static OptionalLong parse(String text) {
        return text != null && ID.matcher(text).matches() ? OptionalLong.of(Long.parseLong(text))
                : OptionalLong.empty();
    }
}
