/**
 * Applications to apprenticeship offers. Public side: {@code ApplyForm} at {@code /apply.xhtml?offer={id}} (the
 * offer page's "Apply" goes through {@code /fr/postuler} or {@code /en/apply}, mapped by
 * {@code ApplicationAddressFilter}): identity, contact, a CV checked by content, a cover message and consent (kept as
 * a {@code ConsentRecord} with the exact sentence shown); the application joins the person's lead in the offer's
 * centre. Staff side: each offer's pipeline ({@code ApplicationStatus}) the same two ways as the leads', read by
 * {@code OfferPipelineService}: a board with drag and drop and a list paged and sorted in SQL
 * ({@code OfferApplicationsPage}), interviews with an .ics
 * invitation sent through the outbox ({@code InterviewInvitation}, ical4j), hires that fill the offer's positions, and
 * the candidate told by e-mail of the steps that are news to them ({@code ApplicationNews}). The candidate's own side:
 * their applications on their file, each of which they may withdraw ({@code ApplicantFileApplications},
 * {@code CandidateWithdrawal}).
 */
package ca.tremplin.application;
