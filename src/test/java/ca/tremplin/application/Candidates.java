package ca.tremplin.application;

import ca.tremplin.testsupport.OutboxFiles;
import ca.tremplin.mail.OutboxMessage;
import ca.tremplin.offer.Offer;
import ca.tremplin.person.LeadEventKind;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.testsupport.InquiryRequests;
import ca.tremplin.testsupport.TestCentre;
import ca.tremplin.testsupport.TestFixtures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Candidates of the application tests, as they come: each applies from an offer's public form, with a CV and the
 * consent ticked; and what they then find — their mail, their record's timeline — read as they would notice it.
 */
@ApplicationScoped
public class Candidates {

    static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    /** Interviews are planned ahead: next year's dates stay ahead whenever the suite runs. */
    static final int NEXT_YEAR = java.time.LocalDate.now().getYear() + 1;
    private static final String IP = "203.0.113.57";

    @Inject
    ApplicationService applications;

    @Inject
    TestFixtures fixtures;

    @Inject
    Tenancy tenancy;

    @Inject
    ca.tremplin.applicant.DocumentReviewService review;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /** An open offer of the centre besides its own: a welder's post ("Soudeur"). */
    Offer welding(TestCentre centre) {
        return anotherOffer(centre, "Soudures du Fjord", "Soudeur", "Welder");
    }

    /** An open offer of the centre besides its own: a boilermaker's post ("Chaudronnier"). */
    Offer boilermaking(TestCentre centre) {
        return anotherOffer(centre, "Chaudronnerie Lavoie", "Chaudronnier", "Boilermaker");
    }

    /** An open offer of the centre besides its own, its address a word of its own. */
    private Offer anotherOffer(TestCentre centre, String employer, String tradeFr, String tradeEn) {
        return fixtures.newOffer(centre.tenant(), employer, tradeFr, tradeEn,
                "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 10),
                ca.tremplin.offer.OfferStatus.OPEN);
    }

    /** A new address for a candidate of this test. */
    static String newAddress() {
        return InquiryRequests.uniqueEmail();
    }

    /** Thị Hoa Nguyễn applies to the offer from the French form, from this address. */
    long apply(Offer offer, String email) {
        return apply(offer, "Thị Hoa", "Nguyễn", email);
    }

    long apply(Offer offer, String firstName, String lastName, String email) {
        ApplicationRequest request = new ApplicationRequest();
        request.setFirstName(firstName);
        request.setLastName(lastName);
        request.setEmail(email);
        request.setCountry("VN");
        request.setMessage("Je suis soudeuse depuis trois ans.");
        request.setConsent(true);
        return applications.apply(offer.getId(), request, "cv.pdf", PDF, Locale.FRENCH, IP);
    }

    OfferApplication application(long id) {
        return tenancy.acrossAllTenants(() -> em.find(OfferApplication.class, id));
    }

    long leadOf(long applicationId) {
        return application(applicationId).getLeadId();
    }

    /**
     * Moves what was said back in time, as people say things minutes apart rather than in one second: the consent the
     * application was sent with by {@code applicationMinutes}, every change of the person's register by
     * {@code changeMinutes}.
     */
    void earlier(long applicationId, int applicationMinutes, long leadId, int changeMinutes) {
        tenancy.acrossAllTenants(() -> {
            em.createNativeQuery("update consent_record set given_at = given_at - interval ?2 minute"
                            + " where offer_application_id = ?1").setParameter(1, applicationId)
                    .setParameter(2, applicationMinutes).executeUpdate();
            em.createNativeQuery("update offer_application set consent_at = consent_at - interval ?2 minute,"
                            + " applied_at = applied_at - interval ?2 minute where id = ?1")
                    .setParameter(1, applicationId).setParameter(2, applicationMinutes).executeUpdate();
            return em.createNativeQuery("update consent_change set changed_at = changed_at - interval ?2 minute"
                    + " where lead_id = ?1").setParameter(1, leadId).setParameter(2, changeMinutes).executeUpdate();
        });
    }

