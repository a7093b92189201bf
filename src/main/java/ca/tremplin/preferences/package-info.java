/**
 * A person's consent preferences, without an account (Law 25, CASL). Every e-mail to a person a centre follows ends
 * with a link ({@code PreferenceLinks}, the outbox's {@code mail.ConsentLinks}; only the hash of its token kept in
 * {@code PreferenceLink}, bound to the address it was sent to, valid 180 days) to the public page
 * {@code /consentements.xhtml?token=...} ({@code PreferencesPage}): each centre that follows the address, and for
 * each purpose the consent in force (for the processing of applications, each application under way and where its
 * own stands, {@code ApplicationsUnderWay}); the person withdraws it, or gives it again, and it takes effect at once — the
 * centre's next bulk e-mail leaves them out ({@code person.MailingConsents}). Each change is a new line of the
 * register ({@code person.ConsentRegister}), word for word. The service crosses tenants on purpose, always for the
 * link's address only.
 */
package ca.tremplin.preferences;
