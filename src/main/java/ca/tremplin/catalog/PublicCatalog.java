package ca.tremplin.catalog;

import ca.tremplin.kernel.NativeConditions;
import ca.tremplin.tenant.QuebecRegion;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public catalogue: published programs of every active school service centre. It crosses tenants on
 * purpose — that is what a catalogue is — and reads with SQL of its own (full-text search and facet counts),
 * which Hibernate's tenant filter does not touch; every query here therefore starts from
 * {@link #PUBLISHED_PROGRAMS}, which admits only published programs of active tenants. One program and its
 * intakes are read as entities under {@link Tenancy#acrossAllTenants}, each query with the same two conditions.
 *
 * <p>Search uses MariaDB's InnoDB FULLTEXT index on {@code program.search_text}, a column holding code, titles,
 * careers and descriptions in both languages without accents or case ({@link SearchText}). Every SQL fragment
 * here is a constant; what the visitor typed or chose is always a bound parameter.
 */
@ApplicationScoped
public class PublicCatalog {

    static final ZoneId QUEBEC = ZoneId.of("America/Toronto");

    private static final String PUBLISHED_PROGRAMS =
            " from program p join tenant t on t.id = p.tenant_id where p.status = 'PUBLISHED' and t.active = true";
    private static final String OPEN_INTAKE_FROM = "exists (select 1 from intake i where i.program_id = p.id"
            + " and i.status = 'OPEN' and i.start_date >= ";

    private enum Facet { TEXT, SECTOR, REGION, TYPE, LANGUAGE, INTAKE_MONTH, TUITION, OPEN_INTAKE }

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Tenancy tenancy;

    @Transactional
    public CatalogPage searchAcrossAllTenants(CatalogQuery query) {
        LocalDate today = today();
        NativeConditions all = where(query, today, null);

        long total = ((Number) all.bind(em.createNativeQuery("select count(*)" + PUBLISHED_PROGRAMS + all.sql()))
                .getSingleResult()).longValue();
        List<ProgramCard> cards = total == 0 ? List.of() : page(query, today, all);

        return new CatalogPage(cards, total, query.page(),
                counts(query, today, Facet.SECTOR, "p.sector_code"),
                counts(query, today, Facet.REGION, "t.region"),
                counts(query, today, Facet.TYPE, "p.type"),
                counts(query, today, Facet.LANGUAGE, "p.instruction_language"),
                intakeMonthCounts(query, today),
                counts(query, today, Facet.TUITION, "case when p.tuition_cad is null then null"
                        + " when p.tuition_cad < 10000 then 'UNDER_10000'"
                        + " when p.tuition_cad < 15000 then 'FROM_10000_TO_15000'"
                        + " when p.tuition_cad < 20000 then 'FROM_15000_TO_20000' else 'FROM_20000' end"),
                openIntakeCount(query, today));
    }

    /**
     * One published program of an active tenant, with its centres and its open intakes from today on; empty
     * for an unknown id, a draft, an archived program or one of an inactive tenant, so that none of them can be
     * told apart from outside. Reads entities across tenants (Hibernate's root tenant) in two queries
     * whatever the number of centres and intakes, and returns a detached copy.
     */
    public Optional<PublishedProgram> findPublishedProgramAcrossAllTenants(long id) {
        return tenancy.acrossAllTenants(() -> {
            List<Object[]> rows = em.createQuery("select p, t from Program p join fetch p.sector"
                            + " left join fetch p.centres join Tenant t on t.id = p.tenantId"
                            + " where p.id = :id and p.status = :published and t.active = true", Object[].class)
                    .setParameter("id", id).setParameter("published", ProgramStatus.PUBLISHED)
                    .getResultList();
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            Program program = (Program) rows.get(0)[0];
            Tenant tenant = (Tenant) rows.get(0)[1];
            List<PublishedProgram.UpcomingIntake> intakes = openIntakes(id, today());
            return Optional.of(publishedProgram(program, tenant, intakes));
        });
    }

    /**
     * The open intakes of a published program of an active tenant that start on or after {@code from}, never
     * before today (so {@code null} means today), soonest first; empty when the program is not public.
     */
    public Optional<List<PublishedProgram.UpcomingIntake>> upcomingIntakesAcrossAllTenants(long programId,
                                                                                          LocalDate from) {
        LocalDate today = today();
        LocalDate start = from == null || from.isBefore(today) ? today : from;
        return tenancy.acrossAllTenants(() -> {
            long visible = em.createQuery("select count(p) from Program p join Tenant t on t.id = p.tenantId"
                            + " where p.id = :id and p.status = :published and t.active = true", Long.class)
                    .setParameter("id", programId).setParameter("published", ProgramStatus.PUBLISHED)
                    .getSingleResult();
            return visible == 0 ? Optional.empty() : Optional.of(openIntakes(programId, start));
        });
    }

    private List<PublishedProgram.UpcomingIntake> openIntakes(long programId, LocalDate from) {
        return em.createQuery("select i from Intake i join fetch i.centre where i.program.id = :program"
                        + " and i.status = :open and i.startDate >= :from order by i.startDate, i.centre.name, i.id",
                        Intake.class)
                .setParameter("program", programId).setParameter("open", IntakeStatus.OPEN)
                .setParameter("from", from).getResultStream()
                .map(intake -> new PublishedProgram.UpcomingIntake(intake.getStartDate(),
                        intake.getApplicationDeadline(), intake.getSeats(), intake.getInternationalSeats(),
                        intake.getCentre().getName(), intake.getCentre().getCity()))
                .toList();
    }

    private static PublishedProgram publishedProgram(Program program, Tenant tenant,
                                                     List<PublishedProgram.UpcomingIntake> intakes) {
        ProgramCard card = new ProgramCard(program.getId(), tenant.getSlug(), tenant.getNameFr(),
                tenant.getNameEn(), tenant.getRegion(), program.getType(), program.getCode(), program.getTitleFr(),
                program.getTitleEn(), program.getSlugFr(), program.getSlugEn(), program.getSector().getCode(),
                program.getDurationHours(), program.getDurationMonths(), program.getInstructionLanguage(),
                program.getTuitionCad(), program.getTuitionBasis(),
                intakes.isEmpty() ? null : intakes.get(0).startDate());
        List<PublishedProgram.Place> centres = program.getCentres().stream()
                .sorted(Comparator.comparing(Centre::getName).thenComparing(Centre::getId))
                .map(centre -> new PublishedProgram.Place(centre.getName(), centre.getAddress(), centre.getCity(),
                        centre.getRegion()))
                .toList();
        return new PublishedProgram(card, program.getSector().getNameFr(), program.getSector().getNameEn(),
                program.getDescriptionFr(), program.getDescriptionEn(), program.getAdmissionFr(),
                program.getAdmissionEn(), program.getCareersFr(), program.getCareersEn(),
                program.isTuitionExemption(), centres, intakes);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(QUEBEC));
    }

    private List<ProgramCard> page(CatalogQuery query, LocalDate today, NativeConditions where) {
        NativeConditions page = where.copy();
        String nextStart = "(select min(i.start_date) from intake i where i.program_id = p.id"
                + " and i.status = 'OPEN' and i.start_date >= " + page.param(Date.valueOf(today)) + ")";
        String orderBy = switch (query.sort()) {
            case START_DATE -> " order by next_start is null, next_start, p.title_fr";
            case DURATION -> " order by p.duration_hours, p.title_fr";
            case TUITION -> " order by p.tuition_cad is null, p.tuition_cad, p.title_fr";
            case RELEVANCE -> query.text() == null || SearchText.booleanQuery(query.text()) == null
                    ? " order by p.title_fr, t.name_fr"
                    : " order by match(p.search_text) against (" + page.param(SearchText.booleanQuery(query.text()))
                    + " in boolean mode) desc, p.title_fr";
        };
        String sql = "select p.id, t.slug, t.name_fr, t.name_en, t.region, p.type, p.code, p.title_fr, p.title_en,"
                + " p.slug_fr, p.slug_en, p.sector_code, p.duration_hours, p.duration_months,"
                + " p.instruction_language, p.tuition_cad, p.tuition_basis, " + nextStart + " as next_start"
                + PUBLISHED_PROGRAMS + page.sql() + orderBy
                + " limit " + page.param(CatalogQuery.PAGE_SIZE) + " offset " + page.param(query.offset());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = page.bind(em.createNativeQuery(sql)).getResultList();
        List<ProgramCard> cards = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            cards.add(new ProgramCard(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                    (String) row[3], QuebecRegion.valueOf((String) row[4]), ProgramType.valueOf((String) row[5]),
                    (String) row[6], (String) row[7], (String) row[8], (String) row[9], (String) row[10],
                    (String) row[11], ((Number) row[12]).intValue(), ((Number) row[13]).intValue(),
                    (String) row[14], (BigDecimal) row[15], TuitionBasis.valueOf((String) row[16]),
                    toLocalDate(row[17])));
        }
        return cards;
    }

    private Map<String, Long> counts(CatalogQuery query, LocalDate today, Facet facet, String expression) {
        NativeConditions where = where(query, today, facet);
        String sql = "select " + expression + " as facet_value, count(*)" + PUBLISHED_PROGRAMS + where.sql()
                + " group by facet_value order by facet_value";
        return toMap(where.bind(em.createNativeQuery(sql)).getResultList());
    }

    private Map<String, Long> intakeMonthCounts(CatalogQuery query, LocalDate today) {
        NativeConditions where = where(query, today, Facet.INTAKE_MONTH);
        String sql = "select date_format(i.start_date, '%Y-%m') as facet_value, count(distinct p.id)"
                + " from program p join tenant t on t.id = p.tenant_id"
                + " join intake i on i.program_id = p.id and i.status = 'OPEN'"
                + " and i.start_date >= " + where.param(Date.valueOf(today))
                + " and i.start_date < " + where.param(Date.valueOf(today.withDayOfMonth(1).plusMonths(12)))
                + " where p.status = 'PUBLISHED' and t.active = true" + where.sql()
                + " group by facet_value order by facet_value";
        return toMap(where.bind(em.createNativeQuery(sql)).getResultList());
    }

    private long openIntakeCount(CatalogQuery query, LocalDate today) {
        NativeConditions where = where(query, today, Facet.OPEN_INTAKE);
        where.and(OPEN_INTAKE_FROM + where.param(Date.valueOf(today)) + ")");
        return ((Number) where.bind(em.createNativeQuery("select count(*)" + PUBLISHED_PROGRAMS + where.sql()))
                .getSingleResult()).longValue();
    }

    /** The conditions of the query, leaving out one facet's own selection when counting that facet. */
    private static NativeConditions where(CatalogQuery query, LocalDate today, Facet leftOut) {
        NativeConditions where = new NativeConditions();
        String booleanQuery = SearchText.booleanQuery(query.text());
        if (booleanQuery != null) {
            where.and("match(p.search_text) against (" + where.param(booleanQuery) + " in boolean mode)");
        }
        if (leftOut != Facet.SECTOR && !query.sectors().isEmpty()) {
            where.and("p.sector_code in (" + where.params(query.sectors()) + ")");
        }
        if (leftOut != Facet.REGION && !query.regions().isEmpty()) {
            where.and("t.region in (" + where.params(query.regions().stream().map(Enum::name).toList()) + ")");
        }
        if (leftOut != Facet.TYPE && !query.types().isEmpty()) {
            where.and("p.type in (" + where.params(query.types().stream().map(Enum::name).toList()) + ")");
        }
        if (leftOut != Facet.LANGUAGE && query.language() != null) {
            where.and("p.instruction_language = " + where.param(query.language()));
        }
        if (leftOut != Facet.INTAKE_MONTH && query.intakeMonth() != null) {
            LocalDate monthStart = query.intakeMonth().atDay(1);
            where.and(OPEN_INTAKE_FROM + where.param(Date.valueOf(monthStart.isBefore(today) ? today : monthStart))
                    + " and i.start_date < " + where.param(Date.valueOf(monthStart.plusMonths(1))) + ")");
        }
        if (leftOut != Facet.TUITION && query.tuition() != null) {
            where.and("p.tuition_cad >= " + where.param(query.tuition().from())
                    + " and p.tuition_cad < " + where.param(query.tuition().below()));
        }
        if (leftOut != Facet.OPEN_INTAKE && query.openIntakeOnly()) {
            where.and(OPEN_INTAKE_FROM + where.param(Date.valueOf(today)) + ")");
        }
        return where;
    }

    private static Map<String, Long> toMap(List<?> rows) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            if (columns[0] != null) {
                counts.put(columns[0].toString(), ((Number) columns[1]).longValue());
            }
        }
        return counts;
    }

    private static LocalDate toLocalDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate();
    }
}
