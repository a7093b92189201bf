package ca.tremplin.leadimport;

import ca.tremplin.inquiry.InquiryValidator;
import ca.tremplin.inquiry.InvalidInquiryException;
import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.Messages;
import ca.tremplin.kernel.SpreadsheetCells;
import ca.tremplin.person.ConsentPurpose;
import ca.tremplin.person.ConsentTexts;
import ca.tremplin.person.ContactDetails;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row read as a person. An import never drops a person it can identify: a row with a usable e-mail, or with a
 * name and a phone, is imported even when a secondary value (phone, country, duration) cannot be read — that value
 * is left out and said in {@code warnings}, column by column. Phones are read in the country of residence, else as
 * international numbers ({@link PhoneText}). Only a row that identifies nobody fails, with its reasons in
 * {@code problems}. A row of someone who ran the event (host, panelist, organiser, presenter) is {@code skipped},
 * with the reason — but a Teams "Presenter" is imported, with a warning, since Teams makes everyone in a meeting
 * a presenter by default. Also carried: whether the row is attendance (a waiting-room row is not), the minutes it counts
 * (several rows of one person add up to one registration's time), when the person registered if the list says it
 * ({@code registered}, null otherwise), and the consents the file proves — a consent column's value with its header
 * as the proof, recorded only for an explicit yes or no ({@link ConsentAnswer}). Texts are in the staff member's
 * language.
 */
public record ImportedPerson(long line, ContactDetails person, boolean attended, Integer minutes,
                             RegistrationTimeText.Written registered,
                             Map<ConsentPurpose, ConsentTexts.Shown> consents, Map<ConsentPurpose, Boolean> granted,
                             String skipped, String warnings, String problems) {

    private static final Set<String> YES = Set.of("yes", "oui", "true", "vrai", "1", "y", "o", "x", "checked in",
            "attended", "present", "presente");
    /**
     * What an attendance column says of a registration that was cancelled or refunded (Eventbrite's "Not
     * Attending", "Refunded", "Deleted"; their French spellings): the row is no registration.
     */
    private static final Set<String> CANCELLED = Set.of("not attending", "refunded", "cancelled", "canceled",
            "deleted", "annule", "annulee", "rembourse", "remboursee", "supprime", "supprimee", "n'assiste pas");
    /** Whether a list of this layout says who attended (every row of it is attendance unless it says otherwise). */
    static boolean isAttendanceReport(ImportFormat format) {
        return ATTENDANCE_REPORTS.contains(format);
    }

    private static final Set<ImportFormat> ATTENDANCE_REPORTS = Set.of(ImportFormat.TEAMS_ATTENDANCE,
            ImportFormat.ZOOM_PARTICIPANTS, ImportFormat.GOOGLE_MEET, ImportFormat.WEBEX);
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t]]");
    /** Between addresses written in one cell: a comma, a semicolon or blanks. */
    private static final Pattern SEVERAL_ADDRESSES = Pattern.compile("[,;\\s]+");
    /**
     * What Teams and Zoom add to the name of someone from outside the organisation ("Moussa Camara (Guest)",
     * "Dubois (External)", "Mansour (Invité)", "(Unverified)"): a mark of how they joined, no part of their name.
     */
    private static final Pattern OUTSIDER_MARK = Pattern.compile(
            "(?iu)\\s*[(\\[](guest|external|unverified|invit[ée]e?|externe|non v[ée]rifi[ée]e?)[)\\]]$");
    /** A name followed by another in brackets: "Awa Diop (iPhone de Awa)". */
    private static final Pattern RENAMED = Pattern.compile("(.*\\S)\\s*\\([^()]*\\)");
    private static final int NAME_MAX = 100;
    /**
     * A name the file lost letters of: Excel's "CSV" in Windows-1252 writes "?" for every letter that encoding lacks
     * (Arabic, Chinese, Cyrillic, Vietnamese: "Th? Hoa Nguy?n", "???? ????????"), and a decoder writes U+FFFD. A "?"
     * touching a letter or another "?", or standing alone as a word (a one-letter Chinese name), stood for a letter;
     * one between punctuation ("(?)") did not.
     */
    private static final Pattern LOST_LETTERS = Pattern.compile(
            "\\uFFFD|(?<=[\\p{L}\\p{M}?]|^|\\s)\\?|\\?(?=[\\p{L}\\p{M}?]|$|\\s)");

    /** True when the row registers a person: identified, and not someone who ran the event. */
    public boolean isValid() {
        return person != null && skipped == null;
    }

    public boolean isSkipped() {
        return skipped != null;
    }

    /** The person with the e-mail of the lead their name and phone identify, for a row that gave no e-mail. */
    ImportedPerson withEmailOf(String email) {
        ContactDetails known = new ContactDetails(person.firstName(), person.lastName(), email,
                ContactDetails.normalizeEmail(email), person.phoneE164(), person.countryOfResidence(),
                person.citizenship(), person.language());
        return new ImportedPerson(line, known, attended, minutes, registered, consents, granted, skipped, warnings,
                problems);
    }

    /** The row failed for a reason found beyond the row itself (another person higher in the list, say). */
    ImportedPerson failedWith(String problem) {
        return new ImportedPerson(line, null, false, null, null, Map.of(), Map.of(), null, null, problem);
    }

    /**
     * What every reason of a name the file lost letters of says, in that language, before the name itself: how the
     * report finds those rows again, whoever reads it.
     */
    static String lostLettersMark(Locale language) {
        String said = Messages.get(language, "import.warning.lostLetters", "\u0000");
        return said.substring(0, said.indexOf('\u0000'));
    }

    public boolean hasWarnings() {
        return warnings != null;
    }

    /** A row read on its own: its date with slashes day first unless only month first reads it. */
    public static ImportedPerson read(ImportTable.Row row, ColumnMapping mapping, ImportTable table,
                                      String fileName, Locale staffLanguage) {
        return read(row, mapping, table, RegistrationTimeText.SlashOrder.DAY_FIRST, fileName, staffLanguage);
    }

    /**
     * A row of a list whose dates with slashes are in the order {@code dates}, decided once for the whole list
     * ({@link RegistrationTimeText#orderIn}).
     */
    static ImportedPerson read(ImportTable.Row row, ColumnMapping mapping, ImportTable table,
                               RegistrationTimeText.SlashOrder dates, String fileName, Locale staffLanguage) {
        if (row.unreadable() != null) {
            // Its cells are the line split at each delimiter, quotes as typed: no value of it is read as the person's.
            return new ImportedPerson(row.line(), null, false, null, null, Map.of(), Map.of(), null, null,
                    row.unreadable().localizedMessage(staffLanguage));
        }
        return new Reading(row, mapping, table, dates, staffLanguage).person(fileName);
    }

    /** The reading of one row, gathering its warnings. */
    private static final class Reading {
        private final ImportTable.Row row;
        private final ColumnMapping mapping;
        private final ImportTable table;
        private final RegistrationTimeText.SlashOrder dates;
        private final Locale language;
        private final List<String> warnings = new ArrayList<>();
        /** The name columns whose value the file lost letters of, and those values: left out, said once. */
        private final List<String> lostNameHeaders = new ArrayList<>();
        private final List<String> lostNames = new ArrayList<>();

        Reading(ImportTable.Row row, ColumnMapping mapping, ImportTable table, RegistrationTimeText.SlashOrder dates,
                Locale language) {
            this.row = row;
            this.mapping = mapping;
            this.table = table;
            this.dates = dates;
            this.language = language;
        }

        ImportedPerson person(String fileName) {
            String emailText = value(ImportField.EMAIL);
            String email = email(emailText);
            // A list's other address column, when the chosen one gives none: a Microsoft Forms export's "Adresse de
            // messagerie" reads "anonymous" for a form anyone can answer, its "Courriel" question the address.
            for (String other : email == null ? otherCells(ImportField.EMAIL, emailText) : List.<String>of()) {
                email = usableEmail(other);
                if (email != null) {
                    break;
                }
            }
            String skipped = skipReason(email);
            if (skipped != null) {
                return new ImportedPerson(row.line(), null, false, null, null, Map.of(), Map.of(), skipped, null,
                        null);
            }
            String first = name(ImportField.FIRST_NAME);
            String last = name(ImportField.LAST_NAME);
            // The whole name's column only when it is needed: one it would not be read from cannot lose letters.
            String full = first == null || last == null ? name(ImportField.FULL_NAME) : null;
            if ((first == null || last == null) && full != null) {
                String[] parts = full.split("[\\s\\p{Z}]+", 2);
                first = first == null ? parts[0] : first;
                last = last == null ? (parts.length > 1 ? parts[1] : null) : last;
            }
            String country = country();
            String phone = phone(country);
            boolean named = first != null || last != null;
            String lostName = lostNames.isEmpty() ? null : Messages.get(language, "import.labelled",
                    String.join(", ", lostNameHeaders), Messages.get(language, "import.warning.lostLetters",
                            String.join(" ", lostNames)));
            if (email == null && !(named && phone != null)) {
                String problem = emailText == null ? Messages.get(language, "import.problem.noEmail")
                        : Messages.get(language, "import.problem.badEmail", emailText);
                String labelled = Messages.get(language, "import.labelled", header(ImportField.EMAIL), problem);
                // The name it would have been known by is why it identifies nobody: said, with how to get it back.
                return new ImportedPerson(row.line(), null, false, null, null, Map.of(), Map.of(), null, null,
                        lostName == null ? labelled : labelled + " ; " + lostName);
            }
            if (lostName != null) {
                // First, so that the report's reason (cut at 1000 characters) keeps it and its summary counts it.
                warnings.add(0, lostName);
            } else if (!named) {
                warn(ImportField.FULL_NAME, "import.warning.noName");
            }
            if (email == null && emailText != null) {
                warn(ImportField.EMAIL, "import.warning.email", emailText);
            }
            Integer minutes = minutes();
            boolean attended = attended(minutes);
            if (!attended) {
                minutes = null;
            }
            ContactDetails person = new ContactDetails(first == null ? "" : first, last == null ? "" : last, email,
                    InquiryValidator.normalizeEmail(email), phone, country, null, Languages.FRENCH);
            Map<ConsentPurpose, ConsentTexts.Shown> consents = new EnumMap<>(ConsentPurpose.class);
            Map<ConsentPurpose, Boolean> granted = new EnumMap<>(ConsentPurpose.class);
            proven(ImportField.CONSENT_CONTACT, ConsentPurpose.CONTACT, fileName, consents, granted);
            proven(ImportField.CONSENT_NEWS, ConsentPurpose.NEWS, fileName, consents, granted);
            RegistrationTimeText.Written registered = registered();
            return new ImportedPerson(row.line(), person, attended, minutes, registered, consents, granted, null,
                    warnings.isEmpty() ? null : String.join(" ; ", warnings), null);
        }

        /** Hosts and panelists named in the report's summary, or a role column saying who ran the event. */
        private String skipReason(String email) {
            String reason = email == null ? null : table.organisers().get(ReportLayout.emailKey(email));
            String role = value(ImportField.ROLE);
            if (reason == null && ReportLayout.isPresenterByDefault(role, table.format())) {
                // Teams makes every participant of a meeting a presenter unless its organiser says otherwise: such
                // a role says nothing of who ran the event. The person is imported, and staff told why.
                warn(ImportField.ROLE, "import.warning.presenterByDefault", role);
            } else if (reason == null) {
                reason = ReportLayout.skippedRole(role);
            }
            if (reason == null && CANCELLED.contains(ImportField.normalize(value(ImportField.ATTENDED)))) {
                return Messages.get(language, "import.skip.cancelled", value(ImportField.ATTENDED).strip());
            }
            return reason == null ? null : Messages.get(language, reason);
        }

        /**
         * The row's address: the cell's, or, when the cell holds several ("a@x.org, b@y.org", "a@x.org; b@y.org"),
         * the first usable one, the others being named in a warning; null when none is usable.
         */
        private String email(String typed) {
            String email = usableEmail(typed);
            if (email != null || typed == null) {
                return email;
            }
            List<String> parts = List.of(SEVERAL_ADDRESSES.split(typed.strip()));
            for (int i = 0; i < parts.size() && parts.size() > 1; i++) {
                email = usableEmail(parts.get(i));
                if (email != null) {
                    List<String> others = new ArrayList<>(parts);
                    others.remove(i);
                    warn(ImportField.EMAIL, "import.warning.otherEmails", String.join(", ", others));
                    return email;
                }
            }
            return null;
        }

        /** An address by the rules of information requests (length, one @, a dot in the domain), or null. */
        private static String usableEmail(String typed) {
            if (typed == null) {
                return null;
            }
            try {
                return InquiryValidator.validateContact("-", "-", typed, null, null, false, Languages.FRENCH).email();
            } catch (InvalidInquiryException unusable) {
                return null;
            }
        }

        /**
         * Zoom's "Name (Original Name)" column gives "Shown Name (Original Name)" for a participant who renamed
         * themselves: the name they chose to show is kept, the one they joined with (often a device's) left out.
         */
        private String withoutOriginalName(String full) {
            String header = ImportField.normalize(columnHeader(ImportField.FULL_NAME));
            if (full == null || !(header.contains("original name") || header.contains("nom d'origine")
                    || header.contains("nom original"))) {
                return full;
            }
            Matcher renamed = RENAMED.matcher(full);
            return renamed.matches() ? renamed.group(1).strip() : full;
        }

        /** The header of the field's column in the file, as written there ("" when not mapped). */
        private String columnHeader(ImportField field) {
            Optional<Integer> column = mapping.column(field);
            List<String> headers = table.headers();
            return column.isPresent() && column.get() < headers.size() ? headers.get(column.get()) : "";
        }

        private String name(ImportField field) {
            String typed = value(field);
            if (typed == null) {
                return null;
            }
            if (field == ImportField.FULL_NAME) {
                // Zoom's original name, which is left out, first: a device's name whose letters the file lost ("Wei
                // Li (??)") costs nothing of the name shown.
                typed = withoutOriginalName(typed.strip());
            }
            if (LOST_LETTERS.matcher(typed).find()) {
                lostNameHeaders.add(header(field));
                lostNames.add(typed);
                return null;
            }
            // A line break inside a cell ("Sow⏎Ba") separates words: it becomes a space, not nothing. Then as every
            // source's names are: composed (a Mac's export writes "é" in two pieces), no no-break space around.
            String name = ContactDetails.cleanText(CONTROL.matcher(typed).replaceAll(" ").replaceAll(" {2,}", " "));
            for (String unmarked = OUTSIDER_MARK.matcher(name).replaceFirst(""); !unmarked.equals(name);
                 unmarked = OUTSIDER_MARK.matcher(name).replaceFirst("")) {
                name = unmarked; // "(Guest) (Unverified)": every mark, the last first
            }
            if (name.codePointCount(0, name.length()) > NAME_MAX) {
                warn(field, "import.warning.tooLong", NAME_MAX);
                return name.substring(0, name.offsetByCodePoints(0, NAME_MAX)).strip();
            }
            return name.isEmpty() ? null : name;
        }

        private String country() {
            String typed = value(ImportField.COUNTRY);
            if (typed == null) {
                return null;
            }
            Optional<String> code = CountryNames.code(typed);
            if (code.isEmpty()) {
                warn(ImportField.COUNTRY, "import.warning.country", typed);
            }
            return code.orElse(null);
        }

        private String phone(String country) {
            String typed = value(ImportField.PHONE);
            // The chosen column first, then the list's other phone columns (Eventbrite's home, cell and work
            // phones): a cell left empty or holding "n/a" does not lose the number another column gives.
            List<String> candidates = new ArrayList<>();
            if (typed != null) {
                candidates.add(typed);
            }
            candidates.addAll(otherCells(ImportField.PHONE, typed));
            for (String candidate : candidates) {
                Optional<String> e164 = PhoneText.e164(candidate, country);
                if (e164.isPresent()) {
                    return e164.get();
                }
                Optional<String[]> split = PhoneText.numberAndExtension(candidate);
                Optional<String> number = split.flatMap(parts -> PhoneText.e164(parts[0], country));
                if (number.isPresent()) {
                    warn(ImportField.PHONE, "import.warning.phoneExtension", split.get()[1]);
                    return number.get();
                }
            }
            if (!candidates.isEmpty()) {
                warn(ImportField.PHONE, "import.warning.phone", candidates.get(0));
            }
            return null;
        }

        private Integer minutes() {
            String typed = value(ImportField.DURATION);
            if (DurationText.isNone(typed)) {
                return null;
            }
            Optional<Integer> minutes = DurationText.minutes(typed);
            if (minutes.isEmpty()) {
                warn(ImportField.DURATION, "import.warning.duration", typed);
            }
            return minutes.orElse(null);
        }

        /** When the list says the person registered; null when it says nothing, or what it says cannot be read. */
        private RegistrationTimeText.Written registered() {
            String typed = value(ImportField.REGISTERED_AT);
            if (RegistrationTimeText.isNone(typed)) {
                return null;
            }
            Optional<RegistrationTimeText.Written> read = RegistrationTimeText.read(typed, dates);
            if (read.isEmpty()) {
                warn(ImportField.REGISTERED_AT, RegistrationTimeText.undecided(typed, dates)
                        ? "import.warning.registeredAtOrder" : "import.warning.registeredAt", typed);
            }
            return read.orElse(null);
        }

        /**
         * Whether the row is attendance: what an "Attended" column says; else every row of an attendance report, or
         * a row with time spent. Time in a Zoom meeting's waiting room is not attendance.
         */
        private boolean attended(Integer minutes) {
            if (YES.contains(ImportField.normalize(value(ImportField.WAITING_ROOM)))) {
                return false;
            }
            if (mapping.column(ImportField.ATTENDED).isPresent()) {
                return YES.contains(ImportField.normalize(value(ImportField.ATTENDED)));
            }
            return ATTENDANCE_REPORTS.contains(table.format()) || (minutes != null && minutes > 0);
        }

        /**
         * The consent or the refusal the column proves, with its header and answer as the proof; nothing for a blank
         * cell or an answer that is neither yes nor no, which a warning names so that nothing is dropped unsaid.
         */
        private void proven(ImportField field, ConsentPurpose purpose, String fileName,
                            Map<ConsentPurpose, ConsentTexts.Shown> consents, Map<ConsentPurpose, Boolean> granted) {
            String answer = value(field);
            ConsentAnswer said = ConsentAnswer.of(answer);
            if (said == ConsentAnswer.NOT_UNDERSTOOD) {
                warn(field, "import.warning.consentNotUnderstood", answer);
            }
            if (!said.isAnswer()) {
                return;
            }
            int column = mapping.column(field).orElseThrow();
            String header = column < table.headers().size() ? table.headers().get(column) : field.name();
            consents.put(purpose, new ConsentTexts.Shown("import", "« " + header + " » = « " + answer
                    + " » (" + fileName + ", ligne " + row.line() + ")"));
            granted.put(purpose, said == ConsentAnswer.GIVEN);
        }

        private void warn(ImportField field, String key, Object... arguments) {
            // "Courriel : …" in French, "Email: …" in English.
            warnings.add(Messages.get(language, "import.labelled", header(field), Messages.get(language, key, arguments)));
        }

        /**
         * The field in the staff member's language, with the column's header in the file when it says otherwise:
         * "Téléphone (Cellulaire)".
         */
        private String header(ImportField field) {
            String name = Messages.get(language, "import.field." + field.name());
            String header = columnHeader(field);
            return header.isBlank() || ImportField.normalize(header).equals(ImportField.normalize(name)) ? name
                    : name + " (" + header.strip() + ")";
        }

        /**
         * What the list's other columns named for the field hold in this row (an Eventbrite attendee who filled
         * "Work Phone" and not "Cell Phone", a HubSpot contact with a "Mobile Phone Number" only), in their order;
         * none when no column was chosen for the field on the mapping screen.
         */
        private List<String> otherCells(ImportField field, String chosen) {
            List<String> others = new ArrayList<>();
            Optional<Integer> mapped = mapping.column(field);
            if (mapped.isEmpty()) {
                return others;
            }
            List<String> headers = table.headers();
            for (int column = 0; column < headers.size(); column++) {
                if (column != mapped.get() && field.isNamedBy(headers.get(column))) {
                    String cell = row.cell(column);
                    cell = cell == null ? null : SpreadsheetCells.restored(cell);
                    if (cell != null && !cell.isBlank() && !cell.strip().equals(chosen)) {
                        others.add(cell.strip());
                    }
                }
            }
            return others;
        }

        /** The cell, stripped, without the quote a download put before a formula-like value; null when blank. */
        private String value(ImportField field) {
            String cell = mapping.column(field).map(row::cell).map(SpreadsheetCells::restored).orElse(null);
            return cell == null || cell.isBlank() ? null : cell.strip();
        }
    }
}
