/**
 * The person a school service centre follows, below every feature that creates or uses one (information requests,
 * events, imports, the pipeline, applications, applicant files, unsubscriptions): the {@link
 * ca.tremplin.person.Lead} (one per normalised e-mail and centre), the {@link ca.tremplin.person.LeadRegistry}
 * where anyone becomes a lead, the timeline ({@link ca.tremplin.person.LeadEvent}), consents word for word
 * ({@link ca.tremplin.person.ConsentRecord}), interests, tasks, and the trust rules of the record.
 *
 * <p>A person's record is trusted data. {@link ca.tremplin.person.LeadDetails} is the one place where its details
 * change: staff correct them (the e-mail key moves with the address, never onto another lead's), every other source
 * only fills what the record lacks and leaves a {@link ca.tremplin.person.LeadProposal} for staff to accept where it
 * says otherwise, and every change leaves a {@link ca.tremplin.person.LeadAudit} line naming its {@link
 * ca.tremplin.person.ChangeSource}. Privacy duties (access, portability, erasure, retention) start from here.
 *
 * <p>Whether a person may be written to is one rule, {@link ca.tremplin.person.ConsentStandings}: their latest word
 * wins, a list's "yes" never overrules a no of their own, and each kind of mail follows the rule of what it is
 * ({@link ca.tremplin.person.ConsentStandings.Mail}). Every mail asks {@link ca.tremplin.person.MailingConsents};
 * the lead list's file says what it answers ({@link ca.tremplin.person.EmailContact}).
 */
package ca.tremplin.person;
