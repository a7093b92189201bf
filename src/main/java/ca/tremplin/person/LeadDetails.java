package ca.tremplin.person;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place where a person's details change. Staff correct them; every other source — a request from the form
 * or the API, an event registration, a quick capture, an application, an import, a record merged into this one —
 * may only fill a field the record lacks. A value such a source gives that differs from what the centre holds is not written over it: it becomes a
 * {@link LeadProposal} with a line on the timeline ("another value given by ... on ..."), and staff accept it in
 * one click. Every change, whatever its source, leaves a {@link LeadAudit} line: who or what, when, before, after.
 * Runs in the caller's transaction, for the lead's own tenant.
 */
@ApplicationScoped
public class LeadDetails implements java.io.Serializable {

    private static final String SEPARATOR = " · ";

    @Inject
    LeadRepository leads;

    @Inject
    jakarta.enterprise.event.Event<AddressCorrected> addressCorrected;

    /** The values a source gave for a person, by field; blank or absent values say nothing. */
    public static Map<LeadField, String> given(ContactDetails person) {
        Map<LeadField, String> values = new EnumMap<>(LeadField.class);
        values.put(LeadField.FIRST_NAME, person.firstName());
        values.put(LeadField.LAST_NAME, person.lastName());
        values.put(LeadField.EMAIL, person.email());
        values.put(LeadField.PHONE, person.phoneE164());
        values.put(LeadField.COUNTRY, person.countryOfResidence());
        values.put(LeadField.CITIZENSHIP, person.citizenship());
        values.put(LeadField.LANGUAGE, person.language() == null ? null : Languages.code(person.language()));
        return values;
    }

    /**
     * What a source that may not rewrite the record said of a person it joined: fills each field the record lacks
     * (audited, with the source), and keeps each differing value as a proposal, once per field and value.
     *
     * @return the fields for which another value was proposed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<LeadField> fillOrPropose(Lead lead, Map<LeadField, String> given, ChangeSource source,
                                         Long sourceRef, Instant at) {
        return fillOrPropose(lead, given, source, sourceRef, null, at);
    }

    /**
     * As above, with the staff member who typed what the person said ({@code typedBy}: a recruiter's capture at a
     * fair, a walk-in), named in the audit of what was filled and on the timeline's proposals; null when the person
     * sent it themselves.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<LeadField> fillOrPropose(Lead lead, Map<LeadField, String> given, ChangeSource source,
                                         Long sourceRef, Long typedBy, Instant at) {
        if (source.isTrusted()) {
            throw new IllegalArgumentException(source + " corrects a record, it does not propose");
        }
        return fillOrProposeFrom(lead, given, source, sourceRef, typedBy, at).proposed();
    }

    /** The fields a record took from another source: those it lacked, filled, and those that differed, proposed. */
    public record Taken(List<LeadField> filled, List<LeadField> proposed) {
    }

