package ca.tremplin.leadimport;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a consent column's cell says. A list proves a consent only when the person said yes, and a refusal only when
 * they said no: a cell left blank, "peut-être", "N/A", "?" or an answer nobody can read proves neither, and nothing
 * is recorded for it — a refusal the person never gave would keep staff from writing to them. Answers are compared
 * as {@link ImportField#normalize} writes them (no accents, no case, single spaces), without the quotes, final
 * period and invisible blanks a spreadsheet or a form leaves around them.
 */
enum ConsentAnswer {
    /** The person agreed: a consent is recorded. */
    GIVEN,
    /** The person said no: the refusal is recorded, word for word. */
    REFUSED,
    /** The cell is blank: nothing is recorded, nothing said. */
    BLANK,
    /** The cell holds something that is neither yes nor no: nothing is recorded, and staff are told. */
    NOT_UNDERSTOOD;

    /**
     * Yes as the known exports write it: a form's checkbox (Eventbrite, Zoom registration questions, Microsoft and
     * Google Forms, which write the option's own text), a CRM's opt-in (HubSpot's "Opted in", "Subscribed").
     */
    private static final Set<String> YES = Set.of("yes", "y", "oui", "o", "true", "vrai", "1", "x", "✓", "✔", "☑",
            "✅", "checked", "coche", "cochee", "accepte", "acceptee", "accepted", "agree", "agreed", "i agree",
            "i accept", "j'accepte", "d'accord", "ok", "opt-in", "opt in", "opted in", "opted-in", "subscribed",
            "abonne", "abonnee", "consent", "consented", "consent given", "consentement donne", "granted");
    /** The beginnings of a sentence that says yes: "J'accepte d'être contacté(e)", "I agree to be contacted". */
    private static final List<String> YES_SENTENCES = List.of("j'accepte ", "i agree ", "i accept ", "i consent ",
            "je consens ", "oui, ", "yes, ");
    private static final Set<String> NO = Set.of("no", "n", "non", "false", "faux", "0", "✗", "✘", "❌", "unchecked",
            "non coche", "non cochee", "refuse", "refusee", "refused", "je refuse", "i refuse", "declined",
            "i decline", "i do not agree", "i don't agree", "je n'accepte pas", "n'accepte pas", "pas d'accord",
            "opt-out", "opt out", "opted out", "opted-out", "unsubscribed", "desabonne", "desabonnee",
            "do not contact", "ne pas contacter", "non merci", "no thanks", "no thank you");
    private static final List<String> NO_SENTENCES = List.of("je refuse ", "je ne souhaite pas ", "je ne veux pas ",
            "je n'accepte pas ", "i do not agree ", "i don't agree ", "i do not wish ", "i don't want ",
            "i do not want ", "non, ", "no, ");
    /** Blanks a spreadsheet or a paste leaves that {@link String#strip} keeps: no-break and zero-width spaces. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00A0\\u2007\\u202F\\u200B-\\u200D\\u2060\\uFEFF]");
    /** Quotes around an answer and the period or exclamation mark after it. */
    private static final Pattern AROUND = Pattern.compile("^[\"'«“”‘’\\s]+|[\"'»“”‘’.!\\s]+$");

    /** What the cell says; a cell of blanks alone is {@link #BLANK}. */
    static ConsentAnswer of(String cell) {
        String answer = cell == null ? "" : AROUND.matcher(ImportField.normalize(INVISIBLE.matcher(cell)
                .replaceAll(" "))).replaceAll("");
        if (answer.isEmpty()) {
            return BLANK;
        }
        // A sentence that says no is read first: "Je n'accepte pas d'être contacté" does not begin as a yes, but a
        // refusal must never be taken for a consent.
        if (NO.contains(answer) || NO_SENTENCES.stream().anyMatch(answer::startsWith)) {
            return REFUSED;
        }
        if (YES.contains(answer) || YES_SENTENCES.stream().anyMatch(answer::startsWith)) {
            return GIVEN;
        }
        return NOT_UNDERSTOOD;
    }

    /** Whether the answer says something to record: a consent or a refusal. */
    boolean isAnswer() {
        return this == GIVEN || this == REFUSED;
    }
}
