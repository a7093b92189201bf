package ca.tremplin.demo;

import ca.tremplin.catalog.ProgramStatus;
import ca.tremplin.inquiry.Inquiry;
import ca.tremplin.inquiry.InquiryIntake;
import ca.tremplin.inquiry.InquiryRequest;
import ca.tremplin.inquiry.InquiryValidator;
import ca.tremplin.kernel.Languages;
import ca.tremplin.person.LeadStage;
import ca.tremplin.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * A filled pipeline for the first demo centre (CSS du Fjord): people who asked weeks ago, were answered, and now
 * stand at every stage from "contacted" to "arrived" (and a few lost), with tags, and one person who wrote twice
 * under two e-mail addresses (a duplicate to merge). Their requests are recorded through the real intake, then
 * answered, so that the inbox keeps only the new requests of {@link InquiryDemoData}. Runs under the root tenant.
 */
@ApplicationScoped
public class PipelineDemoData {

    private record Person(String firstName, String lastName, String country, String language, LeadStage stage,
                          String email, String phone) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("Kwame", "Mensah", "GH", "en", LeadStage.CONTACTED, "kwame.mensah", "+233 24 123 4567"),
            new Person("Awa", "Ndiaye", "SN", "fr", LeadStage.CONTACTED, "awa.ndiaye", null),
            new Person("Karim", "Benali", "DZ", "fr", LeadStage.CONTACTED, "karim.benali", null),
            new Person("Lucía", "Fernández", "CO", "en", LeadStage.QUALIFIED, "lucia.fernandez", null),
            new Person("Moussa", "Traoré", "ML", "fr", LeadStage.QUALIFIED, "moussa.traore", null),
            new Person("Priya", "Raman", "IN", "en", LeadStage.QUALIFIED, "priya.raman", null),
            new Person("Salma", "Amrani", "MA", "fr", LeadStage.APPLIED, "salma.amrani", null),
            new Person("Éloïse", "Martin", "FR", "fr", LeadStage.APPLIED, "eloise.martin", null),
            new Person("Olumide", "Adeyemi", "NG", "en", LeadStage.ADMITTED, "olumide.adeyemi", null),
            new Person("Hanh", "Trần", "VN", "fr", LeadStage.ADMITTED, "hanh.tran", null),
            new Person("Yasmine", "Khelifi", "TN", "fr", LeadStage.CAQ_OBTAINED, "yasmine.khelifi", null),
            new Person("Diego", "Ramírez", "MX", "en", LeadStage.STUDY_PERMIT_OBTAINED, "diego.ramirez", null),
            new Person("Mariama", "Bah", "GN", "fr", LeadStage.ENROLLED, "mariama.bah", null),
            new Person("Ousmane", "Sow", "SN", "fr", LeadStage.ARRIVED, "ousmane.sow", null),
            new Person("Théo", "Lambert", "BE", "fr", LeadStage.LOST, "theo.lambert", null),
            new Person("Nadia", "Haddad", "LB", "fr", LeadStage.CONTACTED, "nadia.haddad", "+961 3 123 456"),
            new Person("Nadia", "Haddad", "LB", "fr", LeadStage.CONTACTED, "n.haddad", "+961 3 123 456"));

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    InquiryIntake intake;

    @Inject
    ca.tremplin.person.LeadFunnels funnels;

    /**
     * Ousmane Sow asks again, through a partner site, spelling his first name "Usman" and giving a phone: the phone
     * his record lacked is filled (audited, from that request), the other spelling waits beside his record for a
     * recruiter to accept or set aside.
     */
    private void returningFromAPartnerSite(List<Long> programs, Instant now) {
        InquiryRequest again = new InquiryRequest();
        again.setFirstName("Usman");
        again.setLastName("Sow");
        again.setEmail("ousmane.sow@exemple.demo");
        again.setPhone("+221 77 123 45 67");
        again.setCountryOfResidence("SN");
        again.setCitizenship("SN");
        again.setProgramIds(new ArrayList<>(programs.isEmpty() ? List.of() : List.of(programs.get(0))));
        again.setConsentToContact(true);
        intake.receiveAndRouteAcrossTenants(InquiryValidator.validate(again, Languages.FRENCH, Year.of(2026)),
                "demo-pipeline:returning", Inquiry.Channel.API, null, now.minus(Duration.ofDays(3)));
    }

    /** Three of the people above applied to the centre's first open offer, with a one-page PDF as their CV. */
    private void applications(Tenant centre, Instant now) {
        List<Long> offers = em.createQuery("select o.id from Offer o where o.tenantId = :t and o.status = :open "
                        + "order by o.id", Long.class).setParameter("t", centre.getId())
                .setParameter("open", ca.tremplin.offer.OfferStatus.OPEN).setMaxResults(1).getResultList();
        if (offers.isEmpty()) {
            return;
        }
        byte[] cv = "%PDF-1.4\n% CV\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int days = 20;
        for (String email : List.of("olumide.adeyemi", "lucia.fernandez", "moussa.traore")) {
            Long leadId = em.createQuery("select l.id from Lead l where l.tenantId = :t and l.emailNormalized = :e",
                            Long.class).setParameter("t", centre.getId()).setParameter("e", email + "@exemple.demo")
                    .getSingleResult();
            Instant applied = now.minus(Duration.ofDays(days--));
            em.createNativeQuery("insert into offer_application (tenant_id, offer_id, lead_id, status, status_since, "
                            + "cover_message, cv_file_name, cv_content_type, consent_at, applied_at) "
                            + "values (?1, ?2, ?3, 'APPLIED', ?4, ?5, ?6, 'application/pdf', ?4, ?4)")
                    .setParameter(1, centre.getId()).setParameter(2, offers.get(0)).setParameter(3, leadId)
                    .setParameter(4, applied).setParameter(5, "Motivé(e) par l’apprentissage en entreprise.")
                    .setParameter(6, "cv-" + email + ".pdf").executeUpdate();
            Object id = em.createNativeQuery("select last_insert_id()").getSingleResult();
            em.createNativeQuery("insert into offer_application_cv (application_id, content) values (?1, ?2)")
                    .setParameter(1, ((Number) id).longValue()).setParameter(2, cv).executeUpdate();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int fill(Tenant centre, Instant now) {
        List<Long> programs = em.createQuery("select p.id from Program p where p.tenantId = :t and p.status = :published "
                        + "order by p.code", Long.class)
                .setParameter("t", centre.getId()).setParameter("published", ProgramStatus.PUBLISHED)
                .setMaxResults(3).getResultList();
        int count = 0;
        for (Person person : PEOPLE) {
            Instant received = now.minus(Duration.ofDays(90L - 4L * count));
            InquiryRequest request = new InquiryRequest();
            request.setFirstName(person.firstName());
            request.setLastName(person.lastName());
            request.setEmail(person.email() + "@exemple.demo");
            request.setPhone(person.phone());
            request.setCountryOfResidence(person.country());
            request.setCitizenship(person.country());
            request.setBirthYear(1998 + count % 6);
            request.setProgramIds(new ArrayList<>(programs.isEmpty() ? List.of()
                    : List.of(programs.get(count % programs.size()))));
            request.setPreferredIntake(count % 2 == 0 ? "2027-08" : "2028-01");
            request.setConsentToContact(true);
            request.setConsentToNews(count % 3 == 0);
            intake.receiveAndRouteAcrossTenants(InquiryValidator.validate(request, Languages.fromTag(person.language()),
                    Year.of(2026)), "demo-pipeline:" + count, Inquiry.Channel.FORM, null, received);
            Long leadId = em.createQuery("select l.id from Lead l where l.tenantId = :t and l.emailNormalized = :e",
                            Long.class).setParameter("t", centre.getId())
                    .setParameter("e", InquiryValidator.normalizeEmail(person.email() + "@exemple.demo"))
                    .getSingleResult();
            Instant answered = received.plus(Duration.ofHours(20));
            em.createNativeQuery("update routed_inquiry set status = 'CONTACTED', contacted_at = ?1 where lead_id = ?2")
                    .setParameter(1, answered).setParameter(2, leadId).executeUpdate();
            em.createNativeQuery("update lead_task set done_at = ?1 where lead_id = ?2")
                    .setParameter(1, answered).setParameter(2, leadId).executeUpdate();
            Instant stageSince = received.plus(Duration.ofDays(2L + person.stage().ordinal()));
            em.createNativeQuery("update `lead` set stage = ?1, stage_since = ?2, lost_reason = ?3 where id = ?4")
                    .setParameter(1, person.stage().name()).setParameter(2, stageSince)
                    .setParameter(3, person.stage() == LeadStage.LOST ? "A choisi un autre établissement / Chose another school" : null)
                    .setParameter(4, leadId).executeUpdate();
            em.createNativeQuery("insert into lead_event (tenant_id, lead_id, kind, detail, occurred_at) "
                            + "values (?1, ?2, 'STAGE_CHANGED', ?3, ?4)")
                    .setParameter(1, centre.getId()).setParameter(2, leadId)
                    .setParameter(3, "NEW → " + person.stage()).setParameter(4, stageSince).executeUpdate();
            stageHistory(centre.getId(), leadId, person.stage(), received);
            funnels.refresh(List.of(leadId));
            if (count % 4 == 0) {
                em.createNativeQuery("insert into lead_tag (lead_id, tenant_id, tag) values (?1, ?2, ?3)")
                        .setParameter(1, leadId).setParameter(2, centre.getId())
                        .setParameter(3, "journees-quebec-2026").executeUpdate();
            }
            count++;
        }
        // The stages were written above the entities' heads: the leads the intake loaded still say NEW, and the next
        // request, which fills Ousmane's phone, would write his whole row back with it.
        em.flush();
        em.clear();
        returningFromAPartnerSite(programs, now);
        applications(centre, now);
        em.createQuery("delete from OutboxMessage m where m.recipient like '%@exemple.demo'").executeUpdate();
        return count;
    }

    /**
     * The stage history of a demo lead: one step forward a day up to its stage (the last step on the day its stage
     * says), so that the reports' funnel, time in stage and weekly trends have something to show; a lost lead is lost
     * from NEW.
     */
    private void stageHistory(long tenantId, long leadId, LeadStage stage, Instant received) {
        List<LeadStage> path = stage == LeadStage.LOST ? List.of(LeadStage.LOST)
                : LeadStage.board().subList(1, stage.ordinal() + 1);
        LeadStage from = LeadStage.NEW;
        Instant fromSince = received;
        for (int step = 0; step < path.size(); step++) {
            LeadStage to = path.get(step);
            Instant at = stage == LeadStage.LOST ? received.plus(Duration.ofDays(2L + stage.ordinal()))
                    : received.plus(Duration.ofDays(3L + step));
            em.createNativeQuery("insert into lead_stage_change (tenant_id, lead_id, from_stage, from_stage_since,"
                            + " to_stage, to_stage_rank, lost_reason, changed_at, origin)"
                            + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'STAFF')")
                    .setParameter(1, tenantId).setParameter(2, leadId).setParameter(3, from.name())
                    .setParameter(4, fromSince).setParameter(5, to.name())
                    .setParameter(6, ca.tremplin.person.StageChange.rank(to))
                    .setParameter(7, to == LeadStage.LOST ? "A choisi un autre établissement / Chose another school" : null)
                    .setParameter(8, at).executeUpdate();
            from = to;
            fromSince = at;
        }
    }
}
