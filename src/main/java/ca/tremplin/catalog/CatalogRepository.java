package ca.tremplin.catalog;

import ca.tremplin.kernel.LikePattern;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The back office's queries on centres, programs and intakes: all tenant-filtered. */
@ApplicationScoped
public class CatalogRepository {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    public Optional<Program> findProgram(long id) {
        return Optional.ofNullable(em.find(Program.class, id));
    }

    public Optional<Centre> findCentre(long id) {
        return Optional.ofNullable(em.find(Centre.class, id));
    }

    public Optional<TrainingSector> findSector(String code) {
        return Optional.ofNullable(em.find(TrainingSector.class, code));
    }

    public List<TrainingSector> sectors() {
        return em.createQuery("select s from TrainingSector s order by s.code", TrainingSector.class).getResultList();
    }

    public List<Centre> centres() {
        return em.createQuery("select c from Centre c order by c.name", Centre.class).getResultList();
    }

    public boolean codeTaken(ProgramType type, String code, Long exceptProgramId) {
        return em.createQuery("select count(p) from Program p where p.type = :type and p.code = :code"
                        + " and (:except is null or p.id <> :except)", Long.class)
                .setParameter("type", type).setParameter("code", code).setParameter("except", exceptProgramId)
                .getSingleResult() > 0;
    }

    private static final java.util.Map<String, String> PROGRAM_COLUMNS = java.util.Map.of(
            "code", "p.code", "title", "p.titleFr", "titleEn", "coalesce(p.titleEn, p.titleFr)", "status", "p.status",
            "sector", "p.sector.code");

    public List<Program> programPage(String filter, ProgramStatus status, int first, int size) {
        return programPage(filter, status, first, size, ca.tremplin.kernel.TableSort.DEFAULT);
    }

