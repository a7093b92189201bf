package ca.tremplin.pipeline;

import ca.tremplin.person.Lead;
import ca.tremplin.person.LeadTask;
import ca.tremplin.security.StaffHandover;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;

/**
 * A member of staff leaves: the leads they follow and their open tasks go to the colleague named, else are left
 * without anyone (the lists' "nobody" filter finds them), each lead with its line on the timeline, which names whom
 * it came from (the lead list's {@code handedOverFrom}). Observed after
 * the requests ({@link ca.tremplin.inquiry.DepartingStaffRequests}), which move a request's first-answer task with
 * it to whoever the centre's rule gives the request.
 */
@ApplicationScoped
public class DepartingStaffLeads {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    LeadService leads;

    @Inject
    PipelineRepository pipeline;

    void handOver(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 500)
                  StaffHandover handover) {
        List<LeadTask> tasks = em.createQuery("select t from LeadTask t where t.assignedTo = :leaving"
                        + " and t.doneAt is null order by t.id", LeadTask.class)
                .setParameter("leaving", handover.leavingId()).getResultList();
        List<Lead> followed = em.createQuery("select l from Lead l where l.ownerId = :leaving"
                        + " and l.mergedIntoId is null order by l.id", Lead.class)
                .setParameter("leaving", handover.leavingId()).getResultList();
        handover.held(StaffHandover.Work.TASKS, tasks.size());
        handover.held(StaffHandover.Work.LEADS, followed.size());
        // By stage, in the pipeline's order: what the colleague taking them over is told (HandoverSummary).
        for (ca.tremplin.person.LeadStage stage : ca.tremplin.person.LeadStage.values()) {
            handover.heldAs(StaffHandover.Work.LEADS, stage.name(),
                    (int) followed.stream().filter(lead -> lead.getStage() == stage).count());
        }
        if (!handover.isHandOver()) {
            return;
        }
        tasks.forEach(task -> task.assignTo(handover.colleagueId()));
        Map<Long, String> staff = pipeline.staffNames();
        for (Lead lead : followed) {
            leads.handOver(lead, handover.leavingId(), handover.colleagueId(), staff, handover.at());
        }
    }
}
