package ca.tremplin.person;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A person's consent register: the consents given with each request, registration and application
 * ({@link ConsentRecord}), and every change since ({@link ConsentChange}), read as one list; and the one place that
 * appends a change. Nothing here updates a line: a withdrawal is a new line, and so is a consent given again.
 *
 * <p>Reads are native SQL by lead id; the callers have loaded those leads through the tenant filter, so the ids are
 * the current centre's (or, for the preferences page, the ids it found for the link's address).
 */
@ApplicationScoped
public class ConsentRegister {

    private static final int LONGEST_NOTE = 1000;

    /**
     * Every line about the leads {@code :ids}, each with the lead it belongs to: the consents given with their
     * requests (a merge moves a request to the kept lead, and its changes too), registrations and applications, and
     * every change since. Each part reads its own index by lead id. {@code %1$s} and {@code %2$s} are the columns a
     * form's line and a change give of what was said (or none), {@code %3$s} and {@code %4$s} a condition on their
     * purposes. Each row: the lead, when, the purpose, granted, the channel of a change, whether an imported list
     * said it (a registration an import made: {@link ConsentSources#importLine}, read from the consent's own row,
     * which the query reads anyway), what was said, the line's id.
     */
    private static final String LINES_OF = """
            select r.lead_id, c.given_at, c.purpose, c.granted, null, false%1$s, c.id
            from routed_inquiry r join consent_record c on c.inquiry_id = r.inquiry_id where r.lead_id in (:ids)%3$s
            union all
            select g.lead_id, c.given_at, c.purpose, c.granted, null, c.source like 'IMPORT #%%'%1$s, c.id
            from event_registration g join consent_record c on c.event_registration_id = g.id
            where g.lead_id in (:ids)%3$s
            union all
            select a.lead_id, c.given_at, c.purpose, c.granted, null, false%1$s, c.id
            from offer_application a join consent_record c on c.offer_application_id = a.id
            where a.lead_id in (:ids)%3$s
            union all
            select x.lead_id, x.changed_at, x.purpose, x.granted, x.channel, false%2$s, x.id
            from consent_change x where x.lead_id in (:ids)%4$s""";

    /** The columns before what was said: lead, when, purpose, granted, channel, from a list. */
    private static final int BEFORE_SAID = 6;

    /** Every line, word for word, with the network address it came from (staff read it on the lead page). */
    private static final String LINES = LINES_OF.formatted(
            ", c.source, c.language, c.text_version, c.text_shown, null, null, c.guardian_name, null, c.ip_address",
            ", null, x.language, x.text_version, x.text_shown, x.note, x.recorded_by, null, x.recorded_at,"
                    + " x.ip_address", "", "");

    /**
     * The lines on being contacted, on news and on applications (whose consent implies one to be written to, as a
     * request's does), without the words shown: what a person's standing on being written to is made of, read for a
     * thousand people at a time by an export, where the texts would be most of the bytes.
     */
    private static final String CONTACT_LINES = LINES_OF.formatted("", "",
            " and c.purpose in ('CONTACT', 'NEWS', 'APPLICATION')",
            " and x.purpose in ('CONTACT', 'NEWS', 'APPLICATION')");

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<ProcessingWithdrawn> processingWithdrawn;

    @Inject
    Clock clock;

