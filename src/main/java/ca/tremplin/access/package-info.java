/**
 * Access and portability (Law 25, GDPR): a person asks for everything collected about them from a public page
 * ({@code AccessRequestPage}, {@code /acces.xhtml}), without an account. The link e-mailed to the address proves it is
 * theirs; opening it records the request with each centre that holds the address ({@code AccessRequestPart}, one per
 * centre, each with its legal deadline of 30 days), and from then on the person downloads each centre's data
 * ({@code AccessDownloadServlet}), or the centre's privacy officer (its admin) sends it from the privacy page. The
 * data is {@code person.PersonalDataExport}'s, as {@code person.PersonalDataArchive} writes it; every export is in
 * the access log.
 */
package ca.tremplin.access;
