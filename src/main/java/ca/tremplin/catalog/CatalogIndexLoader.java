package ca.tremplin.catalog;

import ca.tremplin.kernel.NativeConditions;
import ca.tremplin.tenant.QuebecRegion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what the catalogue index holds, across tenants on purpose: published programs of active school
 * service centres with the start dates of their open intakes. Plain SQL, two statements per thousand
 * programs, because the index needs a few columns of many rows and no entity.
 */
@ApplicationScoped
public class CatalogIndexLoader {

    private static final int IDS_PER_STATEMENT = 1000;
    private static final String PROGRAM_COLUMNS = "select p.id, t.slug, t.name_fr, t.name_en, t.region, p.type,"
            + " p.code, p.title_fr, p.title_en, p.slug_fr, p.slug_en, p.sector_code, p.duration_hours,"
            + " p.duration_months, p.instruction_language, p.tuition_cad, p.tuition_basis, p.search_text, p.tenant_id"
            + " from program p join tenant t on t.id = p.tenant_id where p.status = 'PUBLISHED' and t.active = true";
    private static final String OPEN_INTAKES = "select i.program_id, i.start_date from intake i"
            + " join program p on p.id = i.program_id join tenant t on t.id = p.tenant_id"
            + " where i.status = 'OPEN' and p.status = 'PUBLISHED' and t.active = true";

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @jakarta.inject.Inject
    java.time.Clock clock;

    /** The catalogue's change stamp (V29): moved by every committed change to the catalogue, on any server. */
    @Transactional
    public long stamp() {
        return ((Number) em.createNativeQuery("select version from catalog_stamp where id = 1").getSingleResult())
                .longValue();
    }

    @Transactional
    public List<IndexedProgram> allPublished() {
        return read(new NativeConditions());
    }

    /** Those of the given programs that are public now; the others are left out. */
    @Transactional
    public List<IndexedProgram> published(Collection<Long> programIds) {
        List<Long> ids = List.copyOf(programIds);
        List<IndexedProgram> published = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
            NativeConditions chunk = new NativeConditions();
            chunk.and("p.id in (" + chunk.params(ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT)))
                    + ")");
            published.addAll(read(chunk));
        }
        return published;
    }

    /** Every program, public or not, of the given school service centres. */
    @Transactional
    public List<Long> programIdsOf(Collection<Long> tenantIds) {
        if (tenantIds.isEmpty()) {
            return List.of();
        }
        NativeConditions tenants = new NativeConditions();
        String sql = "select p.id from program p where p.tenant_id in (" + tenants.params(List.copyOf(tenantIds)) + ")";
        @SuppressWarnings("unchecked")
        List<Number> ids = tenants.bind(em.createNativeQuery(sql)).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private List<IndexedProgram> read(NativeConditions conditions) {
        Map<Long, List<LocalDate>> starts = new HashMap<>();
        // An intake whose admission deadline has passed takes no more applications: it is not an open intake for a
        // visitor (the index is rebuilt every hour, so a deadline passing shows within the hour).
        NativeConditions intakes = conditions.copy();
        intakes.and("(i.application_deadline is null or i.application_deadline >= "
                + intakes.param(LocalDate.now(clock.withZone(PublicCatalog.QUEBEC))) + ")");
        @SuppressWarnings("unchecked")
        List<Object[]> intakeRows = intakes.bind(em.createNativeQuery(OPEN_INTAKES + intakes.sql()
                + " order by i.program_id, i.start_date")).getResultList();
        for (Object[] row : intakeRows) {
            starts.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>()).add(toLocalDate(row[1]));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = conditions.bind(em.createNativeQuery(PROGRAM_COLUMNS + conditions.sql()))
                .getResultList();
        List<IndexedProgram> programs = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            ProgramCard card = new ProgramCard(id, (String) row[1], (String) row[2], (String) row[3],
                    QuebecRegion.valueOf((String) row[4]), ProgramType.valueOf((String) row[5]), (String) row[6],
                    (String) row[7], (String) row[8], (String) row[9], (String) row[10], (String) row[11],
                    ((Number) row[12]).intValue(), ((Number) row[13]).intValue(), (String) row[14],
                    (BigDecimal) row[15], TuitionBasis.valueOf((String) row[16]), null);
            programs.add(new IndexedProgram(card, ((Number) row[18]).longValue(),
                    SearchText.of(card.type().name(), card.code(), card.titleFr(), card.titleEn()),
                    (String) row[17],
                    SearchText.of(card.titleFr()) + " " + SearchText.of(card.tenantNameFr()),
                    SearchText.of(card.titleEn() == null ? card.titleFr() : card.titleEn()) + " "
                            + SearchText.of(card.tenantNameEn() == null ? card.tenantNameFr() : card.tenantNameEn()),
                    starts.getOrDefault(id, List.of()).toArray(LocalDate[]::new)));
        }
        return programs;
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }
}