    /** One lead's register, newest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ConsentEntry> history(long leadId) {
        List<ConsentEntry> lines = new ArrayList<>(registers(List.of(leadId)).getOrDefault(leadId, List.of()));
        Collections.reverse(lines);
        return lines;
    }

    /**
     * The registers of these leads, one query for all, each oldest first; a lead with no line has none in the map.
     * Two lines may bear the same time (written at one instant), so a change made at the time of the form it changes
     * must still come after it: on a tie, form lines come first, then changes in the order they were written.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Long, List<ConsentEntry>> registers(Collection<Long> leadIds) {
        return read(LINES, leadIds);
    }

    /**
     * As {@link #registers}, the lines on being contacted, on news and on applications alone, without the words that
     * were shown or the notes: enough for every rule of {@link ConsentStandings}, one query for all these leads.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Long, List<ConsentEntry>> contactLines(Collection<Long> leadIds) {
        return read(CONTACT_LINES, leadIds);
    }

    /**
     * One lead's register oldest first, as {@link ConsentStandings} reads it: two lines of one second (a withdrawal and
     * the news given right after it) in the order they were written, which {@link #history}'s newest first would
     * turn around.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ConsentEntry> lines(long leadId) {
        return registers(List.of(leadId)).getOrDefault(leadId, List.of());
    }

    private Map<Long, List<ConsentEntry>> read(String lines, Collection<Long> leadIds) {
        Map<Long, List<ConsentEntry>> registers = new HashMap<>();
        if (leadIds.isEmpty()) {
            return registers;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = new ArrayList<>(em.createNativeQuery(lines).setParameter("ids", leadIds).getResultList());
        rows.sort(Comparator.comparing((Object[] row) -> instant(row[1])).thenComparing(row -> row[4] != null)
                .thenComparing(row -> ((Number) row[row.length - 1]).longValue()));
        for (Object[] row : rows) {
            boolean said = row.length > BEFORE_SAID + 1;
            int at = BEFORE_SAID;
            registers.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>()).add(new ConsentEntry(
                    instant(row[1]), ConsentPurpose.valueOf((String) row[2]), truth(row[3]),
                    row[4] == null ? null : ConsentChannel.valueOf((String) row[4]), said ? (String) row[at] : null,
                    said ? (String) row[at + 1] : null, said ? (String) row[at + 2] : null,
                    said ? (String) row[at + 3] : null, said ? (String) row[at + 4] : null,
                    said && row[at + 5] != null ? ((Number) row[at + 5]).longValue() : null,
                    said ? (String) row[at + 6] : null, truth(row[5]), said ? instant(row[at + 7]) : null,
                    said ? (String) row[at + 8] : null));
        }
        return registers;
    }

    /**
     * A consent withdrawn (or given again) by the person, said at {@code at} through {@code channel}, appended to the
     * lead's register with the sentence it stands for in the person's language. {@code recordedBy} is the member of
     * staff who wrote it down, or null when the person did it themselves on the preferences page.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ConsentChange append(Lead lead, ConsentPurpose purpose, boolean granted, ConsentChannel channel, Instant at,
                                String note, Long recordedBy, String ipAddress, Locale language) {
        return append(lead, purpose, granted, channel, at, note, recordedBy, ipAddress, language, false);
    }

    /**
     * As the other, and {@code onBehalf}: a parent or guardian acts for the person under 14 they answer for, whose
     * register keeps the sentence they said ({@link ConsentTexts#onBehalf}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ConsentChange append(Lead lead, ConsentPurpose purpose, boolean granted, ConsentChannel channel, Instant at,
                                String note, Long recordedBy, String ipAddress, Locale language, boolean onBehalf) {
        if (purpose == null || purpose == ConsentPurpose.GUARDIAN) {
            throw new BusinessRuleException("consent.choosePurpose");
        }
        if (channel == null) {
            throw new BusinessRuleException("consent.chooseChannel");
        }
        Instant now = clock.instant();
        if (at == null || at.isAfter(now)) {
            throw new BusinessRuleException("consent.whenInFuture");
        }
        if (!granted) {
            // The register's latest word on a purpose is the one said last: a withdrawal said before the consent
            // the person gave since would be recorded and change nothing. Said so, with the date that would count.
            // An application sent since covers itself alone: the withdrawal still stops those sent before it.
            history(lead.getId()).stream().filter(line -> line.purpose() == purpose && line.granted()
                            && (purpose != ConsentPurpose.APPLICATION || ConsentStandings.forEveryApplication(line))
                            && line.at().isAfter(at)).map(ConsentEntry::at).max(Instant::compareTo)
                    .map(given -> given.atZone(ca.tremplin.kernel.QuebecTime.ZONE)).ifPresent(given -> {
                        throw new BusinessRuleException("consent.withdrawalBeforeConsent", given.toLocalDate(),
                                given.toLocalTime().withSecond(0).withNano(0).toString());
                    });
            Instant asked = purpose == ConsentPurpose.CONTACT
                    ? ConsentStandings.askedToBeWrittenToSince(lines(lead.getId()), at) : null;
            if (asked != null) {
                // News given since, or a request or an application, ends a withdrawal of being contacted said before
                // it: recorded as said, it would show in the register and stop nothing.
                java.time.ZonedDateTime since = asked.atZone(ca.tremplin.kernel.QuebecTime.ZONE);
                throw new BusinessRuleException("consent.withdrawalBeforeAskingAgain", since.toLocalDate(),
                        since.toLocalTime().withSecond(0).withNano(0).toString());
            }
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > LONGEST_NOTE) {
            throw new BusinessRuleException("consent.noteTooLong", LONGEST_NOTE);
        }
        Locale locale = Languages.supported(language);
        ConsentTexts.Shown text = onBehalf ? ConsentTexts.onBehalf(purpose, granted, locale)
                : granted ? ConsentTexts.of(purpose, locale) : ConsentTexts.withdrawal(purpose, locale);
        ConsentChange change = new ConsentChange(lead, purpose, granted, text, Languages.code(locale), at, channel,
                cleanNote, recordedBy, now, ipAddress);
        em.persist(change);
        // The purpose by its code, said in the reader's language on the timeline (TimelineDetails): staff of either
        // language read it, whatever language the person speaks.
        em.persist(new LeadEvent(lead, granted ? LeadEventKind.CONSENT_GIVEN : LeadEventKind.CONSENT_WITHDRAWN,
                recordedBy, purpose.name(), now));
        if (!granted && purpose == ConsentPurpose.APPLICATION) {
            processingWithdrawn.fire(new ProcessingWithdrawn(lead.getTenantId(), lead.getId()));
        }
        return change;
    }

    /** A moment as a native query returns it (the database keeps UTC). */
    static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        return (Instant) value;
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
