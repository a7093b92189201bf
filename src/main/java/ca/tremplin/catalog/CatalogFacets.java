package ca.tremplin.catalog;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Facet selections, facet counts, order and page of a catalogue search, in one pass over the programs that
 * the typed text found (or over all of them when nothing was typed).
 *
 * <p>Each facet's counts apply every selection but the facet's own, so that a visitor sees how many programs
 * each choice would give: a program that fails exactly one selection still counts in that one facet; a
 * program that passes them all counts everywhere and is a result.
 */
final class CatalogFacets {

    private enum Facet { SECTOR, REGION, TYPE, LANGUAGE, INTAKE_MONTH, TUITION, OPEN_INTAKE }

    /** Alphabetical by title in the reader's language, then by id. */
    private final Comparator<Hit> alphabetical;

    private final CatalogQuery query;
    private final LocalDate today;
    private final LocalDate intakeMonthsEnd;
    private final LocalDate selectedMonthFrom;
    private final LocalDate selectedMonthBefore;

    private final Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
    private long withOpenIntake;
    private final List<Hit> results = new ArrayList<>();

    private record Hit(IndexedProgram program, float score, LocalDate nextStart) {
    }

    private CatalogFacets(CatalogQuery query, LocalDate today, boolean english) {
        this.alphabetical = Comparator.comparing((Hit hit) -> hit.program.sortTitle(english))
                .thenComparingLong(hit -> hit.program.id());
        this.query = query;
        this.today = today;
        this.intakeMonthsEnd = today.withDayOfMonth(1).plusMonths(12);
        if (query.intakeMonth() != null) {
            LocalDate monthStart = query.intakeMonth().atDay(1);
            this.selectedMonthFrom = monthStart.isBefore(today) ? today : monthStart;
            this.selectedMonthBefore = monthStart.plusMonths(1);
        } else {
            this.selectedMonthFrom = null;
            this.selectedMonthBefore = null;
        }
        for (Facet facet : Facet.values()) {
            // Tuition brackets in the order of their amounts (under 10,000 first), not of their names.
            counts.put(facet, facet == Facet.TUITION
                    ? new TreeMap<>(Comparator.comparing((String code) -> TuitionRange.valueOf(code).ordinal()))
                    : new TreeMap<>());
        }
    }

    /**
     * @param found  the programs the text matched, or every indexed program when no text was typed
     * @param scores relevance of each found program, or {@code null} when no text was typed
     */
    static CatalogPage search(Iterable<IndexedProgram> found, Map<Long, Float> scores, CatalogQuery query,
                              LocalDate today) {
        return search(found, scores, query, today, false);
    }

    /** The same, listed alphabetically by the English titles when {@code english}. */
    static CatalogPage search(Iterable<IndexedProgram> found, Map<Long, Float> scores, CatalogQuery query,
                              LocalDate today, boolean english) {
        CatalogFacets search = new CatalogFacets(query, today, english);
        for (IndexedProgram program : found) {
            search.consider(program, scores == null ? 0f : scores.getOrDefault(program.id(), 0f));
        }
        return search.page(scores != null);
    }

    private void consider(IndexedProgram program, float score) {
        ProgramCard card = program.card();
        LocalDate nextStart = program.nextStartFrom(today);
        Facet failed = null;
        int failures = 0;
        for (Facet facet : Facet.values()) {
            if (!passes(facet, program, card, nextStart)) {
                failed = facet;
                if (++failures > 1) {
                    return;
                }
            }
        }
        if (failures == 1) {
            count(failed, program, card, nextStart);
            return;
        }
        for (Facet facet : Facet.values()) {
            count(facet, program, card, nextStart);
        }
        results.add(new Hit(program, score, nextStart));
    }

    private boolean passes(Facet facet, IndexedProgram program, ProgramCard card, LocalDate nextStart) {
        return switch (facet) {
            case SECTOR -> query.sectors().isEmpty() || query.sectors().contains(card.sectorCode());
            case REGION -> query.regions().isEmpty() || query.regions().contains(card.region());
            case TYPE -> query.types().isEmpty() || query.types().contains(card.type());
            case LANGUAGE -> query.language() == null || query.language().equals(card.instructionLanguage());
            case INTAKE_MONTH -> selectedMonthFrom == null
                    || program.hasOpenIntakeBetween(selectedMonthFrom, selectedMonthBefore);
            case TUITION -> query.tuition() == null || query.tuition() == program.tuitionRange();
            case OPEN_INTAKE -> !query.openIntakeOnly() || nextStart != null;
        };
    }

