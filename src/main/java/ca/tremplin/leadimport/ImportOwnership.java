package ca.tremplin.leadimport;

import ca.tremplin.kernel.ClusterNode;
import ca.tremplin.tenant.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Which server runs an import or its undo ({@code lead_import.owner_node}), and its heartbeat
 * ({@code heartbeat_at}, the database's own clock), so that with several servers an interrupted import is resumed
 * by exactly one of them, and never while its owner is alive. The owner renews the heartbeat every few seconds
 * ({@link ImportHeartbeat}) and with every chunk it writes; another server takes an import over only once the
 * heartbeat is older than {@link #staleSeconds()}, through one conditional update that a single server can win.
 * A server that was taken over, were it still alive after all (a long pause), writes nothing more: each chunk and
 * the final status are written only by the owner (see {@link ImportedRegistrations}).
 */
@ApplicationScoped
public class ImportOwnership {

    /** Imports running or being undone: the statuses a server owns. */
    static final List<String> OWNED = List.of(LeadImport.Status.RUNNING.name(), LeadImport.Status.UNDOING.name());

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    /** Seconds without a heartbeat after which another server may take an import over (default 30). */
    public static long staleSeconds() {
        return Long.parseLong(System.getenv().getOrDefault("TREMPLIN_IMPORT_STALE_SECONDS", "30"));
    }

    /** This server now runs the import (it is starting it or starting it again), in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void own(long importId) {
        em.createNativeQuery("update lead_import set owner_node = ?1, heartbeat_at = now(3) where id = ?2")
                .setParameter(1, ClusterNode.name()).setParameter(2, importId).executeUpdate();
    }

    /**
     * Takes the import over for {@code node} if it is still in {@code status} and its owner is silent: no owner, or
     * a heartbeat older than {@code staleSeconds}; with {@code includingOwn}, also when {@code node} owns it already
     * (a server starting again under the same name, whose jobs died with it). True for the one claim that wins.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(long importId, LeadImport.Status status, String node, long staleSeconds,
                         boolean includingOwn) {
        return tenancy.acrossAllTenants(() -> em.createNativeQuery("update lead_import"
                        + " set owner_node = ?1, heartbeat_at = now(3)"
                        + " where id = ?2 and status = ?3 and (owner_node is null or heartbeat_at is null"
                        + " or heartbeat_at < now(3) - interval ?4 second or (?5 and owner_node = ?1))")
                .setParameter(1, node).setParameter(2, importId).setParameter(3, status.name())
                .setParameter(4, staleSeconds).setParameter(5, includingOwn).executeUpdate() == 1);
    }

    /** Renews the heartbeat of every import this server runs; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int beat() {
        return tenancy.acrossAllTenants(() -> em.createNativeQuery("update lead_import set heartbeat_at = now(3)"
                        + " where owner_node = ?1 and status in (?2)")
                .setParameter(1, ClusterNode.name()).setParameter(2, OWNED).executeUpdate());
    }

    /** Whether this server runs the import (or no server is named: an import older than owners). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean ownedHere(long importId) {
        List<?> owner = em.createNativeQuery("select owner_node from lead_import where id = ?1")
                .setParameter(1, importId).getResultList();
        return owner.isEmpty() || owner.get(0) == null || ClusterNode.name().equals(owner.get(0));
    }
}
