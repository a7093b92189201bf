package ca.tremplin.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CASL: may the centre send this person a commercial electronic message (its bulk e-mail) now? Express consent —
 * the news box ticked on a request, a registration or an application — does not expire. Consent implied by an
 * information request, a registration or an application lasts six months from the latest one, then lapses. Read
 * from the consents recorded word for word with each of them, at the time of sending.
 */
@ApplicationScoped
public class MailingConsents {

    /** How long consent implied by an inquiry or an application lasts (CASL). */
    public static final int IMPLIED_MONTHS = 6;

    /** Where a person stands; only {@link #EXPRESS} and {@link #IMPLIED} allow bulk e-mail. */
    public enum Standing {
        EXPRESS, IMPLIED, LAPSED, NONE;

        public boolean allowsBulkMail() {
            return this == EXPRESS || this == IMPLIED;
        }

        public String messageKey() {
            return "casl.standing." + name();
        }
    }

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /** Each lead's standing at {@code now}; a lead with no consent recorded is {@link Standing#NONE}. */
    public Map<Long, Standing> standing(Collection<Long> leadIds, Instant now) {
        Map<Long, Standing> standing = new HashMap<>();
        leadIds.forEach(id -> standing.put(id, Standing.NONE));
        if (leadIds.isEmpty()) {
            return standing;
        }
        LocalDateTime lapsedBefore = LocalDateTime.ofInstant(now, ZoneOffset.UTC).minusMonths(IMPLIED_MONTHS);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select x.lead_id, max(case when x.purpose = 'NEWS' then 1 else 0 end),"
                        + " max(case when x.purpose <> 'NEWS' and x.given_at >= :lapsedBefore then 1 else 0 end)"
                        + " from (select r.lead_id, c.purpose, c.given_at from routed_inquiry r"
                        + " join consent_record c on c.inquiry_id = r.inquiry_id where r.lead_id in (:ids) and c.granted"
                        + " union all select g.lead_id, c.purpose, c.given_at from event_registration g"
                        + " join consent_record c on c.event_registration_id = g.id where g.lead_id in (:ids) and c.granted"
                        + " union all select a.lead_id, c.purpose, c.given_at from offer_application a"
                        + " join consent_record c on c.offer_application_id = a.id where a.lead_id in (:ids)"
                        + " and c.granted) x group by x.lead_id")
                .setParameter("ids", leadIds).setParameter("lapsedBefore", lapsedBefore).getResultList();
        for (Object[] row : rows) {
            boolean express = ((Number) row[1]).intValue() == 1;
            boolean implied = ((Number) row[2]).intValue() == 1;
            standing.put(((Number) row[0]).longValue(),
                    express ? Standing.EXPRESS : implied ? Standing.IMPLIED : Standing.LAPSED);
        }
        return standing;
    }
}