    private void count(Facet facet, IndexedProgram program, ProgramCard card, LocalDate nextStart) {
        switch (facet) {
            case SECTOR -> increment(facet, card.sectorCode());
            case REGION -> increment(facet, card.region().name());
            case TYPE -> increment(facet, card.type().name());
            case LANGUAGE -> increment(facet, card.instructionLanguage());
            case INTAKE_MONTH -> countIntakeMonths(program);
            case TUITION -> {
                TuitionRange range = program.tuitionRange();
                if (range != null) {
                    increment(facet, range.name());
                }
            }
            case OPEN_INTAKE -> {
                if (nextStart != null) {
                    withOpenIntake++;
                }
            }
        }
    }

    /** A program counts once in each of the next twelve months in which one of its open intakes starts. */
    private void countIntakeMonths(IndexedProgram program) {
        YearMonth counted = null;
        for (LocalDate start : program.openIntakeStarts()) {
            if (start.isBefore(today)) {
                continue;
            }
            if (!start.isBefore(intakeMonthsEnd)) {
                break;
            }
            YearMonth month = YearMonth.from(start);
            if (!month.equals(counted)) {
                increment(Facet.INTAKE_MONTH, month.toString());
                counted = month;
            }
        }
    }

    private void increment(Facet facet, String value) {
        if (value != null) {
            counts.get(facet).merge(value, 1L, Long::sum);
        }
    }

    private CatalogPage page(boolean textTyped) {
        keepSelectionsInSight();
        results.sort(order(textTyped));
        int from = Math.min(query.offset(), results.size());
        int to = Math.min(from + CatalogQuery.PAGE_SIZE, results.size());
        List<ProgramCard> cards = results.subList(from, to).stream()
                .map(hit -> hit.program.cardFrom(today)).toList();
        return new CatalogPage(cards, results.size(), query.page(),
                counted(Facet.SECTOR), counted(Facet.REGION), counted(Facet.TYPE), counted(Facet.LANGUAGE),
                counted(Facet.INTAKE_MONTH), counted(Facet.TUITION), withOpenIntake);
    }

    /**
     * Every choice the visitor made stays among its facet's options, with no program if none is left: a region ticked
     * before new words were typed, a month of an old link now past. Left out, it would narrow the results unseen, with
     * nothing to untick but "clear every filter", which drops the words typed too.
     */
    private void keepSelectionsInSight() {
        query.sectors().forEach(code -> counts.get(Facet.SECTOR).putIfAbsent(code, 0L));
        query.regions().forEach(region -> counts.get(Facet.REGION).putIfAbsent(region.name(), 0L));
        query.types().forEach(type -> counts.get(Facet.TYPE).putIfAbsent(type.name(), 0L));
        if (query.language() != null) {
            counts.get(Facet.LANGUAGE).putIfAbsent(query.language(), 0L);
        }
        if (query.intakeMonth() != null) {
            counts.get(Facet.INTAKE_MONTH).putIfAbsent(query.intakeMonth().toString(), 0L);
        }
        if (query.tuition() != null) {
            counts.get(Facet.TUITION).putIfAbsent(query.tuition().name(), 0L);
        }
    }

    private Comparator<Hit> order(boolean textTyped) {
        return switch (query.sort()) {
            case START_DATE -> Comparator.comparing(Hit::nextStart, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(alphabetical);
            case DURATION -> Comparator.comparingInt((Hit hit) -> hit.program.card().durationHours())
                    .thenComparing(alphabetical);
            case TUITION -> Comparator.comparing((Hit hit) -> hit.program.card().tuitionCad(),
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(alphabetical);
            case RELEVANCE -> textTyped
                    ? Comparator.comparingDouble((Hit hit) -> -hit.score).thenComparing(alphabetical)
                    : alphabetical;
        };
    }

    private Map<String, Long> counted(Facet facet) {
        return new LinkedHashMap<>(counts.get(facet));
    }
}
