package ca.tremplin.application;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.security.Role;
import ca.tremplin.security.SignedInUser;
import ca.tremplin.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an application was sent before it was sent again ({@code offer_application_earlier_sending}, V74). A person who
 * withdrew their consent to the processing of their applications and applies to the same offer again gives that
 * consent again with the CV and message they send now, which become the application's; what they had sent is kept
 * here as it was, never overwritten nor dropped. The centre does not read it — the consent it came with was withdrawn,
 * and the one given again came with the new CV — but sees that it exists, when it was sent and under what name. The
 * person's data holds it (access, portability); erasure clears it with the application ({@code PersonErasure}), and so
 * does the nightly retention run once the centre's "lost or inactive" months have passed since the next sending
 * replaced it ({@code PersonErasure.forgetEarlierSendings}), as the form and the mail tell the person: a person still
 * followed keeps no CV they replaced past what the centre's rules keep. Its file's name then reads "—".
 *
 * <p>Native SQL: the file is a blob no entity should load by accident, as for the application's own CV.
 */
@ApplicationScoped
public class EarlierSendings {

    /**
     * Earlier versions one application keeps at most: each holds a CV of up to 8 MB, and sending again needs the
     * consent withdrawn first, so no one reaches it but by going round in circles.
     */
    static final int MOST_PER_APPLICATION = 10;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    SignedInUser signedInUser;

    /** One earlier version, as staff see it beside the application: never its message nor its file. */
    public record EarlierSending(long id, long applicationId, Instant sentAt, Instant replacedAt, String cvFileName)
            implements Serializable {
    }

    /**
     * Keeps what the application holds now — its CV (file and name), its message, when it was sent — as an earlier
     * version replaced at {@code replacedAt}, in the caller's transaction, before the application takes what was sent
     * again. Refused, with nothing kept, past {@link #MOST_PER_APPLICATION}.
     */
    EarlierSending keep(OfferApplication application, Instant replacedAt) {
        long kept = ((Number) em.createNativeQuery("select count(*) from offer_application_earlier_sending"
                        + " where application_id = ?1").setParameter(1, application.getId()).getSingleResult())
                .longValue();
        if (kept >= MOST_PER_APPLICATION) {
            throw new BusinessRuleException("application.sentAgainTooOften", MOST_PER_APPLICATION);
        }
        em.createNativeQuery("insert into offer_application_earlier_sending (tenant_id, application_id, sent_at,"
                        + " replaced_at, cover_message, cv_file_name, cv_content_type, cv_content)"
                        + " select a.tenant_id, a.id, a.consent_at, ?2, a.cover_message, a.cv_file_name,"
                        + " a.cv_content_type, cv.content from offer_application a"
                        + " left join offer_application_cv cv on cv.application_id = a.id where a.id = ?1")
                .setParameter(1, application.getId())
                .setParameter(2, LocalDateTime.ofInstant(replacedAt, ZoneOffset.UTC)).executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery("select id, sent_at from offer_application_earlier_sending"
                        + " where application_id = ?1 order by id desc")
                .setParameter(1, application.getId()).setMaxResults(1).getSingleResult();
        return new EarlierSending(((Number) row[0]).longValue(), application.getId(), instant(row[1]), replacedAt,
                application.getCvFileName());
    }

    /**
     * The earlier versions of the offer's applications, by application, oldest first: what the offer's list shows
     * beside each CV. The centre's own only (the offer was found through the tenant filter by the caller's page, and
     * each row is read under the current centre here too).
     */
    @Transactional
    public Map<Long, List<EarlierSending>> ofOffer(long offerId) {
        signedInUser.require(Role.RECRUITER, Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select e.id, e.application_id, e.sent_at, e.replaced_at,"
                        + " e.cv_file_name from offer_application_earlier_sending e"
                        + " join offer_application a on a.id = e.application_id"
                        + " where a.offer_id = ?1 and a.tenant_id = ?2 and e.tenant_id = ?2"
                        + " order by e.application_id, e.sent_at, e.id")
                .setParameter(1, offerId).setParameter(2, TenantContext.currentTenantId()).getResultList();
        Map<Long, List<EarlierSending>> byApplication = new LinkedHashMap<>();
        for (Object[] row : rows) {
            long application = ((Number) row[1]).longValue();
            byApplication.computeIfAbsent(application, id -> new ArrayList<>()).add(new EarlierSending(
                    ((Number) row[0]).longValue(), application, instant(row[2]), instant(row[3]), (String) row[4]));
        }
        return byApplication;
    }

    /** A moment as a native query returns it (the database keeps UTC). */
    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return value instanceof LocalDateTime local ? local.toInstant(ZoneOffset.UTC) : (Instant) value;
    }
}
