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

    void flush() {
        em.flush();
    }
}
