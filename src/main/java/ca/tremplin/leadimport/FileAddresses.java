package ca.tremplin.leadimport;

import ca.tremplin.kernel.Messages;
import ca.tremplin.person.ContactDetails;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

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

    /**
     * Kept for every address of the file, which may have a million rows: so in arrays rather than objects, about 70
     * bytes an address — the address as a 64-bit hash (two addresses of one list sharing one is a chance of about one
     * in 10^7 at a million), the line it was first seen on, and the person's name as they gave it.
     */
    private long[] keys = new long[1 << 10];
    private long[] lines = new long[1 << 10];
    private int[] names = new int[1 << 10];
    private byte[] text = new byte[1 << 14];
    private int textLength;
    private int size;
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
        long key = hash(person.emailNormalized());
        int slot = slotOf(key);
        if (keys[slot] == 0) {
            keys[slot] = key;
            lines[slot] = read.line();
            names[slot] = store(person.firstName(), person.lastName());
            if (++size * 2 > keys.length) {
                grow();
            }
            return read;
        }
        String[] first = name(names[slot]);
        if (lines[slot] == read.line()) {
            return read;
        }
        if (samePerson(first[0], first[1], person)) {
            // The most complete name seen stands for the person: "Awa", then "Awa Diop", then "Awa Ndiaye" is two.
            if (comparable(first[0]).isEmpty() && !comparable(person.firstName()).isEmpty()
                    || comparable(first[1]).isEmpty() && !comparable(person.lastName()).isEmpty()) {
                names[slot] = store(comparable(first[0]).isEmpty() ? person.firstName() : first[0],
                        comparable(first[1]).isEmpty() ? person.lastName() : first[1]);
            }
            return read;
        }
        return read.failedWith(Messages.get(language, "import.problem.sharedAddress", lines[slot],
                ((first[0] + " " + first[1]).strip())));
    }

    private int slotOf(long key) {
        int mask = keys.length - 1;
        int slot = (int) (key ^ (key >>> 32)) & mask;
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldLines = lines;
        int[] oldNames = names;
        keys = new long[oldKeys.length * 2];
        lines = new long[oldKeys.length * 2];
        names = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = slotOf(oldKeys[i]);
                keys[slot] = oldKeys[i];
                lines[slot] = oldLines[i];
                names[slot] = oldNames[i];
            }
        }
    }

    /** FNV-1a over the address's characters, never 0 (a free slot). */
    private static long hash(String address) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < address.length(); i++) {
            hash ^= address.charAt(i);
            hash *= 0x100000001b3L;
        }
        hash ^= hash >>> 29;
        return hash == 0 ? 1 : hash;
    }

    /** The name, as UTF-8 after its length, at the end of the names' bytes; where it starts. */
    private int store(String firstName, String lastName) {
        byte[] bytes = ((firstName == null ? "" : firstName) + "\u0000" + (lastName == null ? "" : lastName))
                .getBytes(StandardCharsets.UTF_8);
        if (textLength + 4 + bytes.length > text.length) {
            text = java.util.Arrays.copyOf(text, Math.max(text.length * 2, textLength + 4 + bytes.length));
        }
        int at = textLength;
        text[at] = (byte) (bytes.length >>> 24);
        text[at + 1] = (byte) (bytes.length >>> 16);
        text[at + 2] = (byte) (bytes.length >>> 8);
        text[at + 3] = (byte) bytes.length;
        System.arraycopy(bytes, 0, text, at + 4, bytes.length);
        textLength += 4 + bytes.length;
        return at;
    }

    private String[] name(int at) {
        int length = (text[at] & 0xff) << 24 | (text[at + 1] & 0xff) << 16 | (text[at + 2] & 0xff) << 8
                | (text[at + 3] & 0xff);
        String both = new String(text, at + 4, length, StandardCharsets.UTF_8);
        int cut = both.indexOf('\u0000');
        return new String[] {both.substring(0, cut), both.substring(cut + 1)};
    }

    private static boolean samePerson(String firstGiven, String lastGiven, ContactDetails person) {
        String firstName = comparable(firstGiven);
        String lastName = comparable(lastGiven);
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