    /**
     * A record merged into {@code survivor} by a member of staff: what it held is not dropped with it. Each field the
     * survivor lacks is filled from it, audited as a merge by the member of staff with the merged record as the
     * reference; each value that differs is kept as a proposal on the survivor, as another source's would be, so
     * that staff choose which is right in one click rather than the merge choosing for them. Call it once the
     * merged record points at the survivor: the survivor may then take its address, the key moving with it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Taken takeFromMerged(Lead survivor, Lead merged, long staffId, Instant at) {
        Map<LeadField, String> held = new EnumMap<>(LeadField.class);
        for (LeadField field : LeadField.values()) {
            held.put(field, field.of(merged));
        }
        return fillOrProposeFrom(survivor, held, ChangeSource.MERGE, merged.getId(), staffId, at);
    }

    private Taken fillOrProposeFrom(Lead lead, Map<LeadField, String> given, ChangeSource source, Long sourceRef,
                                    Long typedBy, Instant at) {
        List<LeadField> filled = new java.util.ArrayList<>();
        List<LeadField> proposed = new java.util.ArrayList<>();
        List<LeadProposal> open = null;
        for (Map.Entry<LeadField, String> entry : given.entrySet()) {
            LeadField field = entry.getKey();
            String value = clean(entry.getValue());
            String held = clean(field.of(lead));
            if (value == null || sameValue(field, held, value)) {
                continue;
            }
            if (held == null && !oneNameHeld(lead, field, source)) {
                write(lead, field, value, typedBy, source, sourceRef, at);
                filled.add(field);
                continue;
            }
            if (open == null) {
                open = new java.util.ArrayList<>(leads.openProposals(lead.getId()));
            }
            boolean alreadyProposed = open.stream().anyMatch(p -> p.getField() == field
                    && sameValue(field, p.getProposedValue(), value));
            if (!alreadyProposed) {
                LeadProposal proposal = new LeadProposal(lead, field, value, source, sourceRef, at);
                leads.persist(proposal);
                open.add(proposal);
                leads.persist(new LeadEvent(lead, LeadEventKind.VALUE_PROPOSED, typedBy,
                        proposalDetail(field, source, value), at));
                proposed.add(field);
            }
        }
        return new Taken(filled, proposed);
    }

    /**
     * A correction by staff (or a value staff accepted): writes the value and audits it. A new e-mail moves the matching key with
     * it, unless another lead of the centre already has that address.
     *
     * @return whether the value changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean correct(Lead lead, LeadField field, String value, Long staffId, ChangeSource source,
                           Long sourceRef, Instant at) {
        if (!source.isTrusted()) {
            throw new IllegalArgumentException(source + " may not rewrite a record");
        }
        String after = clean(value);
        if (after == null && (field == LeadField.FIRST_NAME || field == LeadField.LAST_NAME)) {
            // A name emptied is kept as "": a person may have one name only, in either field (never null).
            after = "";
        }
        if (Objects.equals(field.of(lead), after)) {
            return false;
        }
        write(lead, field, after, staffId, source, sourceRef, at);
        return true;
    }

    /**
     * Staff accept a value another source gave: it is written over the record, audited, and the proposal closed.
     * {@code shownValue} is what the field held on the page where staff accepted it: a colleague who corrected the
     * field since is not silently written over, the acceptance is refused and the page shows the field as it is now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void accept(Lead lead, long proposalId, String shownValue, long staffId, Instant at) {
        LeadProposal proposal = openProposal(lead, proposalId);
        String held = clean(proposal.getField().of(lead));
        if (!sameValue(proposal.getField(), held, clean(shownValue))) {
            throw new BusinessRuleException("lead.proposalFieldChangedMeanwhile",
                    new ca.tremplin.kernel.Messages.Phrase(proposal.getField().messageKey()));
        }
        correct(lead, proposal.getField(), proposal.getProposedValue(), staffId, ChangeSource.PROPOSAL_ACCEPTED,
                proposalId, at);
        proposal.decide(LeadProposal.Status.ACCEPTED, staffId, at);
        leads.persist(new LeadEvent(lead, LeadEventKind.PROPOSAL_ACCEPTED, staffId,
                proposalDetail(proposal.getField(), proposal.getSource(), proposal.getProposedValue()), at));
    }

    /**
     * What a source filled on the record, given back as it was before: each field it filled where the record lacked
     * it, when nothing changed that field since (the record still holds the value filled, and no later line of the
     * journal is about it), with an audit line by {@code givenBackBy}; and the values it proposed that staff have not
     * decided on, withdrawn with their timeline lines. An address is never given back: the record was found by it.
     *
     * @return the fields given back
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<LeadField> giveBack(Lead lead, ChangeSource filledBy, long sourceRef, ChangeSource givenBackBy,
                                    Instant at) {
        Map<LeadField, String> before = filledAndUntouchedSince(leads.auditOf(lead.getId()), filledBy, sourceRef,
                lead);
        before.forEach((field, value) -> write(lead, field, value, null, givenBackBy, sourceRef, at));
        for (LeadProposal proposal : leads.openProposals(lead.getId())) {
            if (proposal.getSource() == filledBy && Long.valueOf(sourceRef).equals(proposal.getSourceRef())) {
                leads.withdrawProposal(proposal, proposalDetail(proposal.getField(), filledBy,
                        proposal.getProposedValue()));
            }
        }
        return List.copyOf(before.keySet());
    }

    /**
     * The fields {@code filledBy} ({@code sourceRef}) filled that still hold what it wrote, untouched since — its
     * fill the field's latest line of the journal —, each with the value it held before (a name as "", never null).
     */
    static Map<LeadField, String> filledAndUntouchedSince(List<LeadAudit> journal, ChangeSource filledBy,
                                                          long sourceRef, Lead lead) {
        Map<LeadField, LeadAudit> latest = new EnumMap<>(LeadField.class);
        for (LeadAudit line : journal) {
            latest.put(LeadField.valueOf(line.getField()), line);
        }
        Map<LeadField, String> before = new EnumMap<>(LeadField.class);
        latest.forEach((field, line) -> {
            if (field != LeadField.EMAIL && line.getSource() == filledBy
                    && Long.valueOf(sourceRef).equals(line.getSourceRef()) && clean(line.getOldValue()) == null
                    && sameValue(field, clean(field.of(lead)), clean(line.getNewValue()))) {
                boolean name = field == LeadField.FIRST_NAME || field == LeadField.LAST_NAME;
                before.put(field, line.getOldValue() == null && name ? "" : line.getOldValue());
            }
        });
        return before;
    }

