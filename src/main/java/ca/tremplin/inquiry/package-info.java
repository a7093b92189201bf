/**
 * International information requests: the public form ({@code /fr/information}, {@code /en/information}) and
 * {@code POST /api/inquiries} share one {@link ca.tremplin.inquiry.InquiryValidator} and one
 * {@link ca.tremplin.inquiry.InquiryService}; a request is recorded once (idempotency key), with its consents,
 * routed to each school service centre whose programs it names (or to the coordinating organisation's queue),
 * attached to the person's lead in that centre, assigned to a recruiter by the centre's rule, and acknowledged
 * by e-mail through the outbox in the same transaction. Recruiters work it from the inbox.
 */
package ca.tremplin.inquiry;
