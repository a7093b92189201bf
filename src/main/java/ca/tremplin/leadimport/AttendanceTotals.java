package ca.tremplin.leadimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several rows of one person are one registration: an attendance report writes a row per join (a dropped
 * connection, a return after a break, a stay in the waiting room). Rows are one person when their e-mail is the
 * same, whatever its case; the person attended if any row is attendance, for the total of the rows' minutes.
 * Rows without an e-mail, failed or skipped rows are not folded. The import's writer applies the same rule across
 * its chunks by adding each row's minutes to the registration.
 */
public record AttendanceTotals(String emailNormalized, List<Long> lines, boolean attended, Integer minutes) {

    public static List<AttendanceTotals> fold(List<ImportedPerson> rows) {
        Map<String, AttendanceTotals> people = new LinkedHashMap<>();
        for (ImportedPerson row : rows) {
            if (!row.isValid() || row.person().emailNormalized() == null) {
                continue;
            }
            AttendanceTotals alone = new AttendanceTotals(row.person().emailNormalized(), List.of(row.line()),
                    row.attended(), row.minutes());
            people.merge(alone.emailNormalized(), alone, AttendanceTotals::and);
        }
        return List.copyOf(people.values());
    }

    private AttendanceTotals and(AttendanceTotals later) {
        List<Long> all = new ArrayList<>(lines);
        all.addAll(later.lines);
        Integer total = minutes == null ? later.minutes : later.minutes == null ? minutes : minutes + later.minutes;
        return new AttendanceTotals(emailNormalized, List.copyOf(all), attended || later.attended, total);
    }
}
