package ca.tremplin.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A published program as the catalogue index holds it: its card, the text it is found by, and the start
 * dates of its open intakes. What depends on the day — the next start, "has an open intake", the intake
 * months — is worked out from those dates when a search runs, so the index never goes stale at midnight.
 *
 * @param card             the card, without its next start (see {@link #cardFrom})
 * @param tenantId         the school service centre that gives it
 * @param titleText        code and titles in both languages, normalised ({@link SearchText})
 * @param searchText       everything the program is found by, normalised ({@code program.search_text})
 * @param sortTitle        the French title then the school service centre's name, normalised: the catalogue's
 *                         alphabetical order, like the database's accent- and case-insensitive collation
 * @param sortTitleEn      the same from the English title and name: the order an English page lists them in
 * @param openIntakeStarts start dates of the open intakes, ascending
 */
public record IndexedProgram(ProgramCard card, long tenantId, String titleText, String searchText, String sortTitle,
                             String sortTitleEn, LocalDate[] openIntakeStarts) {

    /** The alphabetical key in the reader's language. */
    public String sortTitle(boolean english) {
        return english ? sortTitleEn : sortTitle;
    }

    public long id() {
        return card.id();
    }

    /** The first open intake starting on or after {@code day}, or {@code null}. */
    public LocalDate nextStartFrom(LocalDate day) {
        int at = Arrays.binarySearch(openIntakeStarts, day);
        int first = at >= 0 ? firstEqual(at) : -at - 1;
        return first < openIntakeStarts.length ? openIntakeStarts[first] : null;
    }

    private int firstEqual(int at) {
        int first = at;
        while (first > 0 && openIntakeStarts[first - 1].equals(openIntakeStarts[at])) {
            first--;
        }
        return first;
    }

    /** Whether an open intake starts on or after {@code from} and before {@code before}. */
    public boolean hasOpenIntakeBetween(LocalDate from, LocalDate before) {
        LocalDate next = nextStartFrom(from);
        return next != null && next.isBefore(before);
    }

    public TuitionRange tuitionRange() {
        BigDecimal tuition = card.tuitionCad();
        if (tuition == null) {
            return null;
        }
        for (TuitionRange range : TuitionRange.values()) {
            if (range.includes(tuition)) {
                return range;
            }
        }
        return null;
    }

    /** The card as shown on a given day: with the next open intake from that day on. */
    public ProgramCard cardFrom(LocalDate today) {
        ProgramCard c = card;
        return new ProgramCard(c.id(), c.tenantSlug(), c.tenantNameFr(), c.tenantNameEn(), c.region(), c.type(),
                c.code(), c.titleFr(), c.titleEn(), c.slugFr(), c.slugEn(), c.sectorCode(), c.durationHours(),
                c.durationMonths(), c.instructionLanguage(), c.tuitionCad(), c.tuitionBasis(), nextStartFrom(today));
    }
}
