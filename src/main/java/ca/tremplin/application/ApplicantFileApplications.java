package ca.tremplin.application;

import ca.tremplin.applicant.OwnApplication;
import ca.tremplin.applicant.OwnApplications;
import ca.tremplin.kernel.Languages;
import ca.tremplin.offer.Offer;
import ca.tremplin.offer.OfferPaths;
import ca.tremplin.offer.OfferStatus;
import ca.tremplin.person.ConsentEntry;
import ca.tremplin.person.ConsentPurpose;
import ca.tremplin.person.ConsentRegister;
import ca.tremplin.person.ConsentStandings;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The person's applications on the file their private link opens. The page has no signed-in tenant: the work is done
 * as the link's centre, so that Hibernate's tenant filter keeps every other centre's offers and applications out, and
 * each query names the link's person, so that no one else's appears.
 */
@ApplicationScoped
public class ApplicantFileApplications implements OwnApplications {

    @Inject
    Tenancy tenancy;

    @Inject
    ConsentRegister consentRegister;

    @Inject
    Clock clock;

    @Inject
    CandidateWithdrawal withdrawal;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Override
    public List<OwnApplication> of(long tenantId, long leadId) {
        return tenancy.asTenant(tenantId, () -> {
            List<Object[]> rows = ofThePerson(em, tenantId, leadId);
            if (rows.isEmpty()) {
                return List.of();
            }
            Tenant centre = em.find(Tenant.class, tenantId);
            // Law 25: a withdrawal is the person's, for every application they had sent before it; one sent since
            // is processed under its own consent. The merged duplicates' consents moved to the person's register
            // with the merge.
            List<ConsentEntry> register = consentRegister.lines(leadId);
            // A guardian's consent on any of their forms: the person was under 14, and applying again does not give
            // the consent again for them (ApplicationService.apply), so only the consents' link is pointed to.
            boolean underGuardian = register.stream().anyMatch(line -> line.purpose() == ConsentPurpose.GUARDIAN);
            return oneRowPerOffer(rows, leadId).stream().map(row -> {
                OfferApplication application = (OfferApplication) row[0];
                return line(application, (Offer) row[1], centre, ConsentStandings.processingWithdrawn(register,
                        application.getConsentAt()), underGuardian, clock);
            }).toList();
        });
    }

    /**
     * The person's applications at the centre and the offers they went to, newest first: their own lead's, and those
     * of the duplicates merged into it, which keep an application of theirs when both had applied to the same offer
     * (one per offer) — still this person's, as their lead page lists it for staff. The centre is named, for a caller
     * that crosses tenants.
     */
    static List<Object[]> ofThePerson(EntityManager em, long tenantId, long leadId) {
        return em.createQuery("""
                        select a, o from OfferApplication a, Offer o where o.id = a.offerId and a.tenantId = :tenant
                        and (a.leadId = :lead
                             or a.leadId in (select d.id from Lead d where d.mergedIntoId = :lead))
                        order by a.appliedAt desc, a.id desc""", Object[].class)
                .setParameter("tenant", tenantId).setParameter("lead", leadId).getResultList();
    }

    /**
     * The person withdraws one of their applications from their file ({@link CandidateWithdrawal}), as the link's
     * centre: its tenant filter keeps every other centre's applications out.
     */
    @Override
    public void withdraw(long tenantId, long leadId, long applicationId) {
        tenancy.asTenant(tenantId, () -> withdrawal.withdraw(leadId, applicationId));
    }

    /**
     * One row per offer, newest first: the person and a duplicate merged into them may both have applied to it, and
     * the person reads one application. One still under way is kept before one closed — the person's own withdrawn or
     * refused must not hide the duplicate's that still waits, which they can follow and withdraw —; among those, their
     * own lead's (the newest of its own, one withdrawn and sent again being two), else the duplicate's.
     */
    static List<Object[]> oneRowPerOffer(List<Object[]> newestFirst, long leadId) {
        Map<Long, Object[]> byOffer = new LinkedHashMap<>();
        for (Object[] row : newestFirst) {
            OfferApplication application = (OfferApplication) row[0];
            byOffer.merge(application.getOfferId(), row, (kept, other) -> rank(other, leadId) > rank(kept, leadId)
                    ? other : kept);
        }
        return List.copyOf(byOffer.values());
    }

    /** How much a row is the one the person should read of an offer: under way first, then their own lead's. */
    private static int rank(Object[] row, long leadId) {
        OfferApplication application = (OfferApplication) row[0];
        return (application.getStatus().isFinal() ? 0 : 2) + (application.getLeadId() == leadId ? 1 : 0);
    }

    /**
     * One application as the person reads it. The offer's page is linked while it answers: an open offer of a centre
     * whose public pages are on (its deadline past, it still shows, for the links already shared); a filled or
     * closed offer's page says it is gone, so no link leads there. An application closed (refused, withdrawn,
     * hired) is not on hold: nothing more is to be done with it, nor can it be withdrawn. One on hold (its processing
     * withdrawn, {@code processingWithdrawn}) is marked for applying again when that gives the consent again: the form
     * still takes applications to the offer, and the person is not under 14.
     */
    static OwnApplication line(OfferApplication application, Offer offer, Tenant centre, boolean processingWithdrawn,
                               boolean underGuardian, Clock clock) {
        boolean published = offer.getStatus() == OfferStatus.OPEN && centre.isActive();
        boolean onHold = processingWithdrawn && !application.getStatus().isFinal();
        boolean applyAgain = ApplicationService.applyingAgainGivesConsent(application.getStatus(), underGuardian,
                processingWithdrawn) && ApplicationService.takesApplications(offer, centre, clock);
        return new OwnApplication(offer.getTradeFr(), offer.getTradeEn(), offer.getEmployerName(),
                published ? OfferPaths.offer(Languages.FRENCH, centre.getSlug(), offer.getSlug()) : null,
                published ? OfferPaths.offer(Languages.ENGLISH, centre.getSlug(), offer.getSlug()) : null,
                application.getAppliedAt(), application.getStatus().asTheCandidateReadsIt(), onHold, applyAgain,
                application.getId(), !application.getStatus().isFinal());
    }
}
