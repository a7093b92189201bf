package ca.tremplin.pipeline;

import ca.tremplin.person.ConsentChannel;
import ca.tremplin.person.ConsentEntry;
import ca.tremplin.person.ConsentPurpose;
import ca.tremplin.person.ConsentRegister;
import ca.tremplin.person.Lead;
import ca.tremplin.security.SignedInUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * A lead's consent register as staff see it on the lead page, and the withdrawals a person made by phone, letter,
 * e-mail or in person, which staff write down there: who recorded it, when the person said it, how, and a note.
 */
@ApplicationScoped
public class LeadConsents {

    @Inject
    LeadService leads;

    @Inject
    ConsentRegister register;

    @Inject
    SignedInUser signedInUser;

    @Inject
    ca.tremplin.person.MailingConsents mailing;

    @Inject
    java.time.Clock clock;

    @Inject
    ca.tremplin.unsubscribe.Unsubscriptions unsubscriptions;

    /**
     * What stands now, as the person's own consent page shows it and as the mail and the lead list's file follow it:
     * each purpose's consent in force ({@link ca.tremplin.person.ConsentStandings#inForce}), and where the person
     * stands on being written to, since when.
     */
    public record Standing(java.util.Map<ConsentPurpose, ConsentEntry> inForce,
                           ca.tremplin.person.EmailContact email, List<ConsentEntry> history) {

        /** The purposes a person can change, each with its consent in force (absent: never asked). */
        public List<java.util.Map.Entry<ConsentPurpose, ConsentEntry>> changeable() {
            return ConsentPurpose.CHANGEABLE.stream().filter(inForce::containsKey)
                    .map(purpose -> java.util.Map.entry(purpose, inForce.get(purpose))).toList();
        }
    }

    /**
     * What stands now for this lead ({@link Standing}), with the whole register newest first, from one reading of it:
     * the lead page shows both.
     */
    @Transactional
    public Standing standing(long leadId) {
        leads.requireStaff();
        leads.existing(leadId);
        ca.tremplin.person.EmailContact email = mailing.emailContact(List.of(leadId), clock.instant()).get(leadId);
        List<ConsentEntry> lines = register.lines(leadId);
        List<ConsentEntry> newestFirst = new java.util.ArrayList<>(lines);
        java.util.Collections.reverse(newestFirst);
        return new Standing(ca.tremplin.person.ConsentStandings.inForce(lines),
                email == null ? ca.tremplin.person.EmailContact.NONE : email, List.copyOf(newestFirst));
    }

    /** Every consent given, refused or withdrawn, newest first. */
    @Transactional
    public List<ConsentEntry> history(long leadId) {
        leads.requireStaff();
        leads.existing(leadId);
        return register.history(leadId);
    }

    /** A withdrawal the person made otherwise than on the preferences page; in force at once. */
    @Transactional
    public void recordWithdrawal(long leadId, ConsentPurpose purpose, ConsentChannel channel, Instant saidAt,
                                 String note) {
        leads.requireStaff();
        // Locked, as the lead's other writers lock it: a withdrawal recorded while a colleague merges the lead would
        // be written on the record merged away, where no mail reads it.
        Lead lead = leads.existingLocked(leadId);
        if (channel == ConsentChannel.PREFERENCES) {
            throw new ca.tremplin.kernel.BusinessRuleException("consent.chooseChannel");
        }
        if (lead.isErased() && note != null && !note.isBlank()) {
            // The withdrawal counts; words about the person do not come back onto a record erased of them.
            throw new ca.tremplin.kernel.BusinessRuleException("erasure.noteNotKept");
        }
        register.append(lead, purpose, false, channel, saidAt, note, signedInUser.getUserId(), null, lead.locale());
        if (purpose == ConsentPurpose.NEWS || purpose == ConsentPurpose.CONTACT) {
            // The centre's bulk e-mail to the person held back by an outage stays unsent.
            unsubscriptions.takeBackBulkMail(lead.getTenantId(), lead.getEmailNormalized());
        }
    }
}