    /** The messages the outbox holds for this address, oldest first (sent or waiting). */
    List<OutboxMessage> mailTo(String email) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select m from OutboxMessage m where m.recipient = :to"
                + " order by m.id", OutboxMessage.class).setParameter("to", email).getResultList());
    }

    /** The subjects of the messages to this address, oldest first. */
    List<String> subjectsTo(String email) {
        return mailTo(email).stream().map(OutboxMessage::getSubject).toList();
    }

    /** The text of the last message to this address. */
    String lastMailTo(String email) {
        List<OutboxMessage> all = mailTo(email);
        return all.get(all.size() - 1).getBodyText();
    }

    /** The calendar file the last message to this address carried, as text. */
    String lastIcsTo(String email) {
        List<OutboxMessage> all = mailTo(email);
        return new String(OutboxFiles.of(em, all.get(all.size() - 1)).content(), StandardCharsets.UTF_8);
    }

    /**
     * The lines of the record's timeline of these kinds, oldest first, each as "KIND detail" followed by " by staff"
     * when a member of staff wrote it.
     */
    List<String> timeline(long leadId, LeadEventKind... kinds) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select e.kind, e.detail, e.actorId from LeadEvent e"
                        + " where e.leadId = :lead and e.kind in :kinds order by e.id", Object[].class)
                .setParameter("lead", leadId).setParameter("kinds", Arrays.asList(kinds)).getResultList())
                .stream().map(line -> line[0] + " " + line[1] + (line[2] == null ? "" : " by staff")).toList();
    }

    /** The owner the person's record has now, as the lead page shows it before reassigning it. */
    Long ownerOf(long leadId) {
        return tenancy.acrossAllTenants(() -> em.find(ca.tremplin.person.Lead.class, leadId).getOwnerId());
    }

    /** The tasks open on the record, oldest first. */
    List<ca.tremplin.person.LeadTask> openTasks(long leadId) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select t from LeadTask t where t.leadId = :lead"
                        + " and t.doneAt is null order by t.id", ca.tremplin.person.LeadTask.class)
                .setParameter("lead", leadId).getResultList());
    }

    /** The private link to the person's file, as the centre's recruiter sends it: its token, read from the mail. */
    String fileLink(TestCentre centre, long leadId, String email) {
        try (ca.tremplin.tenant.TenantContext.Scope ignored = centre.asRecruiter()) {
            review.sendLink(leadId);
        }
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("/dossier\\.xhtml\\?token=([A-Za-z0-9_-]+)")
                .matcher(lastMailTo(email));
        if (!token.find()) {
            throw new AssertionError("no link to the file in " + lastMailTo(email));
        }
        return token.group(1);
    }

    /** Whether the outbox no longer holds the message: taken back before it left. */
    boolean takenBack(long messageId) {
        return tenancy.acrossAllTenants(() -> em.find(OutboxMessage.class, messageId)) == null;
    }

    /** The outbox gives the message up, as it does after its last failed attempt. */
    void givenUp(long messageId) {
        tenancy.acrossAllTenants(() -> em.createNativeQuery("update outbox_message set status = 'FAILED'"
                + " where id = ?1").setParameter(1, messageId).executeUpdate());
    }

    /** The newest message the centre's outbox holds, by its number; 0 when none. */
    long lastMessageOf(TestCentre centre) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select coalesce(max(m.id), 0) from OutboxMessage m"
                + " where m.tenantId = :t", Long.class).setParameter("t", centre.tenant().getId()).getSingleResult());
    }

    /** How many messages the centre's outbox took after the one numbered {@code last}. */
    long messagesAfter(TestCentre centre, long last) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select count(m) from OutboxMessage m"
                        + " where m.tenantId = :t and m.id > :last", Long.class)
                .setParameter("t", centre.tenant().getId()).setParameter("last", last).getSingleResult());
    }

    /** The centre gives no contact e-mail, a phone only: a reply to its mails would reach nobody there. */
    void reachedByPhoneOnly(TestCentre centre, String phone) {
        tenancy.acrossAllTenants(() -> em.createNativeQuery("update tenant set contact_email = null,"
                + " mailing_address = null, contact_phone = ?2 where id = ?1").setParameter(1, centre.tenant().getId())
                .setParameter(2, phone).executeUpdate());
    }

    /** The person's links to their file expired a minute ago. */
    void fileLinksExpired(long leadId) {
        tenancy.acrossAllTenants(() -> em.createNativeQuery("update applicant_link set expires_at = utc_timestamp(6)"
                + " - interval 1 minute where lead_id = ?1").setParameter(1, leadId).executeUpdate());
    }

    /** Whether each interview of the application is cancelled, in the order they were set. */
    List<Boolean> interviewsCancelled(long applicationId) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select i.cancelledAt is not null from Interview i"
                        + " where i.applicationId = :a order by i.id", Boolean.class).setParameter("a", applicationId)
                .getResultList());
    }
}
