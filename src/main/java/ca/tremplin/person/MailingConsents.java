package ca.tremplin.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * May the centre write to this person now? Read at the time of sending from the person's consent register
 * ({@link ConsentRegister}) and the centre's unsubscriptions, by the one rule of {@link ConsentStandings}: every mail
 * asks here, and the lead list's file says what it finds. For bulk e-mail (CASL): express consent — the news box
 * ticked on a request, a registration or an application — does not expire; consent implied by an information
 * request, a registration or an application lasts six months from the latest one, then lapses; a consent withdrawn
 * (on the preferences page, or by phone or letter as staff recorded it) leaves the person out at once.
 */
@ApplicationScoped
public class MailingConsents {

    /** How long consent implied by an inquiry or an application lasts (CASL). */
    public static final int IMPLIED_MONTHS = 6;

    /**
     * The person's unsubscription from a centre's bulk e-mail, by their lead: the address of the lead among the
     * centre's opt-outs, by their unique key.
     */
    private static final String OPTED_OUT = """
            select l.id, o.opted_out_at from `lead` l join mail_opt_out o
            on o.tenant_id = l.tenant_id and o.email_normalized = l.email_normalized where l.id in (:ids)""";

    /** Where a person stands for bulk e-mail; only {@link #EXPRESS} and {@link #IMPLIED} allow it. */
    public enum Standing {
        EXPRESS, IMPLIED, LAPSED, NONE,
        /** The person withdrew consent to news, or to being contacted, and has not given it again. */
        WITHDRAWN,
        /** The person refused to be contacted on the form or list they came from, and has not said yes since. */
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

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /** At {@code now}, consent implied by what a person did before this moment has lapsed. */
    public static Instant lapsedBefore(Instant now) {
        return LocalDateTime.ofInstant(now, ZoneOffset.UTC).minusMonths(IMPLIED_MONTHS).toInstant(ZoneOffset.UTC);
    }

    /** When consent implied at {@code given} lapses, {@link #IMPLIED_MONTHS} months on. */
    public static Instant lapsesAt(Instant given) {
        return LocalDateTime.ofInstant(given, ZoneOffset.UTC).plusMonths(IMPLIED_MONTHS).toInstant(ZoneOffset.UTC);
    }

    /**
     * Each lead's standing for bulk e-mail at {@code now} (the sending counts unsubscriptions apart); a lead with no
     * consent recorded is {@link Standing#NONE}.
     */
    @Transactional
    public Map<Long, Standing> standing(Collection<Long> leadIds, Instant now) {
        Instant lapsedBefore = lapsedBefore(now);
        return each(leadIds, false, (lines, unsubscribedAt) -> ConsentStandings.standing(lines, lapsedBefore));
    }

    /**
     * Where each of these leads stands on being written to at {@code now} ({@link ConsentStandings#emailContact}):
     * one query for their registers, one for their unsubscriptions, none per person.
     */
    @Transactional
    public Map<Long, EmailContact> emailContact(Collection<Long> leadIds, Instant now) {
        Instant lapsedBefore = lapsedBefore(now);
        return each(leadIds, true, (lines, unsubscribedAt) -> ConsentStandings.emailContact(lines, unsubscribedAt,
                lapsedBefore));
    }

    /**
     * For a list handed out of Tremplin, from one reading of each register: where each of these leads stands on being
     * written to ({@link #emailContact}), and those whose latest word on being contacted — not on news — is no
     * ({@link ConsentStandings#contactRefused}), whom nobody is to call.
     */
    public ListStandings listStandings(Collection<Long> leadIds, Instant now) {
        Instant lapsedBefore = lapsedBefore(now);
        Map<Long, EmailContact> emailContact = new HashMap<>();
        java.util.Set<Long> contactRefused = new java.util.HashSet<>();
        each(leadIds, true, (lines, unsubscribedAt) -> {
            EmailContact contact = ConsentStandings.emailContact(lines, unsubscribedAt, lapsedBefore);
            return new Object[] {contact, ConsentStandings.contactRefused(lines)};
        }).forEach((leadId, read) -> {
            emailContact.put(leadId, (EmailContact) read[0]);
            if ((Boolean) read[1]) {
                contactRefused.add(leadId);
            }
        });
        return new ListStandings(emailContact, contactRefused);
    }

    /** Where each lead of a list stands on being written to, and those nobody is to call. */
    public record ListStandings(Map<Long, EmailContact> emailContact, java.util.Set<Long> contactRefused) {
    }

    /**
     * Whether this kind of mail may go now to the person of this lead (the lead whose register it is: the record a
     * duplicate was merged into), by the rule of its kind ({@link ConsentStandings.Mail}).
     */
    @Transactional
    public boolean mayWrite(ConsentStandings.Mail kind, long leadId) {
        Instant lapsedBefore = lapsedBefore(clock.instant());
        return each(List.of(leadId), true, (lines, unsubscribedAt) -> ConsentStandings.mayWrite(kind, lines,
                unsubscribedAt, lapsedBefore)).get(leadId);
    }

    /**
     * Of these leads, those for whom an imported list's "yes" would overrule a no of their own, with that no
     * ({@link ConsentStandings#ownNoBeforeListYes}): the import records none of it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Long, EmailContact> ownNoBeforeListYes(Collection<Long> leadIds) {
        return each(leadIds, true, ConsentStandings::ownNoBeforeListYes);
    }

    /** What one reading of the rule makes of a person's register and their unsubscription (null: nothing). */
    private interface Reading<T> {
        T of(List<ConsentEntry> register, Instant unsubscribedAt);
    }

    /**
     * The reading of each of these leads, those it makes nothing of left out: one query for their registers and,
     * when the reading heeds them, one for their unsubscriptions.
     */
    private <T> Map<Long, T> each(Collection<Long> leadIds, boolean unsubscriptions, Reading<T> reading) {
        Map<Long, T> read = new HashMap<>();
        if (leadIds.isEmpty()) {
            return read;
        }
        Map<Long, List<ConsentEntry>> registers = register.contactLines(leadIds);
        Map<Long, Instant> unsubscribed = unsubscriptions ? optedOut(leadIds) : Map.of();
        for (Long id : leadIds) {
            T value = reading.of(registers.getOrDefault(id, List.of()), unsubscribed.get(id));
            if (value != null) {
                read.put(id, value);
            }
        }
        return read;
    }

    /** When each of these leads' address unsubscribed from its centre's bulk e-mail; absent when it did not. */
    private Map<Long, Instant> optedOut(Collection<Long> leadIds) {
        Map<Long, Instant> optedOut = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(OPTED_OUT).setParameter("ids", leadIds).getResultList();
        rows.forEach(row -> optedOut.put(((Number) row[0]).longValue(), ConsentRegister.instant(row[1])));
        return optedOut;
    }
}
