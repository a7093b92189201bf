package ca.tremplin.leadimport;

import ca.tremplin.kernel.Messages;
import ca.tremplin.person.ContactDetails;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The first person of each e-mail address in a list, read row after row: a later row with the same address is the
 * same person (their rows make one registration) unless it names another one. Two leads of a centre never share an
 * address, so a family's or an order's second person under the first one's address would vanish into the first's
 * registration: that row fails instead, with why and who holds the address, and comes back in the failed-rows
 * download to be given an address of its own.
 *
 * <p>Names compare as people mean them: whatever their case, accents, spaces or hyphens; a name missing on either
 * row is no difference ("Awa" then "Awa Diop" is one person). The reports of meeting tools (Teams, Zoom meetings,
 * Google Meet, Webex) are not checked: their address is the account someone joined with, their name whatever that
 * device showed, so one person's rows may carry several names.
 */
final class FileAddresses {

    private record First(long line, String firstName, String lastName) {

        String shown() {
            return (firstName + " " + lastName).strip();
        }
    }

    private final Map<String, First> firsts = new HashMap<>();
    private final boolean meetingReport;

    FileAddresses(ImportFormat format) {
        this.meetingReport = ImportedPerson.isAttendanceReport(format);
    }

    /** The row as the import takes it: failed, when its address is that of another person higher in the list. */
    ImportedPerson checked(ImportedPerson read, Locale language) {
        if (meetingReport || !read.isValid() || read.person().emailNormalized() == null) {
            return read;
        }
        ContactDetails person = read.person();
        First first = firsts.putIfAbsent(person.emailNormalized(), new First(read.line(), person.firstName(),
                person.lastName()));
        if (first == null || first.line() == read.line() || samePerson(first, person)) {
            return read;
        }
        return read.failedWith(Messages.get(language, "import.problem.sharedAddress", first.line(), first.shown()));
    }

    private static boolean samePerson(First first, ContactDetails person) {
        String firstName = comparable(first.firstName());
        String lastName = comparable(first.lastName());
        String otherFirstName = comparable(person.firstName());
        String otherLastName = comparable(person.lastName());
        if (!firstName.isEmpty() && !lastName.isEmpty() && !otherFirstName.isEmpty() && !otherLastName.isEmpty()) {
            // Whole names: "Awa Fatou" "Diop" is "Awa" "Fatou Diop", the list having split one name elsewhere.
            return (firstName + " " + lastName).equals(otherFirstName + " " + otherLastName);
        }
        return same(firstName, otherFirstName) && same(lastName, otherLastName);
    }

    /** A name missing on one side is no difference. */
    private static boolean same(String name, String other) {
        return name.isEmpty() || other.isEmpty() || name.equals(other);
    }

    private static String comparable(String name) {
        String text = name == null ? "" : name;
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replace('’', '\'').replaceAll("[\\s\\-‐‑]+", " ").strip();
    }
}
