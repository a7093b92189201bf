package ca.tremplin.leadimport;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a column of an imported file can hold, with the header names it goes by in the known exports, in French and
 * in English. Headers are compared without accents, case or surrounding blanks ("Prénom" is "prenom").
 */
public enum ImportField {
    FIRST_NAME("first name", "firstname", "prenom", "given name", "attendee first name", "prenom du participant"),
    LAST_NAME("last name", "lastname", "nom de famille", "surname", "family name", "attendee last name",
            "nom du participant"),
    /**
     * One column with the whole name (Teams, Zoom meetings, Webex): split at the first space when there is no
     * first/last name. "Nom" beside a "Prénom" column is the last name instead (see {@link ColumnMapping#guess}).
     */
    FULL_NAME("name", "full name", "name (original name)", "user name (original name)", "nom", "nom complet",
            "participant", "participant name", "attendee name", "display name", "nom (nom d'origine)",
            "nom d'utilisateur (nom d'origine)", "nom (nom original)"),
    EMAIL("email", "e-mail", "email address", "e-mail address", "courriel", "adresse courriel",
            "adresse de courriel", "adresse electronique", "adresse e-mail", "mail", "user email", "attendee email",
            "participant email", "courriel du participant", "e-mail de l'utilisateur", "e-mail du participant",
            // Microsoft Forms in French, and the address people type in a form's own question.
            "adresse de messagerie", "adresse courriel du repondant", "votre courriel", "votre adresse courriel",
            "courriel personnel", "your email", "your email address"),
    PHONE("phone", "cell phone", "mobile phone", "telephone", "home phone", "work phone", "mobile", "phone number",
            "attendee cell phone", "attendee phone", "cellulaire", "tel", "tel.", "numero de telephone",
            "telephone mobile", "telephone portable", "portable", "mobile number", "numero de cellulaire",
            // HubSpot's contact export: "Phone Number" first, its "Mobile Phone Number" when that one is empty.
            "mobile phone number", "numero de cellulaire ou de telephone", "numero de telephone cellulaire",
            "telephone cellulaire",
            "cell phone number", "cellphone"),
    COUNTRY("country/region name", "country", "country/region", "pays", "home country", "country of residence",
            "pays de residence", "attendee country", "pays/region", "pays/region de residence"),
    /**
     * "Yes"/"No" (Zoom), or an Eventbrite export's "Attendee Status" ("Checked In", "Attending", "Not Attending"):
     * whether the person came; a cancelled order is no registration ({@code ImportedPerson}).
     */
    ATTENDED("attended", "present", "presence", "attendance", "attendee status", "checked in", "check-in",
            "statut du participant", "statut de presence"),
    /** Time spent in the event: minutes, "1h 4m 29s", "1:04:29", "52,5". Rows of one person add up. */
    DURATION("duration (minutes)", "time in session (minutes)", "in-meeting duration", "duration",
            "total duration (minutes)", "attendance duration", "time attended", "duree", "duree (min)",
            "duree (minutes)", "duree de la session (minutes)", "duree dans la reunion", "duree en reunion",
            "duree de la reunion", "duree de presence", "temps de presence"),
    /**
     * Host, panelist, organiser...: such rows are skipped, they are not attendees. A Teams "Presenter" is imported
     * (Teams makes everyone in a meeting a presenter unless told otherwise), with a warning.
     */
    ROLE("role", "participant type", "user role", "type de participant"),
    /** "Yes" (Zoom meetings): the row is time spent in the waiting room, not attendance. */
    WAITING_ROOM("in waiting room", "waiting room", "salle d'attente", "dans la salle d'attente"),
    CONSENT_CONTACT("consent to contact", "consentement contact"),
    CONSENT_NEWS("consent to news", "newsletter", "consentement nouvelles"),
    /**
     * When the person registered (Zoom's "Registration Time", Eventbrite's "Order Date"): their registration is dated
     * so, where it would otherwise be dated by the event ({@link RegistrationTimeText}).
     */
    REGISTERED_AT("registration time", "registration date", "registration date/time", "date of registration",
            "order date", "date d'inscription", "heure d'inscription", "date et heure d'inscription",
            "date de l'inscription", "date de commande");

    /**
     * The two columns the failed-rows download adds ({@link FailedRowsFile}): never guessed as a field, so that a
     * corrected download imports as is.
     */
    static final Set<String> ADDED_BY_FAILED_ROWS = Set.of("ligne", "raison", "line", "reason");

    private final List<String> headers;

    ImportField(String... headers) {
        this.headers = List.of(headers);
    }

    /** True when a header names this field ("E-mail", "Courriel", "Email Address", a form's "Courriel :"...). */
    public boolean isNamedBy(String header) {
        return headers.contains(headerName(header));
    }

    /**
     * A header as the known names are written: normalised, without what a form adds to its question's title (the
     * "*" of a required answer, a closing ":" or "?"), so that a form's "Courriel *" is its "Courriel".
     */
    static String headerName(String header) {
        return QUALIFIER.matcher(normalize(header).replaceAll("[\\s:*?]+$", "")).replaceAll("")
                .replaceAll("[\\s:*?]+$", "");
    }

    /**
     * What a form or a spreadsheet adds to a column's name without changing what it holds: "Courriel (obligatoire)",
     * "Email (required)", "Prénom(s)".
     */
    private static final java.util.regex.Pattern QUALIFIER = java.util.regex.Pattern.compile(
            "\\s*\\((s|obligatoire|requis|facultatif|optionnel|required|optional)\\)$");

    /**
     * The phone columns that hold a mobile: an Eventbrite export has "Home Phone", "Cell Phone" and "Work Phone", and
     * the number people give, the one a recruiter calls or writes to on WhatsApp, is the cell phone.
     */
    static final Set<String> MOBILE_PHONES = Set.of("cell phone", "mobile phone", "mobile", "attendee cell phone",
            "cellulaire", "telephone mobile", "telephone portable", "portable", "mobile number",
            "numero de cellulaire", "telephone cellulaire");

    /** Runs of blanks, no-break and narrow no-break spaces included. */
    private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("[\\s\\p{Z}]+");

    static String normalize(String header) {
        // No-break spaces count as spaces: French typography writes one before a colon ("Courriel :"), and
        // spreadsheets and forms keep them.
        String text = header == null ? "" : BLANKS.matcher(header.replace("\uFEFF", "")).replaceAll(" ").strip();
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
    }
}
