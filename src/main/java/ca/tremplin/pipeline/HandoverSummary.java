package ca.tremplin.pipeline;

import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.Messages;
import ca.tremplin.kernel.PublicAddress;
import ca.tremplin.mail.HtmlText;
import ca.tremplin.mail.MailContent;
import ca.tremplin.mail.Outbox;
import ca.tremplin.person.LeadStage;
import ca.tremplin.security.SignedInUser;
import ca.tremplin.security.StaffHandover;
import ca.tremplin.security.StaffHandover.Work;
import ca.tremplin.security.UserAccount;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The colleague who takes over the work of a member of staff who leaves is told what they received, as the admin who
 * deactivated the account reads it on its page ({@link ca.tremplin.security.HandoverReport}): one mail through the
 * outbox, in the colleague's own language, in the hand-over's transaction — how many requests, tasks, leads (by
 * stage), routing lines, campaign activities and events to come are theirs now, with a link to their lead list
 * narrowed to the leads they received ({@code owner} and {@code handedOverFrom}) and, for requests, to their inbox.
 * Observed last, once every kind of work was counted and moved; nothing is sent when the work went by the centre's
 * rules (nobody named) or nothing was held.
 */
@ApplicationScoped
public class HandoverSummary {

    /** The work a colleague receives, in the order the admin's report names it. */
    static final List<Work> RECEIVED = List.of(Work.REQUESTS, Work.TASKS, Work.LEADS, Work.ROUTING_LINES,
            Work.CAMPAIGN_ACTIVITIES, Work.EVENTS);

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    SignedInUser signedInUser;

    void tellTheColleague(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 900)
                          StaffHandover handover) {
        // By the centre's rules, the work is shared or left to be taken: nobody in particular received it. An admin
        // who takes it over themselves reads it on the page already.
        if (!handover.isHandOver() || handover.colleagueId() == null
                || handover.colleagueId().equals(signedInUser.getUserId())) {
            return;
        }
        Map<Work, Integer> counts = new EnumMap<>(Work.class);
        RECEIVED.stream().filter(work -> handover.count(work) > 0)
                .forEach(work -> counts.put(work, handover.count(work)));
        if (counts.isEmpty()) {
            return;
        }
        Map<LeadStage, Integer> byStage = new LinkedHashMap<>();
        handover.parts(Work.LEADS).forEach((stage, count) -> byStage.put(LeadStage.valueOf(stage), count));
        UserAccount colleague = em.find(UserAccount.class, handover.colleagueId());
        UserAccount leaving = em.find(UserAccount.class, handover.leavingId());
        outbox.enqueue(handover.tenantId(), new ReceivedWork(colleague.getEmail(), colleague.locale(),
                colleague.getDisplayName(), colleague.getId(), leaving.getDisplayName(), leaving.getId(),
                signedInUser.getDisplayName(), LocalDate.ofInstant(handover.at(), ca.tremplin.kernel.QuebecTime.ZONE),
                counts, byStage).mail());
    }

    /**
     * What a colleague received from {@code leavingName}'s departure, handed over by {@code byName} on {@code day}:
     * each kind of work held, with its count, and the leads by stage; written to them at {@code recipient} in
     * {@code language}.
     */
    record ReceivedWork(String recipient, Locale language, String colleagueName, long colleagueId, String leavingName,
                        long leavingId, String byName, LocalDate day, Map<Work, Integer> counts,
                        Map<LeadStage, Integer> leadsByStage) {

        ReceivedWork {
            Map<Work, Integer> held = new EnumMap<>(Work.class);
            counts.forEach((work, count) -> {
                if (count > 0) {
                    held.put(work, count);
                }
            });
            counts = java.util.Collections.unmodifiableMap(held);
            leadsByStage = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(leadsByStage));
        }

        /** Subject, text and HTML, the links in the colleague's language. */
        MailContent mail() {
            String subject = Messages.get(language, "handover.mail.subject", leavingName);
            StringBuilder body = new StringBuilder(Messages.get(language, "handover.mail.intro", colleagueName,
                    byName, leavingName, day));
            for (Work work : RECEIVED) {
                if (counts.containsKey(work)) {
                    body.append('\n').append(Messages.get(language, "handover.mail.line", line(work)));
                }
            }
            if (counts.containsKey(Work.LEADS)) {
                body.append("\n\n").append(Messages.get(language, "handover.mail.leads", leadListAddress()));
            }
            if (counts.containsKey(Work.REQUESTS)) {
                body.append("\n\n").append(Messages.get(language, "handover.mail.requests", PublicAddress.of(
                        "/admin/inquiries.xhtml?scope=MINE&lang=" + Languages.code(language))));
            }
            body.append("\n\n").append(Messages.get(language, "mail.signature"));
            String text = body.toString();
            return new MailContent(recipient, subject, text, HtmlText.paragraphs(Languages.code(language), text));
        }

        /** One kind of work with its count; the leads with their stages, in the pipeline's order. */
        private String line(Work work) {
            String counted = Messages.get(language, "user.handover.count." + work.name(), counts.get(work));
            if (work != Work.LEADS || leadsByStage.isEmpty()) {
                return counted;
            }
            List<String> stages = new ArrayList<>();
            leadsByStage.forEach((stage, count) -> stages.add(Messages.get(language, stage.messageKey())
                    + Messages.get(language, "punct.colon") + count));
            return Messages.get(language, "handover.mail.leadsByStage", counted, String.join(", ", stages));
        }

        /**
         * The colleague's lead list narrowed to what they received and still follow: their own leads among those
         * the departure handed over.
         */
        String leadListAddress() {
            return PublicAddress.of("/admin/leads.xhtml?" + new LeadFilter(null, colleagueId, null, null, null, null,
                    null, null, null, null, null, null, leavingId).toQuery() + "&lang=" + Languages.code(language));
        }
    }
}
