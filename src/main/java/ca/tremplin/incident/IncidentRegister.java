package ca.tremplin.incident;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.security.Role;
import ca.tremplin.security.SignedInUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tenant's register of confidentiality incidents: a school service centre's, or the coordinating organisation's for
 * the platform's own. Its admins keep it (there is no separate privacy-officer role: the admin stands for the person
 * in charge of personal information); recruiters neither read nor change it. Every read and write goes through the
 * tenant filter, so another centre's incident is not found, whatever id is asked for. Every change is appended to the
 * incident's history, field by field; an edit made on a version someone else has changed since is refused with their
 * name, never written over theirs.
 */
@ApplicationScoped
public class IncidentRegister {

    static final ZoneId QUEBEC = ca.tremplin.kernel.QuebecTime.ZONE;
    private static final Role[] KEEPERS = {Role.PLATFORM_ADMIN, Role.CSS_ADMIN};

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    SignedInUser signedInUser;

    @Inject
    Clock clock;

    /** The outcome of a save: the incident as it now stands and how many fields changed (none: nothing written). */
    public record Saved(ConfidentialityIncident incident, int changes) {
    }

    /** The register, the incidents learned of last first. */
    @Transactional
    public List<ConfidentialityIncident> list() {
        signedInUser.require(KEEPERS);
        return em.createQuery("select i from ConfidentialityIncident i order by i.learnedOn desc, i.id desc",
                ConfidentialityIncident.class).getResultList();
    }

    @Transactional
    public ConfidentialityIncident find(long id) {
        signedInUser.require(KEEPERS);
        return existing(id);
    }

    /** The incident's history, oldest first. */
    @Transactional
    public List<IncidentChange> history(long id) {
        signedInUser.require(KEEPERS);
        existing(id);
        return em.createQuery("select c from IncidentChange c where c.incidentId = :id order by c.id",
                IncidentChange.class).setParameter("id", id).getResultList();
    }

    /** Records a new incident, and the line that says who recorded it and when. */
    @Transactional
    public ConfidentialityIncident record(IncidentDetails details) {
        signedInUser.require(KEEPERS);
        details.check(today());
        Instant now = clock.instant();
        ConfidentialityIncident incident = new ConfidentialityIncident(details, signedInUser.getUserId(), now);
        em.persist(incident);
        em.flush();
        em.persist(new IncidentChange(incident.getId(), signedInUser.getUserId(), now, null, null, null));
        return incident;
    }

    /**
     * Records an incident as this staff member at this moment, with the line that says so, in the current tenant's
     * register: for data loaded with nobody signed in (the demo). The register's rules hold as on the page.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ConfidentialityIncident recordAs(IncidentDetails details, long recordedBy, Instant at) {
        details.check(LocalDate.ofInstant(at, QUEBEC));
        ConfidentialityIncident incident = new ConfidentialityIncident(details, recordedBy, at);
        em.persist(incident);
        em.flush();
        em.persist(new IncidentChange(incident.getId(), recordedBy, at, null, null, null));
        return incident;
    }

    /**
     * Saves an edit made on the version {@code details} carries: each field that changed gets its line in the history.
     * If someone saved the incident since that version, nothing is written and the message names them.
     */
    @Transactional
    public Saved save(long id, IncidentDetails details) {
        signedInUser.require(KEEPERS);
        ConfidentialityIncident incident = existing(id);
        if (incident.getVersion() != details.getVersion()) {
            // Named when their account is still there; a number would read "#7" to a French reader too.
            String savedBy = staffNames().get(incident.getUpdatedBy());
            throw savedBy == null ? new BusinessRuleException("incident.conflict")
                    : new BusinessRuleException("incident.conflictBy", savedBy);
        }
        details.check(today());
        IncidentDetails before = incident.details();
        List<IncidentField> changed = new ArrayList<>();
        for (IncidentField field : IncidentField.values()) {
            if (field.changed(before, details)) {
                changed.add(field);
            }
        }
        if (changed.isEmpty()) {
            return new Saved(incident, 0);
        }
        Instant now = clock.instant();
        incident.apply(details, signedInUser.getUserId(), now);
        try {
            em.flush();
        } catch (OptimisticLockException raced) {
            throw new BusinessRuleException("incident.conflict");
        }
        for (IncidentField field : changed) {
            em.persist(new IncidentChange(id, signedInUser.getUserId(), now, field, field.stored(before),
                    field.stored(details)));
        }
        return new Saved(incident, changed.size());
    }

    /** The names of the tenant's staff by account id, for who recorded and changed what. */
    @Transactional
    public Map<Long, String> staffNames() {
        signedInUser.require(KEEPERS);
        Map<Long, String> names = new HashMap<>();
        em.createQuery("select u.id, u.displayName from UserAccount u", Object[].class).getResultStream()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    private ConfidentialityIncident existing(long id) {
        ConfidentialityIncident incident = em.find(ConfidentialityIncident.class, id);
        if (incident == null) {
            throw new NotFoundException("incident " + id);
        }
        return incident;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), QUEBEC);
    }
}
