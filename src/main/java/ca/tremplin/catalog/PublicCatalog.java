package ca.tremplin.catalog;

import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The public catalogue: published programs of every active school service centre. It crosses tenants on
 * purpose — that is what a catalogue is. Searches with facets are answered by the {@link CatalogIndex}; one
 * program and its intakes are read as entities under {@link Tenancy#acrossAllTenants}, each query admitting
 * only published programs of active tenants.
 */
@ApplicationScoped
public class PublicCatalog {

    static final ZoneId QUEBEC = ca.tremplin.kernel.QuebecTime.ZONE;

    /** A program's campuses, by their French names, as French lists them: "École …" among the E's. */
    static final Comparator<String> PLACES_ORDER = ca.tremplin.kernel.Languages.alphabetical(
            ca.tremplin.kernel.Languages.FRENCH);

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Tenancy tenancy;

    @Inject
    CatalogIndex index;

    /** A catalogue search with its facet counts, from the in-memory index of published programs. */
    public CatalogPage searchAcrossAllTenants(CatalogQuery query) {
        return index.search(query, today());
    }

    /** The same for a reader of {@code language}: an English reader's list is alphabetical by the English titles. */
    public CatalogPage searchAcrossAllTenants(CatalogQuery query, java.util.Locale language) {
        return index.search(query, today(), ca.tremplin.kernel.Languages.isEnglish(language));
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
                        + " and i.status = :open and i.startDate >= :from"
                        + " and (i.applicationDeadline is null or i.applicationDeadline >= :today)"
                        + " order by i.startDate, i.centre.name, i.id", Intake.class)
                .setParameter("program", programId).setParameter("open", IntakeStatus.OPEN)
                .setParameter("from", from).setParameter("today", today()).getResultStream()
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
                .sorted(Comparator.comparing(Centre::getName, PLACES_ORDER).thenComparing(Centre::getId))
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
}
