package ca.tremplin.kernel;

import java.util.regex.Pattern;

/**
 * A name as people read it: every run of blanks (spaces, tabs, line breaks, no-break and other Unicode spaces) one
 * space, none around it. Two names that differ only by a space typed twice look the same on every page, so they are
 * one name: a centre cannot take another's name with a double space, nor a reason for losing a lead be offered twice.
 */
public final class SingleSpaced {

    private static final Pattern BLANKS = Pattern.compile("[\\p{Z}\\s]+");

    private SingleSpaced() {
    }

    /** The text with its blanks made single spaces and none around it; null stays null. */
    public static String of(String text) {
        return text == null ? null : BLANKS.matcher(text).replaceAll(" ").strip();
    }
}
