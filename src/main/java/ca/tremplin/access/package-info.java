/**
 * Access and portability (Law 25, GDPR): a person asks for everything collected about them from a public page
 * ({@code AccessRequestPage}, {@code /acces.xhtml}), without an account. The link e-mailed to the address proves it is
 * theirs; opening it records the request with each centre that holds the address ({@code AccessRequestPart}, one per
 * centre, each with its legal deadline of 30 days), and from then on the person downloads each centre's data
 * ({@code AccessDownloadServlet}), or the centre's privacy officer (its admin) sends it from the privacy page. Each
 * centre answers only with the data of the person whose address it is; an address a parent or guardian consented with
 * for a child under 14 is answered with which children are held under it, never a child's record
 * ({@code person.PersonalDataExport.answerToAddress}). The data is {@code person.PersonalDataExport}'s, as
 * {@code person.PersonalDataArchive} writes it; every export of a person's record is in the access log.
 */
package ca.tremplin.access;
