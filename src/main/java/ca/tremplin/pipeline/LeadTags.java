package ca.tremplin.pipeline;

import java.util.Locale;

/** Tags are compared as typed but without case or surrounding spaces, and kept short. */
final class LeadTags {

    static final int MAX_LENGTH = 40;

    private LeadTags() {
    }

    static String normalize(String tag) {
        String clean = tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        return clean.length() <= MAX_LENGTH ? clean : clean.substring(0, MAX_LENGTH);
    }
}
