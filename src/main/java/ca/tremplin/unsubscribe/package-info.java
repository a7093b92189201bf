/**
 * Unsubscribing from a centre's bulk e-mail (CASL). Each bulk e-mail ({@code BulkMail}) names its sender and carries
 * its own link ({@code UnsubscribeLink}, only the hash of its token kept) to a public page ({@code UnsubscribePage}
 * at {@code /desabonnement.xhtml?token=...}) and, for mail programs' own button, a one-click address
 * ({@code List-Unsubscribe}, RFC 8058; served by {@code ca.tremplin.api.UnsubscribeResource}). Either records a
 * {@code MailOptOut} for the centre and the address, once, with a line on the timeline of the person's lead at the
 * centre; the centre's bulk e-mail then leaves the address out ({@code Unsubscriptions#optedOut}). A link sent to a
 * record merged since into another leaves out the address of the record that stays as well, and a merge carries an
 * opt-out to it ({@code Unsubscriptions#merged}), as does a correction of the person's address by staff: the
 * person's word follows them. An opt-out stands under both spellings of the address's domain (Unicode, ASCII). Each
 * centre is its own sender: unsubscribing from one changes nothing at another.
 */
package ca.tremplin.unsubscribe;
