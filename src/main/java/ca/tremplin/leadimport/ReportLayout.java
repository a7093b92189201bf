package ca.tremplin.leadimport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the lines above and around a list's table say: which vendor's export it is, where the table starts when a
 * section title announces it, and who ran the event — the hosts and panelists a Zoom webinar report lists in their
 * own sections, the host a Zoom meeting export names in its meeting block — so that their rows in the attendee table
 * are skipped rather than imported as leads. Layouts as each vendor writes them: see the samples under
 * {@code src/test/resources/imports/}.
 */
final class ReportLayout {

    /** Section titles right above a table of people: the table is the next line with headers. */
    // The French titles are the English ones' translations, not read off a vendor's sample.
    private static final Set<String> TABLE_TITLES = Set.of("attendee details", "registrant details",
            "2. participants", "participants", "details du participant", "details des participants",
            "details de l'inscrit", "details des inscrits");
    private static final Map<String, String> SECTION_ROLES = Map.of("host details", "import.skip.host",
            "panelist details", "import.skip.panelist", "details de l'hote", "import.skip.host",
            "details du paneliste", "import.skip.panelist", "details des panelistes", "import.skip.panelist");

    /**
     * The title of a Zoom webinar report's last section, "Other Attended": people who attended without having
     * registered (a link passed on, a practice session), listed after the attendees under shorter headers of their
     * own. The French title is a translation, not read off a vendor's sample.
     */
    private static final Set<String> MORE_ATTENDEES_TITLES = Set.of("other attended", "autres participants",
            "autres presents");

    /** The first header of a Zoom meeting export's block, which names its host ("User Email"). */
    private static final Set<String> MEETING_ID = Set.of("meeting id", "id de reunion", "id de la reunion",
            "identifiant de reunion");

    private ReportLayout() {
    }

    /** A row whose one filled cell is the title "Other Attended" ({@link #MORE_ATTENDEES_TITLES}). */
    static boolean isMoreAttendeesTitle(List<String> cells) {
        if (cells.isEmpty() || !MORE_ATTENDEES_TITLES.contains(title(cells.get(0)))) {
            return false;
        }
        return cells.stream().skip(1).allMatch(String::isBlank);
    }

    static boolean isTableTitle(String line) {
        return TABLE_TITLES.contains(title(line));
    }

    /** "Host Details", "Attendee Details", "2. Participants" read without quotes and trailing delimiters. */
    private static String title(String line) {
        return ImportField.normalize(line.replace("\"", "")).replaceAll("[,;\\t]+$", "");
    }

    /**
     * The vendor whose export this is, from the lines above the table ({@code head}) and its headers, in English and
     * in French (the vendors write their exports in the language of the account that made them). The English names
     * are read off the vendors' samples; the French ones are their interfaces' French words as written in the samples
     * under {@code src/test/resources/imports/*-fr.csv}, which were made by hand, not downloaded from a vendor.
     */
    static ImportFormat recognise(String head, List<String> headers) {
        List<String> names = headers.stream().map(ImportField::normalize).toList();
        String above = ImportField.normalize(head);
        if (head.contains("Attendee Details") || above.contains("details du participant")
                || above.contains("details des participants")) {
            return ImportFormat.ZOOM_ATTENDEES;
        }
        if (head.contains("Registrant Details") || head.startsWith("Registration Report")
                || above.contains("details de l'inscrit") || above.contains("details des inscrits")) {
            return ImportFormat.ZOOM_REGISTRANTS;
        }
        boolean originalName = names.contains("name (original name)") || names.contains("nom (nom d'origine)")
                || names.contains("nom (nom original)");
        if (originalName && (names.contains("guest") || names.contains("in waiting room") || names.contains("invite")
                || names.contains("dans la salle d'attente"))) {
            return ImportFormat.ZOOM_PARTICIPANTS;
        }
        if (names.contains("participant id (upn)") || names.contains("in-meeting duration")
                || names.contains("first join") || (names.contains("full name") && names.contains("user action"))
                || names.contains("id du participant (upn)") || names.contains("premiere participation")) {
            return ImportFormat.TEAMS_ATTENDANCE;
        }
        if (names.contains("time joined") && names.contains("time exited")) {
            return ImportFormat.GOOGLE_MEET;
        }
        if (names.contains("participant type") && (names.contains("joined time") || names.contains("meeting number"))) {
            return ImportFormat.WEBEX;
        }
        if ((names.contains("order #") || names.contains("order id")) && names.contains("ticket type")) {
            return ImportFormat.EVENTBRITE;
        }
        return ImportFormat.CSV;
    }

    /**
     * The people who ran the event, by normalised e-mail, with the reason their rows are skipped: a Zoom webinar's
     * "Host Details" and "Panelist Details" sections, and the "User Email" of a Zoom meeting's block (its host).
     */
    static Map<String, String> organisers(List<String> lines, char delimiter) {
        Map<String, String> organisers = new HashMap<>();
        String role = null;
        int emailColumn = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String sectionRole = SECTION_ROLES.get(title(line));
            if (sectionRole != null || line.isBlank() || isTableTitle(line)) {
                role = sectionRole;
                emailColumn = -1;
                continue;
            }
            List<String> cells = ImportTable.cells(line, delimiter);
            if (role != null && emailColumn < 0) {
                emailColumn = indexOf(cells, ImportField.EMAIL);
            } else if (role != null && emailColumn < cells.size()) {
                organisers.put(emailKey(cells.get(emailColumn)), role);
            } else if (role == null && cells.stream().map(ImportField::normalize).anyMatch(MEETING_ID::contains)) {
                int hostColumn = indexOf(cells, ImportField.EMAIL);
                if (hostColumn >= 0 && i + 1 < lines.size()) {
                    List<String> meeting = ImportTable.cells(lines.get(i + 1), delimiter);
                    if (hostColumn < meeting.size()) {
                        organisers.put(emailKey(meeting.get(hostColumn)), "import.skip.host");
                    }
                }
            }
        }
        organisers.remove("");
        return organisers;
    }

    /**
     * The reason a row whose role column says this is skipped ("Organizer", "Presenter", "Host", "Cohost",
     * "Panelist", and their French names), or null for an attendee.
     */
    static String skippedRole(String role) {
        if (role == null) {
            return null;
        }
        String name = ImportField.normalize(role).replaceAll("[^a-z]", "");
        return switch (name) {
            case "organizer", "organiser", "organisateur", "organisatrice", "coorganizer", "coorganisateur",
                 "coorganisatrice" -> "import.skip.organizer";
            case "presenter", "presentateur", "presentatrice" -> "import.skip.presenter";
            case "host", "cohost", "hote", "cohote", "alternatehost" -> "import.skip.host";
            case "panelist", "panelliste", "paneliste" -> "import.skip.panelist";
            default -> null;
        };
    }

    /**
     * A Teams "Presenter" ("Présentateur"): the role Teams gives by default to everyone in a meeting, so the
     * attendees themselves. Elsewhere (Webex) a presenter is someone who ran the event.
     */
    static boolean isPresenterByDefault(String role, ImportFormat format) {
        return format == ImportFormat.TEAMS_ATTENDANCE && "import.skip.presenter".equals(skippedRole(role));
    }

    /** An organiser's address as a person's key, so that it is told apart from the attendees however it is spelled. */
    static String emailKey(String email) {
        return email == null || email.isBlank() ? "" : ca.tremplin.person.ContactDetails.normalizeEmail(email);
    }

    private static int indexOf(List<String> cells, ImportField field) {
        for (int i = 0; i < cells.size(); i++) {
            if (field.isNamedBy(cells.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
