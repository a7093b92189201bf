package ca.tremplin.pipeline;

import ca.tremplin.applicant.DocumentKind;
import ca.tremplin.kernel.Messages;
import ca.tremplin.person.LeadEventKind;
import ca.tremplin.person.LeadField;
import ca.tremplin.person.LeadStage;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A timeline line's detail in the reader's language. Lines keep the codes they were written with (the fields
 * changed, the stages of a move, a document's kind), so that they read the same in French and in English and never
 * go stale; they are named here, as the reader says them. Anything else is shown as it was written.
 */
final class TimelineText {

    private static final Pattern MOVE = Pattern.compile("^([A-Z_]+) → ([A-Z_]+)(.*)$", Pattern.DOTALL);
    private static final Pattern DOCUMENT = Pattern.compile("^([A-Z_]+) : (.*)$", Pattern.DOTALL);

    private TimelineText() {
    }

    static String detail(LeadEventKind kind, String detail, Locale language) {
        if (detail == null || kind == null) {
            return detail;
        }
        return switch (kind) {
            case DETAILS_CHANGED -> Arrays.stream(detail.split(", "))
                    .map(code -> named(code, LeadField.class, LeadField::messageKey, language))
                    .collect(Collectors.joining(", "));
            case STAGE_CHANGED -> {
                Matcher move = MOVE.matcher(detail);
                yield move.matches() ? named(move.group(1), LeadStage.class, LeadStage::messageKey, language) + " → "
                        + named(move.group(2), LeadStage.class, LeadStage::messageKey, language) + move.group(3)
                        : detail;
            }
            case DOCUMENT_UPLOADED, DOCUMENT_ACCEPTED, DOCUMENT_REJECTED -> {
                Matcher document = DOCUMENT.matcher(detail);
                yield document.matches() ? named(document.group(1), DocumentKind.class, DocumentKind::messageKey,
                        language) + " : " + document.group(2) : detail;
            }
            default -> detail;
        };
    }

    /** The name of a code in the reader's language, or the text as it is when it is no such code. */
    private static <E extends Enum<E>> String named(String code, Class<E> type, Function<E, String> key,
                                                     Locale language) {
        try {
            return Messages.get(language, key.apply(Enum.valueOf(type, code.strip())));
        } catch (IllegalArgumentException notACode) {
            return code;
        }
    }
}
