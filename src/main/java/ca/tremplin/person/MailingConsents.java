package ca.tremplin.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
 * information request, a registration or an application lasts six months from the latest one, then lapses. A consent
 * withdrawn (on the preferences page, or by phone or letter as staff recorded it) leaves the person out at once. Read
 * from the person's consent register ({@link ConsentRegister}) at the time of sending; the rules are
 * {@link ConsentStandings}.
 */
@ApplicationScoped
public class MailingConsents {

    /** How long consent implied by an inquiry or an application lasts (CASL). */
    public static final int IMPLIED_MONTHS = 6;

    /** Where a person stands; only {@link #EXPRESS} and {@link #IMPLIED} allow bulk e-mail. */
    public enum Standing {
        EXPRESS, IMPLIED, LAPSED, NONE,
        /** The person withdrew consent to news, or to being contacted, and has not given it again. */
        WITHDRAWN,
        /**
         * Never agreed, and said no to being contacted on the form or the list they came from
         * ({@link ConsentStandings#contactDeclined}): no consent, as {@link #NONE}, and a reason a recruiter tells apart.
         */
        REFUSED;

        public boolean allowsBulkMail() {
            return this == EXPRESS || this == IMPLIED;
        }

        public String messageKey() {
            return "casl.standing." + name();
        }
    }

    @Inject
    ConsentRegister register;

    /** At {@code now}, consent implied by what a person did before this moment has lapsed. */
    public static Instant lapsedBefore(Instant now) {
        return LocalDateTime.ofInstant(now, ZoneOffset.UTC).minusMonths(IMPLIED_MONTHS).toInstant(ZoneOffset.UTC);
    }

    /** When consent implied at {@code given} lapses, {@link #IMPLIED_MONTHS} months on. */
    public static Instant lapsesAt(Instant given) {
        return LocalDateTime.ofInstant(given, ZoneOffset.UTC).plusMonths(IMPLIED_MONTHS).toInstant(ZoneOffset.UTC);
    }

    /** Each lead's standing at {@code now}; a lead with no consent recorded is {@link Standing#NONE}. */
    @Transactional
    public Map<Long, Standing> standing(Collection<Long> leadIds, Instant now) {
        Map<Long, Standing> standing = new HashMap<>();
        if (leadIds.isEmpty()) {
            return standing;
        }
        Instant lapsedBefore = lapsedBefore(now);
        Map<Long, List<ConsentEntry>> registers = register.registers(leadIds);
        leadIds.forEach(id -> standing.put(id, ConsentStandings.standing(registers.getOrDefault(id, List.of()),
                lapsedBefore)));
        return standing;
    }
}
