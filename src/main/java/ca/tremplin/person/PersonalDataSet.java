package ca.tremplin.person;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything one centre holds about one person, table by table as {@link PersonalData} lists them (every table,
 * an empty one included, so that the person sees what was looked at): each row as its columns' values — text,
 * numbers, booleans, instants (UTC) and dates as text, files as bytes. The person is the centre's leads
 * ({@code leadIds}) or, for an apprentice the centre knows only by their showcase profile, those profiles
 * ({@code showcaseProfileIds}, the leads then none).
 */
public record PersonalDataSet(Instant exportedAt, long tenantId, String centreFr, String centreEn, List<Long> leadIds,
                              List<Long> showcaseProfileIds, Map<String, Table> tables, Names names) {

    public PersonalDataSet(Instant exportedAt, long tenantId, String centreFr, String centreEn, List<Long> leadIds,
                           List<Long> showcaseProfileIds, Map<String, Table> tables) {
        this(exportedAt, tenantId, centreFr, centreEn, leadIds, showcaseProfileIds, tables, Names.NONE);
    }

    /**
     * What the tables' numbers stand for, for the page the person reads: the staff (their names) and the programs
     * (their titles in French and English) the rows name by id.
     */
    public record Names(Map<Long, String> staff, Map<Long, String[]> programs) {

        public static final Names NONE = new Names(Map.of(), Map.of());
    }

    /** One table's columns, in the schema's order, and the person's rows. */
    public record Table(List<String> columns, List<Map<String, Object>> rows) {
    }

    /** The same set with one more table, after the others. */
    public PersonalDataSet with(String name, Table table) {
        Map<String, Table> more = new java.util.LinkedHashMap<>(tables);
        more.put(name, table);
        return new PersonalDataSet(exportedAt, tenantId, centreFr, centreEn, leadIds, showcaseProfileIds, more, names);
    }

    /** The same set without the named tables. */
    public PersonalDataSet without(java.util.Set<String> withheld) {
        Map<String, Table> kept = new java.util.LinkedHashMap<>(tables);
        kept.keySet().removeAll(withheld);
        return new PersonalDataSet(exportedAt, tenantId, centreFr, centreEn, leadIds, showcaseProfileIds, kept, names);
    }
}