    public List<Program> programPage(String filter, ProgramStatus status, int first, int size,
                                     ca.tremplin.kernel.TableSort sort) {
        return em.createQuery("select p from Program p join fetch p.sector"
                        + " where (:filter is null or lower(p.titleFr) like :filter" + LikePattern.ESCAPE
                        + " or lower(p.titleEn) like :filter" + LikePattern.ESCAPE + " or p.code like :filter"
                        + LikePattern.ESCAPE + ") and (:status is null or p.status = :status)"
                        + sort.orderBy(PROGRAM_COLUMNS, "p.titleFr", "p.id"), Program.class)
                .setParameter("filter", LikePattern.containing(filter)).setParameter("status", status)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long programCount(String filter, ProgramStatus status) {
        return em.createQuery("select count(p) from Program p"
                        + " where (:filter is null or lower(p.titleFr) like :filter" + LikePattern.ESCAPE
                        + " or lower(p.titleEn) like :filter" + LikePattern.ESCAPE + " or p.code like :filter"
                        + LikePattern.ESCAPE + ") and (:status is null or p.status = :status)", Long.class)
                .setParameter("filter", LikePattern.containing(filter)).setParameter("status", status)
                .getSingleResult();
    }

    public List<Intake> intakesOf(long programId) {
        return em.createQuery("select i from Intake i join fetch i.centre where i.program.id = :program"
                        + " order by i.startDate", Intake.class)
                .setParameter("program", programId).getResultList();
    }

    /** One intake of the program, found through the tenant filter: another centre's, or another program's, is not. */
    public Intake findIntake(long programId, long intakeId) {
        return intakesOf(programId).stream().filter(i -> i.getId() == intakeId).findFirst()
                .orElseThrow(() -> new ca.tremplin.kernel.NotFoundException("intake " + intakeId));
    }

    /** Open intakes starting from {@code from} whose admission deadline, if any, is not before it. */
    public List<Intake> upcomingOpenIntakes(long programId, LocalDate from) {
        return em.createQuery("select i from Intake i join fetch i.centre where i.program.id = :program"
                        + " and i.status = :open and i.startDate >= :from"
                        + " and (i.applicationDeadline is null or i.applicationDeadline >= :from)"
                        + " order by i.startDate", Intake.class)
                .setParameter("program", programId).setParameter("open", IntakeStatus.OPEN)
                .setParameter("from", from).getResultList();
    }

    /** The photo of a program already found through the tenant filter. */
    ProgramPhoto findPhotoOf(Program program) {
        return em.find(ProgramPhoto.class, program.getId());
    }

    void persist(Object entity) {
        em.persist(entity);
    }

    <T> T merge(T entity) {
        return em.merge(entity);
    }

    void remove(Object entity) {
        em.remove(entity);
    }

    /**
     * Dates the program's page as changed now, for the sitemap, when something it lists leaves no row of its own to
     * date it by: an intake deleted. Its version stays: a colleague editing the program's text has nothing to reload.
     */
    void pageChanged(long programId) {
        em.createQuery("update Program p set p.updatedAt = :now where p.id = :program")
                .setParameter("now", java.time.Instant.now()).setParameter("program", programId).executeUpdate();
    }

    /**
     * What names a program elsewhere: requests asked about it, leads of the centre said interested in it, events that
     * present it and their registrations, offers it leads to, apprentices' profiles and campaign activities that link
     * to it.
     * Native SQL on purpose: those features stand above the catalogue, which knows their tables, not their classes.
     * A program's id is unique across centres, and the program was found through the tenant filter first.
     */
    java.util.List<ProgramUse> usesOfProgram(long tenantId, long programId) {
        java.util.List<ProgramUse> uses = new java.util.ArrayList<>();
        for (ProgramUse use : ProgramUse.values()) {
            jakarta.persistence.Query count = em.createNativeQuery(use.countQuery);
            if (use == ProgramUse.LEAD_INTERESTS) {
                count.setParameter(1, String.valueOf(programId)).setParameter(2, tenantId);
            } else {
                count.setParameter(1, programId);
            }
            if (((Number) count.getSingleResult()).longValue() > 0) {
                uses.add(use);
            }
        }
        return uses;
    }

    /**
     * How many requests asked for the program at one of these months ("2027-08"): the program is this centre's own,
     * so a request naming it counts wherever it was routed (to the coordinating organisation first, say).
     */
    long requestsAskingFor(long programId, java.util.Collection<String> months) {
        Number count = (Number) em.createNativeQuery("select count(*) from inquiry i"
                        + " join inquiry_program ip on ip.inquiry_id = i.id"
                        + " where ip.program_id = :program and i.preferred_intake in (:months)")
                .setParameter("program", programId)
                .setParameter("months", months).getSingleResult();
        return count.longValue();
    }

    /**
     * Takes out the centre's request routing lines that send a program's requests to a recruiter (the routing keeps
     * program ids as text, without a foreign key): the number taken out.
     */
    /**
     * A program's or a campus's row held until the transaction ends, before what names it is counted for a deletion:
     * an event, an offer or an intake being saved with it is waited for and then counted.
     */
    void lockForRemoval(Object programOrCampus) {
        try {
            em.lock(programOrCampus, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        } catch (jakarta.persistence.OptimisticLockException changedMeanwhile) {
            // The row waited for was saved by a colleague meanwhile: its version no longer the one read.
            throw new ca.tremplin.kernel.BusinessRuleException("conflict.modifiedMeanwhile");
        }
    }

    int removeRoutingLinesOf(long tenantId, long programId) {
        // The request settings' version moves first, as every change of a routing line moves it: a settings page
        // opened before is told it changed, rather than writing the line back. Settings, then lines, as a save takes
        // them.
        em.createNativeQuery("update inquiry_settings set version = version + 1 where tenant_id = ?1 and exists"
                        + " (select 1 from inquiry_routing_entry where tenant_id = ?1 and match_kind = 'PROGRAM'"
                        + " and match_value = ?2)")
                .setParameter(1, tenantId).setParameter(2, String.valueOf(programId)).executeUpdate();
        return em.createNativeQuery("delete from inquiry_routing_entry where tenant_id = ?1 and match_kind = 'PROGRAM'"
                        + " and match_value = ?2")
                .setParameter(1, tenantId).setParameter(2, String.valueOf(programId)).executeUpdate();
    }

    /** The titles of the programs given at a campus. */
    java.util.List<String> programsAt(long centreId) {
        return em.createQuery("select p.titleFr from Program p join p.centres c where c.id = :centre"
                + " order by p.titleFr", String.class).setParameter("centre", centreId).getResultList();
    }

    /** Whether any intake, even closed or past, is or was at a campus. */
    boolean hasIntakesAt(long centreId) {
        return em.createQuery("select count(i) from Intake i where i.centre.id = :centre", Long.class)
                .setParameter("centre", centreId).getSingleResult() > 0;
    }

    void flush() {
        em.flush();
    }
}
