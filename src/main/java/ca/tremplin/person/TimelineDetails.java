package ca.tremplin.person;

import ca.tremplin.kernel.Messages;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A timeline line's detail in the reader's language, for what a person's record writes: the fields changed, the
 * stages of a move, another value given for a field (which field, by what, the value). Lines keep the codes they
 * were written with, so that they read the same in French and in English and never go stale; they are named here,
 * as the reader says them. Anything else is shown as it was written. The features above add their own codes (a
 * document's kind, in {@code pipeline}).
 */
public final class TimelineDetails {

    private static final Pattern MOVE = Pattern.compile("^([A-Z_]+) → ([A-Z_]+)(.*)$", Pattern.DOTALL);

    /** A centre as a hand-over's line names it ({@link #centre}): its number, then its French name of the time. */
    private static final Pattern CENTRE = Pattern.compile("^#(\\d{1,18}) (.*)$", Pattern.DOTALL);

    /** A request's number as its line keeps it, "#57". */
    private static final Pattern REQUEST = Pattern.compile("^#(\\d{1,18})$");

    /**
     * Written after the stages of a move past "admitted" that staff confirmed for a lead whose admission was never
     * recorded, before the reason: "APPLIED → CAQ_OBTAINED [ADMISSION_NOT_RECORDED] : Lettre reçue par courriel".
     */
    public static final String ADMISSION_NOT_RECORDED = "[ADMISSION_NOT_RECORDED]";

    private TimelineDetails() {
    }

    public static String detail(LeadEventKind kind, String detail, Locale language) {
        return detail(kind, detail, language, id -> null);
    }

    /**
     * As above; {@code centreName} gives a centre's name of today in the reader's language by its number (null when
     * it has none to give), for the line of a request handed from one centre to another, which keeps the number and
     * the French name it had then: a centre renamed since, or read in English, is named as the reader knows it.
     */
    public static String detail(LeadEventKind kind, String detail, Locale language,
                                java.util.function.LongFunction<String> centreName) {
        if (detail == null || kind == null) {
            return detail;
        }
        LeadDetails.ProposalDetail proposal = LeadDetails.readProposalDetail(detail);
        if (proposal != null) {
            return Messages.get(language, proposal.field().messageKey()) + Messages.get(language, "punct.colon")
                    + value(proposal.field(), proposal.value(), language) + " — "
                    + Messages.get(language, proposal.source().messageKey());
        }
        return switch (kind) {
            case DETAILS_CHANGED -> Arrays.stream(detail.split(", "))
                    .map(code -> named(code, LeadField.class, LeadField::messageKey, language))
                    .collect(Collectors.joining(", "));
            case STAGE_CHANGED -> {
                Matcher move = MOVE.matcher(detail);
                if (!move.matches()) {
                    yield detail;
                }
                String rest = move.group(3);
                String unadmitted = "";
                if (rest.startsWith(" " + ADMISSION_NOT_RECORDED)) {
                    unadmitted = " (" + Messages.get(language, "timeline.admissionNotRecorded") + ")";
                    rest = rest.substring(ADMISSION_NOT_RECORDED.length() + 1);
                }
                // The reason after the move is kept as " : reason" (French); the reader's colon goes before it.
                String reason = rest.startsWith(" : ") ? Messages.get(language, "punct.colon") + rest.substring(3)
                        : rest;
                yield named(move.group(1), LeadStage.class, LeadStage::messageKey, language) + " → "
                        + named(move.group(2), LeadStage.class, LeadStage::messageKey, language) + unadmitted + reason;
            }
            // The purpose as a code (an older line keeps the words it was written with, in the person's language).
            case CONSENT_GIVEN, CONSENT_WITHDRAWN -> named(detail, ConsentPurpose.class, ConsentPurpose::messageKey,
                    language);
            // The request's number in the reader's typography: "n° 57" in French.
            case REQUEST_RECEIVED -> {
                Matcher request = REQUEST.matcher(detail);
                yield request.matches() ? Messages.numbered(language, Long.parseLong(request.group(1))) : detail;
            }
            // The other record's number as a text: a number argument would be written "1 234" in French.
            case SAME_ADDRESS_KEPT_APART -> Messages.get(language, "timeline.sameAddressKeptApart", detail);
            // A line written before the number was kept names the centre in French, as it was then: shown so.
            case ROUTED, TAKEN_BACK -> {
                Matcher centre = CENTRE.matcher(detail);
                if (!centre.matches()) {
                    yield detail;
                }
                String named = centreName.apply(Long.parseLong(centre.group(1)));
                yield named == null ? centre.group(2) : named;
            }
            case GIVEN_BACK -> named(detail, GivenBack.class, GivenBack::messageKey, language);
            default -> detail;
        };
    }

    /**
     * How the line of a request handed to another tenant — a centre, the coordinating organisation — names it: by its
     * number, which {@link #detail} names as the reader knows it, and its French name of the time, which a copy of
     * the person's data shows as written and the timeline shows when the tenant cannot be named.
     */
    public static String centre(long tenantId, String nameFr) {
        return "#" + tenantId + " " + nameFr;
    }

    /**
     * Where a line a merge moved to this lead came from, said under its detail in words (not by a colour): the merged
     * record's number, and its name and address as they were when it was merged ({@code recordNamed}, null or blank
     * when nothing of them is kept, the person erased). Null for a line of the lead's own, {@code mergedFrom} null.
     */
    public static String mergedFrom(Long mergedFrom, java.util.function.LongFunction<String> recordNamed,
                                    Locale language) {
        if (mergedFrom == null) {
            return null;
        }
        String named = recordNamed.apply(mergedFrom);
        // The number as a text: a number argument would be written "1 234" in French, no longer the one to look up.
        return named == null || named.isBlank()
                ? Messages.get(language, "timeline.fromMergedRecord", String.valueOf(mergedFrom))
                : Messages.get(language, "timeline.fromMergedRecordNamed", String.valueOf(mergedFrom), named);
    }

    /** A field's value as the reader says it: a country by its name ("NG": "Nigeria"), anything else as given. */
    public static String value(LeadField field, String value, Locale language) {
        if ((field == LeadField.COUNTRY || field == LeadField.CITIZENSHIP) && value != null
                && value.matches("[A-Z]{2}")) {
            String name = new Locale("", value).getDisplayCountry(language);
            return name.isBlank() || name.equals(value) ? value : name;
        }
        if (field == LeadField.LANGUAGE && value != null && value.matches("[a-z]{2,3}")) {
            String name = Locale.forLanguageTag(value).getDisplayLanguage(language);
            return name.isBlank() || name.equals(value) ? value : name;
        }
        return value;
    }

    /** The name of a code in the reader's language, or the text as it is when it is no such code. */
    public static <E extends Enum<E>> String named(String code, Class<E> type, Function<E, String> key,
                                                    Locale language) {
        try {
            return Messages.get(language, key.apply(Enum.valueOf(type, code.strip())));
        } catch (IllegalArgumentException notACode) {
            return code;
        }
    }
}
