/**
 * Applicant self-service: the private, expiring link a recruiter sends to a lead ({@code ApplicantLink}, only its
 * hash kept), the public page it opens ({@code ApplicantFilePage} at {@code /dossier.xhtml?token=...}) showing where
 * the file stands — or, once the link expired or its centre was closed, why it opens nothing and whom to write to —,
 * which admission documents are still needed and the person's applications to the centre's offers, each under way
 * theirs to withdraw ({@code OwnApplications}, which the application feature answers), the uploads checked by name, size and content
 * ({@code DocumentChecks}), stored in the database apart from their description ({@code LeadDocument}), and the
 * staff's side: list, download through {@code DocumentDownloadServlet} (staff of the lead's centre only), accept or
 * refuse with a reason ({@code DocumentReviewService}), each decision checked against the document as the page showed
 * it ({@code ShownDocuments}).
 */
package ca.tremplin.applicant;