    /** Staff set aside a value another source gave; the record stays as it is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void dismiss(Lead lead, long proposalId, long staffId, Instant at) {
        LeadProposal proposal = openProposal(lead, proposalId);
        proposal.decide(LeadProposal.Status.DISMISSED, staffId, at);
        leads.persist(new LeadEvent(lead, LeadEventKind.PROPOSAL_DISMISSED, staffId,
                proposalDetail(proposal.getField(), proposal.getSource(), proposal.getProposedValue()), at));
    }

    /** The timeline's detail of a proposal: field, source and value, read back by {@link #readProposalDetail}. */
    public static String proposalDetail(LeadField field, ChangeSource source, String value) {
        return field.name() + SEPARATOR + source.name() + SEPARATOR + value;
    }

    /** A proposal's detail as written by {@link #proposalDetail}; null for any other text. */
    public static ProposalDetail readProposalDetail(String detail) {
        if (detail == null) {
            return null;
        }
        String[] parts = detail.split(SEPARATOR, 3);
        try {
            return parts.length == 3
                    ? new ProposalDetail(LeadField.valueOf(parts[0]), ChangeSource.valueOf(parts[1]), parts[2]) : null;
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }

    public record ProposalDetail(LeadField field, ChangeSource source, String value) {
    }

    private LeadProposal openProposal(Lead lead, long proposalId) {
        LeadProposal proposal = leads.findProposal(proposalId)
                .filter(p -> p.getLeadId().equals(lead.getId()))
                .orElseThrow(() -> new NotFoundException("proposal " + proposalId));
        if (proposal.getStatus() != LeadProposal.Status.OPEN) {
            throw new BusinessRuleException("lead.proposalDecided");
        }
        return proposal;
    }

    private void write(Lead lead, LeadField field, String value, Long actorId, ChangeSource source, Long sourceRef,
                       Instant at) {
        if (field == LeadField.EMAIL) {
            String key = ContactDetails.normalizeEmail(value);
            Optional<Lead> holder = key.equals(lead.getEmailNormalized()) ? Optional.empty()
                    : leads.anotherLeadWithEmail(lead.getTenantId(), key, lead.getId());
            if (holder.isPresent()) {
                if (holder.get().getMergedIntoId() == null || !leads.living(holder.get()).getId().equals(lead.getId())) {
                    throw new BusinessRuleException("lead.emailTaken", value);
                }
                // The address of a lead merged into this one: the key moves here, so two leads never share it.
                holder.get().releaseEmailKey();
                leads.flush();
            }
        }
        String before = field.of(lead);
        String formerKey = lead.getEmailNormalized();
        field.write(lead, value);
        if (field == LeadField.EMAIL && before != null && !sameValue(field, before, value)) {
            leads.endFileLinks(lead.getId());
        }
        leads.persist(new LeadAudit(lead, actorId, field, before, value, source, sourceRef, at));
        if (field == LeadField.EMAIL && formerKey != null && lead.getEmailNormalized() != null
                && !formerKey.equals(lead.getEmailNormalized())) {
            // What is kept by the address (an unsubscription, a seat at an event) follows the person to the new one.
            addressCorrected.fire(new AddressCorrected(lead, formerKey, lead.getEmailNormalized(), value, actorId, at));
        }
    }

    /**
     * Two values that say the same: names whatever their case and spaces, e-mails by their key, codes exactly. The one
     * rule for every source of a person's details, a list imported included.
     */
    public static boolean sameValue(LeadField field, String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        return switch (field) {
            // Both lower-cased, then compared exactly: equalsIgnoreCase would also equal "Yılmaz" and "Yilmaz"
            // (both upper-case to "YILMAZ"), two spellings of which the other would be dropped without a trace.
            case FIRST_NAME, LAST_NAME -> squeeze(a).equals(squeeze(b));
            case EMAIL -> ContactDetails.normalizeEmail(a).equals(ContactDetails.normalizeEmail(b));
            case COUNTRY, CITIZENSHIP, LANGUAGE -> a.strip().equalsIgnoreCase(b.strip());
            case PHONE -> a.strip().equals(b.strip());
        };
    }

    /**
     * Whether an empty name field is the other half of a person known by one name (kept as "", as many people are):
     * it is not missing, and a name another source gives for it is proposed to staff rather than written, or anyone
     * who knows the address could give the person a first name. A record merged by staff still fills it.
     */
    private static boolean oneNameHeld(Lead lead, LeadField field, ChangeSource source) {
        if (source == ChangeSource.MERGE) {
            return false;
        }
        return switch (field) {
            case FIRST_NAME -> clean(lead.getLastName()) != null;
            case LAST_NAME -> clean(lead.getFirstName()) != null;
            default -> false;
        };
    }

    private static String squeeze(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
