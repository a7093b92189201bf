package ca.tremplin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.RateLimitedException;
import ca.tremplin.mail.OutboxMessage;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.testsupport.HttpVisitor;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.TestFixtures;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/** Sign-in rules, invitations and password resets, against the real database. */
class AccountServicesIT extends InServerTest {

    private static final String GUESSER = "203.0.113.66";
    private static final String OWNER = "198.51.100.10";

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    SignInService signIn;

    @Inject
    StaffChanges staffChanges;

    @Inject
    UserAdministration administration;

    @Inject
    PasswordService passwords;

    @Inject
    SignInThrottle throttle;

    @Inject
    AccountTokens tokens;

    @Inject
    PasswordHasher hasher;

    @Inject
    AccountProvisioning provisioning;

    /** Jakarta Security's hash as configured by default: a hash made before passwords were composed. */
    @Inject
    jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash legacyHash;

    @ArquillianResource
    URL base;

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/TremplinDS")
    javax.sql.DataSource database;

    /**
     * An address typed with its underscore ("css_admin.…") finds the account: the filter's "_" is the character, not
     * a wildcard, and no longer a backslash the database looked for.
     */
    @Test
    void theStaffListFindsAnAddressTypedWithItsUnderscore() {
        Tenant tenant = fixtures.newSchoolBoard("underscore");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        UserAccount recruiter = fixtures.newAccount(tenant, Role.RECRUITER);
        String typed = admin.getEmail().substring(0, admin.getEmail().indexOf('@'));
        assertTrue(typed.contains("_"), typed);
        try (var session = TestSessions.signedInAs(admin, tenant)) {
            assertEquals(java.util.List.of(admin.getId()), administration.page(typed, 0, 10, "email", true).stream()
                    .map(UserRow::id).toList());
            assertEquals(1, administration.count(typed));
            assertEquals(0, administration.count(typed.replace('_', 'x')), "the underscore is no wildcard");
            assertEquals(0, administration.count("100%"), "nor is a percent sign");
            assertEquals(2, administration.count(null));
        }
    }

    @Test
    void wrongPasswordsSlowTheGuesserDownWithoutLockingTheOwnerOut() {
        Tenant tenant = fixtures.newSchoolBoard("slow");
        UserAccount account = fixtures.newAccount(tenant, Role.RECRUITER);
        String unknown = "nobody." + UUID.randomUUID() + "@exemple.test";
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertEquals(SignInResult.Outcome.WRONG_CREDENTIALS,
                    signIn.attempt(account.getEmail(), "wrong", GUESSER).outcome());
            assertEquals(SignInResult.Outcome.WRONG_CREDENTIALS, signIn.attempt(unknown, "wrong", GUESSER).outcome());
        }
        // Seven more failures each, recorded at once rather than waited out: the guesser's wait is now a minute.
        for (int attempt = 4; attempt <= 10; attempt++) {
            throttle.recordFailure(account.getEmail(), GUESSER);
            throttle.recordFailure(unknown, GUESSER);
        }

        SignInResult slowed = signIn.attempt(account.getEmail(), TestFixtures.PASSWORD, GUESSER);
        assertEquals(SignInResult.Outcome.SLOWED_DOWN, slowed.outcome(), "even the right password waits its turn");
        assertTrue(slowed.retryAfterSeconds() > 30, String.valueOf(slowed.retryAfterSeconds()));
        assertEquals(SignInResult.Outcome.SLOWED_DOWN, signIn.attempt(unknown, "wrong", GUESSER).outcome(),
                "an address without an account is slowed down the same");
        assertTrue(signIn.attempt(account.getEmail(), TestFixtures.PASSWORD, OWNER).succeeded(),
                "the owner, elsewhere, is not locked out");
    }

    @Test
    void signingInLeavesTheAccountsVersionSoThatNeitherAnAdminsEditNorASecondSignInCollidesWithIt()
            throws Exception {
        Tenant tenant = fixtures.newSchoolBoard("sign-in-version");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        UserAccount recruiter = fixtures.newAccount(tenant, Role.RECRUITER);
        long shownToTheAdmin = recruiter.getVersion();

        java.util.concurrent.ExecutorService twoAtOnce = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                List<java.util.concurrent.Future<SignInResult>> both = twoAtOnce.invokeAll(List.of(
                        () -> signIn.attempt(recruiter.getEmail(), TestFixtures.PASSWORD, OWNER),
                        () -> signIn.attempt(recruiter.getEmail(), TestFixtures.PASSWORD, OWNER)));
                for (java.util.concurrent.Future<SignInResult> one : both) {
                    assertTrue(one.get().succeeded(), "two sign-ins at once both succeed");
                }
            }
        } finally {
            twoAtOnce.shutdown();
        }

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            administration.changeRole(recruiter.getId(), Role.CSS_ADMIN, shownToTheAdmin);
            UserAccount now = administration.find(recruiter.getId());
            assertEquals(Role.CSS_ADMIN, now.getRole(), "the page shown before the sign-ins still saves");
            assertTrue(now.getLastSignInAt() != null, "and the sign-in's time is kept");
        }
    }

    @Test
    void emailIsMatchedWithoutCaseOrSpaces() {
        Tenant tenant = fixtures.newSchoolBoard("case");
        UserAccount account = fixtures.newAccount(tenant, Role.RECRUITER);

        SignInResult result = signIn.attempt("  " + account.getEmail().toUpperCase() + " ", TestFixtures.PASSWORD, OWNER);

        assertTrue(result.succeeded());
        assertEquals(tenant.getId(), result.tenantId());

        // Another letter is another address: an accent on one letter signs in as no one, so that each accented
        // spelling is not a fresh allowance of guesses at the account.
        String accented = account.getEmail().replaceFirst("[aeiou]", "ë");
        assertFalse(accented.equals(account.getEmail()), accented);
        assertEquals(SignInResult.Outcome.WRONG_CREDENTIALS,
                signIn.attempt(accented, TestFixtures.PASSWORD, OWNER).outcome());
    }

    /**
     * An accented password signs in whether its accents come composed or as a letter and its mark (as some keyboards,
     * password managers and pasted text give them), and so does one whose hash was made of the characters as typed.
     */
    @Test
    void aPasswordSignsInWhateverFormItsAccentsAreTypedIn() {
        Tenant tenant = fixtures.newSchoolBoard("accents");
        String composed = java.text.Normalizer.normalize("Crème brûlée du dimanche", java.text.Normalizer.Form.NFC);
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertFalse(composed.equals(decomposed));
        String suffix = "@" + tenant.getSlug() + ".test";
        for (String[] set : new String[][] {{"compose" + suffix, hasher.hash(composed)},
                {"decompose" + suffix, hasher.hash(decomposed)},
                {"avant" + suffix, legacyHash.generate(decomposed.toCharArray())}}) {
            tenancy.asTenant(tenant.getId(), () -> provisioning.createWithPasswordHash(set[0], "Awa Diop",
                    Role.RECRUITER, java.util.Locale.FRENCH, set[1]));
            assertTrue(signIn.attempt(set[0], composed, OWNER).succeeded(), set[0] + ", composed");
            assertTrue(signIn.attempt(set[0], decomposed, OWNER).succeeded(), set[0] + ", decomposed");
            assertEquals(SignInResult.Outcome.WRONG_CREDENTIALS,
                    signIn.attempt(set[0], "Creme brulee du dimanche", OWNER).outcome(), "accents still count");
        }
    }

    @Test
    void deactivatedAccountsAndAccountsOfDeactivatedTenantsCannotSignIn() {
        Tenant tenant = fixtures.newSchoolBoard("inactive");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        UserAccount recruiter = fixtures.newAccount(tenant, Role.RECRUITER);
        UserAccount other = fixtures.newAccount(tenant, Role.RECRUITER);

        String invitedEmail = "dg." + UUID.randomUUID().toString().substring(0, 6) + "@ile-verte.test";
        try (var session = TestSessions.signedInAs(admin, tenant)) {
            administration.deactivate(recruiter.getId(), recruiter.getVersion(), null);
            UserAccount invited = administration.invite(new UserAdministration.Invitation(invitedEmail,
                    "Directrice générale", Role.CSS_ADMIN, Languages.FRENCH));
            // Each change to an account leaves a line: who, when, what.
            List<StaffChange> deactivation = staffChanges.ofAccount(recruiter.getId());
            assertEquals(List.of(StaffChange.What.DEACTIVATED), deactivation.stream().map(StaffChange::getWhat)
                    .toList());
            assertEquals(admin.getId(), deactivation.get(0).getActorId());
            assertEquals(admin.getDisplayName(), staffChanges.actorNames(deactivation).get(admin.getId()),
                    "who, by name, in one query");
            assertEquals(invitedEmail + " — CSS_ADMIN", staffChanges.ofAccount(invited.getId()).get(0).getDetail());
        }
        assertEquals(SignInResult.Outcome.ACCOUNT_CLOSED,
                signIn.attempt(recruiter.getEmail(), TestFixtures.PASSWORD, OWNER).outcome(),
                "the right password of a deactivated account is told whom to ask");
        assertEquals(SignInResult.Outcome.WRONG_CREDENTIALS,
                signIn.attempt(recruiter.getEmail(), "not the password at all", OWNER).outcome(),
                "a wrong one learns nothing of the account");
        String body = latestMailTo(invitedEmail).getBodyText();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(body);
        assertTrue(link.find(), body);

        tenancy.acrossAllTenants(() -> {
            em.find(Tenant.class, tenant.getId()).setActive(false);
            return null;
        });
        assertEquals(SignInResult.Outcome.CENTRE_CLOSED,
                signIn.attempt(other.getEmail(), TestFixtures.PASSWORD, OWNER).outcome());
        assertEquals("password.centreInactive", assertThrows(BusinessRuleException.class,
                () -> passwords.choosePassword(link.group(1), "mot de passe de la DG 2026")).messageKey(),
                "an invitation of a centre deactivated since says so, rather than saving a password that cannot sign in");
        assertTrue(passwords.purposeOfUsableToken(link.group(1)).isEmpty(),
                "and its link says it no longer works as it opens, before anyone types a password");
        UserAccount platformAdmin = tenancy.acrossAllTenants(() -> em.createQuery(
                "select a from UserAccount a where a.role = :role and a.active = true", UserAccount.class)
                .setParameter("role", Role.PLATFORM_ADMIN).setMaxResults(1).getSingleResult());
        Tenant coordination = tenancy.acrossAllTenants(() -> em.find(Tenant.class, platformAdmin.getTenantId()));
        try (var session = TestSessions.signedInAs(platformAdmin, coordination)) {
            assertEquals("user.centreInactive", assertThrows(BusinessRuleException.class,
                    () -> administration.inviteTenantAdministrator(tenant.getId(), new UserAdministration.Invitation(
                            "dg2." + UUID.randomUUID().toString().substring(0, 6) + "@ile-verte.test",
                            "Directrice adjointe", Role.CSS_ADMIN, Languages.FRENCH))).messageKey(),
                    "nobody is invited to a closed centre");
        }
    }

    @Test
    void anInvitationCreatesAnAccountWithoutPasswordAndQueuesAnEmailInTheChosenLanguage() {
        Tenant tenant = fixtures.newSchoolBoard("invite");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        String email = "thi-ha." + UUID.randomUUID().toString().substring(0, 6) + "@exemple.test";

        UserAccount invited;
        try (var session = TestSessions.signedInAs(admin, tenant)) {
            invited = administration.invite(new UserAdministration.Invitation(email, "Nguyễn Thị Hà <b>",
                    Role.RECRUITER, Languages.ENGLISH));
        }

        assertFalse(invited.hasPassword());
        assertEquals(tenant.getId(), invited.getTenantId());
        OutboxMessage mail = latestMailTo(email);
        assertTrue(mail.getSubject().startsWith("Invitation to join"));
        assertTrue(mail.getBodyText().contains("Nguyễn Thị Hà <b>"), "names are kept as written");
        assertTrue(mail.getBodyHtml().contains("Nguyễn Thị Hà &lt;b&gt;"), "and never interpreted as HTML");
        assertTrue(mail.getBodyText().contains("/password-reset.xhtml?token="));
        assertTrue(mail.getBodyText().contains("invites you to join its team on Tremplin, role: Recruitment."),
                "which role the invitation gives, in the mail's language: " + mail.getBodyText());
    }

    @Test
    void anEmailCanHoldOnlyOneAccountAcrossAllTenantsWithoutTellingAnotherCentresAdminItExists() {
        Tenant a = fixtures.newSchoolBoard("unique-a");
        Tenant b = fixtures.newSchoolBoard("unique-b");
        UserAccount existingInA = fixtures.newAccount(a, Role.RECRUITER);
        UserAccount adminOfB = fixtures.newAccount(b, Role.CSS_ADMIN);

        UserAccount colleagueInB = fixtures.newAccount(b, Role.RECRUITER);

        try (var session = TestSessions.signedInAs(adminOfB, b)) {
            assertEquals(null, administration.invite(new UserAdministration.Invitation(existingInA.getEmail(), "X",
                    Role.RECRUITER, Languages.FRENCH)), "answered as any invitation; nothing created");
            BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> administration.invite(
                    new UserAdministration.Invitation(colleagueInB.getEmail(), "X", Role.RECRUITER, Languages.FRENCH)));
            assertEquals("user.emailTakenBy", refused.messageKey(), "the centre's own team is no secret to its admin");
            assertEquals(colleagueInB.getDisplayName(), refused.arguments()[0], "whose account it is");
        }
        assertEquals(a.getId(), tenancy.acrossAllTenants(() -> em.find(UserAccount.class, existingInA.getId()))
                .getTenantId(), "the account stays where it was");
        assertTrue(latestMailTo(existingInA.getEmail()).getSubject().contains("vous invite"),
                "its owner is told of the invitation");
    }

    /**
     * An address is mailed three invitations an hour at most, whether it has an account in another centre or is new:
     * the same refusal for both, which tells nothing, and no fourth mail. The owner of an account is written to in
     * the language they chose, not the one the inviting admin picked for a newcomer.
     */
    @Test
    void invitationsToOneAddressAreBrakedAlikeWhetherItHasAnAccountElsewhereOrNot() {
        Tenant a = fixtures.newSchoolBoard("brake-a");
        Tenant b = fixtures.newSchoolBoard("brake-b");
        UserAccount elsewhere = fixtures.newAccount(a, Role.RECRUITER);
        String newcomer = "nouveau." + UUID.randomUUID().toString().substring(0, 6) + "@exemple.test";
        UserAccount adminOfB = fixtures.newAccount(b, Role.CSS_ADMIN);
        try (var session = TestSessions.signedInAs(adminOfB, b)) {
            for (int i = 0; i < 3; i++) {
                administration.invite(new UserAdministration.Invitation(elsewhere.getEmail(), "X", Role.RECRUITER,
                        Languages.ENGLISH));
            }
            assertThrows(ca.tremplin.kernel.RateLimitedException.class, () -> administration.invite(
                    new UserAdministration.Invitation(elsewhere.getEmail(), "X", Role.RECRUITER, Languages.ENGLISH)));
            UserAccount invited = administration.invite(new UserAdministration.Invitation(newcomer, "Nouveau",
                    Role.RECRUITER, Languages.FRENCH));
            administration.resendInvitation(invited.getId());
            administration.resendInvitation(invited.getId());
            assertThrows(ca.tremplin.kernel.RateLimitedException.class,
                    () -> administration.resendInvitation(invited.getId()), "a newcomer's address alike");
        }
        List<OutboxMessage> told = mailsTo(elsewhere.getEmail());
        assertEquals(3, told.size(), "no fourth mail");
        assertTrue(told.get(0).getSubject().contains("vous invite"),
                "in the language its owner chose: " + told.get(0).getSubject());
    }

    @Test
    void thePlatformAdminNamingANewCentresAdministratorIsToldWhereAnAddressAlreadyHasItsAccount() {
        Tenant coordination = tenancy.acrossAllTenants(() -> em.createQuery(
                "select t from Tenant t where t.kind = ca.tremplin.tenant.TenantKind.COORDINATION", Tenant.class)
                .getSingleResult());
        UserAccount platformAdmin = fixtures.newAccount(coordination, Role.PLATFORM_ADMIN);
        Tenant holder = fixtures.newSchoolBoard("holder");
        Tenant created = fixtures.newSchoolBoard("newly-created");
        UserAccount existing = fixtures.newAccount(holder, Role.RECRUITER);

        try (var session = TestSessions.signedInAs(platformAdmin, coordination)) {
            BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                    () -> administration.inviteTenantAdministrator(created.getId(), new UserAdministration.Invitation(
                            existing.getEmail().toUpperCase(), "Directrice", Role.CSS_ADMIN, Languages.FRENCH)));
            assertEquals("Ce courriel a déjà un compte (" + holder.localizedName(platformAdmin.locale())
                    + ") : aucune invitation n’a été"
                    + " envoyée. Une adresse ne tient qu’un compte ; invitez une autre adresse.",
                    refused.localizedMessage(Languages.FRENCH), "not \"invitation sent\" for nothing");
        }
        assertTrue(mailsTo(existing.getEmail()).isEmpty(), "nobody was written to");
        assertEquals(0L, tenancy.acrossAllTenants(() -> em.createQuery(
                "select count(u) from UserAccount u where u.tenantId = :t", Long.class)
                .setParameter("t", created.getId()).getSingleResult()), "no account was made in the new centre");
    }

    /**
     * The first administrator of a new centre lives in that centre, out of the coordination's list of users: its page
     * lists the centre's administrators for the platform's admin, who sends a lost invitation again — also by typing
     * the address again, rather than being told it already has an account — and cancels one sent to a mistyped
     * address, whose links then stop working. Each step is traced under the centre, by the platform's admin; another
     * centre's account is out of reach through this centre, and a centre's own admin reaches none of it.
     */
    @Test
    void thePlatformAdminListsSendsAgainAndCancelsANewCentresAdministratorsInvitation() {
        Tenant coordination = coordination();
        UserAccount platformAdmin = fixtures.newAccount(coordination, Role.PLATFORM_ADMIN);
        Tenant created = fixtures.newSchoolBoard("first-admin");
        UserAccount elsewhere = fixtures.newAccount(fixtures.newSchoolBoard("first-admin-other"), Role.CSS_ADMIN);
        String mistyped = "direciton." + UUID.randomUUID().toString().substring(0, 6) + "@exemple.test";

        UserAccount invited;
        try (var session = TestSessions.signedInAs(platformAdmin, coordination)) {
            UserAdministration.AdministratorInvited first = administration.inviteTenantAdministrator(created.getId(),
                    new UserAdministration.Invitation(mistyped, "Directrice générale", Role.CSS_ADMIN,
                            Languages.FRENCH));
            assertFalse(first.sentAgain());
            invited = first.account();
            assertEquals(List.of(mistyped), administration.centreAdministratorsAcrossTenants(created.getId()).stream()
                    .map(UserAccount::getEmail).toList(), "the centre's administrator, read inside the centre");
            assertEquals(0, administration.count(mistyped), "not one of the coordination's own accounts");

            UserAdministration.AdministratorInvited typedAgain = administration.inviteTenantAdministrator(
                    created.getId(), new UserAdministration.Invitation(" " + mistyped.toUpperCase() + " ",
                            "Directrice générale", Role.CSS_ADMIN, Languages.FRENCH));
            assertTrue(typedAgain.sentAgain(), "sent again, not \"this e-mail already has an account\"");
            assertEquals(invited.getId(), typedAgain.account().getId());
            administration.resendCentreAdministratorInvitation(created.getId(), invited.getId());

            assertThrows(ca.tremplin.kernel.NotFoundException.class, () -> administration
                    .cancelCentreAdministratorInvitation(created.getId(), elsewhere.getId(), elsewhere.getVersion()),
                    "another centre's account is not reached through this centre");
            assertThrows(ca.tremplin.kernel.NotFoundException.class,
                    () -> administration.resendCentreAdministratorInvitation(created.getId(), elsewhere.getId()));

            UserAccount shown = administration.centreAdministratorsAcrossTenants(created.getId()).get(0);
            administration.cancelCentreAdministratorInvitation(created.getId(), shown.getId(), shown.getVersion());
            assertEquals("conflict.modifiedMeanwhile", assertThrows(BusinessRuleException.class,
                    () -> administration.cancelCentreAdministratorInvitation(created.getId(), shown.getId(),
                            shown.getVersion())).messageKey(), "a page shown before the cancelling is told");
            UserAccount cancelled = administration.centreAdministratorsAcrossTenants(created.getId()).get(0);
            assertFalse(cancelled.isActive(), "listed still, its invitation cancelled");
            assertEquals("user.invitationCancelled", assertThrows(BusinessRuleException.class,
                    () -> administration.resendCentreAdministratorInvitation(created.getId(), invited.getId()))
                    .messageKey());
        }
        List<OutboxMessage> mails = mailsTo(mistyped);
        assertEquals(3, mails.size(), "the invitation, and twice again");
        for (OutboxMessage mail : mails) {
            String link = tokenIn(mail);
            assertEquals(java.util.Optional.empty(), passwords.purposeOfUsableToken(link),
                    "no link of a cancelled invitation opens");
            assertEquals("password.linkExpired", assertThrows(BusinessRuleException.class,
                    () -> passwords.choosePassword(link, "une phrase de passe du centre")).messageKey());
        }
        List<StaffChange> trace = accountTrace(platformAdmin, coordination, created, invited.getId());
        assertEquals(List.of(StaffChange.What.INVITATION_CANCELLED, StaffChange.What.INVITED_AGAIN,
                StaffChange.What.INVITED_AGAIN, StaffChange.What.INVITED), trace.stream().map(StaffChange::getWhat)
                .toList(), "each step, newest first");
        assertTrue(trace.stream().allMatch(line -> platformAdmin.getId().equals(line.getActorId())),
                "each by the platform's admin");

        UserAccount centresAdmin = fixtures.newAccount(created, Role.CSS_ADMIN);
        try (var session = TestSessions.signedInAs(centresAdmin, created)) {
            assertThrows(ca.tremplin.kernel.AccessDeniedException.class,
                    () -> administration.centreAdministratorsAcrossTenants(created.getId()));
            assertThrows(ca.tremplin.kernel.AccessDeniedException.class, () -> administration
                    .cancelCentreAdministratorInvitation(created.getId(), invited.getId(), versionNow(invited)));
        }
    }

    /**
     * An invitation cancelled and wanted after all: typing the address again brings the account back and sends it a
     * link that works, both traced, and the holder's joining through it after them.
     */
    @Test
    void anAddressTypedAgainAfterItsInvitationWasCancelledIsInvitedAgain() {
        Tenant coordination = coordination();
        UserAccount platformAdmin = fixtures.newAccount(coordination, Role.PLATFORM_ADMIN);
        Tenant created = fixtures.newSchoolBoard("admin-again");
        String email = "dg." + UUID.randomUUID().toString().substring(0, 6) + "@exemple.test";

        UserAccount invited;
        try (var session = TestSessions.signedInAs(platformAdmin, coordination)) {
            invited = administration.inviteTenantAdministrator(created.getId(), new UserAdministration.Invitation(
                    email, "Directeur général", Role.CSS_ADMIN, Languages.ENGLISH)).account();
            administration.cancelCentreAdministratorInvitation(created.getId(), invited.getId(), invited.getVersion());
            assertTrue(administration.inviteTenantAdministrator(created.getId(), new UserAdministration.Invitation(
                    email, "Directeur général", Role.CSS_ADMIN, Languages.ENGLISH)).sentAgain());
            assertTrue(administration.centreAdministratorsAcrossTenants(created.getId()).get(0).isActive());
        }
        String link = tokenIn(latestMailTo(email));
        assertEquals(java.util.Optional.of(AccountToken.Purpose.INVITATION), passwords.purposeOfUsableToken(link));
        passwords.choosePassword(link, "a passphrase for the new centre");
        assertTrue(signIn.attempt(email, "a passphrase for the new centre", OWNER).succeeded());
        assertEquals(List.of(StaffChange.What.JOINED, StaffChange.What.INVITED_AGAIN, StaffChange.What.REACTIVATED,
                StaffChange.What.INVITATION_CANCELLED, StaffChange.What.INVITED),
                accountTrace(platformAdmin, coordination, created, invited.getId()).stream()
                        .map(StaffChange::getWhat).toList());
    }

    /**
     * The invitation form of a centre's page, as the platform's admin sends it: a name longer than an account holds is
     * said beside its field, the form keeping what was typed; an address typed again is sent its invitation again;
     * the fourth within the hour says when to try again, not that something went wrong.
     */
    @Test
    void theCentresInvitationFormKeepsATooLongNameSendsAgainAndSaysWhenToTryAgain() throws Exception {
        Tenant coordination = coordination();
        UserAccount platformAdmin = fixtures.newAccount(coordination, Role.PLATFORM_ADMIN);
        Tenant created = fixtures.newSchoolBoard("invite-form");
        String email = "direction." + UUID.randomUUID().toString().substring(0, 6) + "@exemple.test";
        String page = "admin/tenant.xhtml?id=" + created.getId();
        HttpVisitor visitor = new HttpVisitor(base);
        visitor.signIn(platformAdmin.getEmail(), TestFixtures.PASSWORD);

        String tooLong = "Marie-Eve " + "Tremblay".repeat(25);
        HttpResponse<String> refused = visitor.submit(page, "invite-admin", java.util.Map.of(
                "invite-admin:email", email, "invite-admin:name", tooLong, "invite-admin:language_input", "fr"),
                "invite-admin:submit");
        assertEquals(200, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Au plus 200 caractères."), "said beside the name: " + refused.body());
        assertTrue(refused.body().contains("value=\"" + email + "\"") && refused.body().contains(tooLong),
                "what was typed is still in the form");
        assertFalse(HttpVisitor.showsATrace(refused.body()));
        assertTrue(mailsTo(email).isEmpty(), "nobody invited");

        java.util.Map<String, String> invitation = java.util.Map.of("invite-admin:email", email,
                "invite-admin:name", "Marie-Ève Tremblay", "invite-admin:language_input", "fr");
        assertTrue(visitor.submit(page, "invite-admin", invitation, "invite-admin:submit").body()
                .contains("Invitation envoyée à " + email));
        for (int again = 0; again < 2; again++) {
            HttpResponse<String> sentAgain = visitor.submit(page, "invite-admin", invitation, "invite-admin:submit");
            assertTrue(sentAgain.body().contains(email + " avait déjà une invitation à ce centre, pas encore"
                    + " acceptée : elle lui a été envoyée de nouveau."), sentAgain.body());
        }
        HttpResponse<String> braked = visitor.submit(page, "invite-admin", invitation, "invite-admin:submit");
        assertEquals(200, braked.statusCode(), braked.body());
        assertTrue(braked.body().contains("Trop de tentatives en peu de temps. Réessayez dans"), braked.body());
        assertTrue(braked.body().contains("value=\"" + email + "\""), "the form keeps the address to try again");
        assertEquals(3, mailsTo(email).size(), "no fourth mail");
        assertTrue(braked.body().contains("data-email=\"" + email + "\""), "listed among the centre's administrators");
    }

    /**
     * A member of staff's invitation sent again from their page: the third time within the hour (the invitation and
     * two sent again before it) says when to try again, not that something went wrong.
     */
    @Test
    void theThirdInvitationSentAgainWithinTheHourSaysWhenToTryAgain() throws Exception {
        Tenant tenant = fixtures.newSchoolBoard("resend-brake");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        String email = "nouvelle." + UUID.randomUUID().toString().substring(0, 6) + "@exemple.test";
        UserAccount invited;
        try (var session = TestSessions.signedInAs(admin, tenant)) {
            invited = administration.invite(new UserAdministration.Invitation(email, "Nadia Benali", Role.RECRUITER,
                    Languages.FRENCH));
        }
        HttpVisitor page = new HttpVisitor(base);
        page.signIn(admin.getEmail(), TestFixtures.PASSWORD);
        String address = "admin/user.xhtml?id=" + invited.getId();

        for (int again = 0; again < 2; again++) {
            HttpResponse<String> sent = page.submit(address, "user", java.util.Map.of(), "user:resend");
            assertTrue(sent.body().contains("Invitation envoyée de nouveau à Nadia Benali."), sent.body());
        }
        HttpResponse<String> braked = page.submit(address, "user", java.util.Map.of(), "user:resend");

        assertEquals(200, braked.statusCode(), braked.body());
        assertTrue(braked.body().contains("Trop de tentatives en peu de temps. Réessayez dans"), braked.body());
        assertFalse(HttpVisitor.showsATrace(braked.body()));
        assertEquals(3, mailsTo(email).size(), "no fourth mail");
    }

    /**
     * A fair's tablet or a script whose session the server ended (its account deactivated, its role changed) is
     * answered 401 with the problem document of a call without a session, in its language, not a redirect to the
     * sign-in page; a page of the same person's other session still goes to the sign-in page, which says why.
     */
    @Test
    void aStaffApiCallFromASessionTheServerEndedAnswers401WithAProblemNotTheSignInPage() throws Exception {
        Tenant tenant = fixtures.newSchoolBoard("api-ended");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        UserAccount leaving = fixtures.newAccount(tenant, Role.RECRUITER);
        UserAccount promoted = fixtures.newAccount(tenant, Role.RECRUITER);
        HttpVisitor tablet = new HttpVisitor(base);
        tablet.signIn(leaving.getEmail(), TestFixtures.PASSWORD);
        HttpVisitor laptop = new HttpVisitor(base);
        laptop.signIn(leaving.getEmail(), TestFixtures.PASSWORD);
        HttpVisitor script = new HttpVisitor(base);
        script.signIn(promoted.getEmail(), TestFixtures.PASSWORD);
        String unknownImport = "api/staff/imports/" + Long.MAX_VALUE;
        assertEquals(404, tablet.get(unknownImport).statusCode(), "signed in, the call reaches the endpoint");
        assertEquals(404, script.get(unknownImport).statusCode());

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            administration.deactivate(leaving.getId(), administration.find(leaving.getId()).getVersion(), null);
            administration.changeRole(promoted.getId(), Role.CSS_ADMIN,
                    administration.find(promoted.getId()).getVersion());
        }

        HttpResponse<String> ended = tablet.get(unknownImport, java.util.Map.of("Accept-Language", "en"));
        assertEquals(401, ended.statusCode(), ended.body());
        assertEquals("application/problem+json", ended.headers().firstValue("Content-Type").orElseThrow()
                .replaceAll(";.*", ""));
        assertTrue(ended.body().contains("Sign-in required") && ended.body().contains("\"status\":401"),
                ended.body());
        assertTrue(ended.headers().firstValue("Location").isEmpty(), "no redirect to follow");
        HttpResponse<String> roleChanged = script.get(unknownImport, java.util.Map.of("Accept-Language", "fr"));
        assertEquals(401, roleChanged.statusCode(), roleChanged.body());
        assertTrue(roleChanged.body().contains("Connexion requise"), roleChanged.body());
        assertEquals(401, tablet.get(unknownImport).statusCode(), "and the calls after it, without a session");

        HttpResponse<String> aPage = laptop.get("admin/board.xhtml");
        assertEquals(302, aPage.statusCode());
        assertTrue(aPage.headers().firstValue("Location").orElse("").contains("signin.xhtml?ended=true"),
                aPage.headers().toString());
    }

    @Test
    void aCssAdminCannotMakeAPlatformAdminNorChangeTheirOwnAccount() {
        Tenant tenant = fixtures.newSchoolBoard("roles");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        UserAccount recruiter = fixtures.newAccount(tenant, Role.RECRUITER);

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            assertEquals("user.roleNotAssignable", assertThrows(BusinessRuleException.class,
                    () -> administration.changeRole(recruiter.getId(), Role.PLATFORM_ADMIN, recruiter.getVersion()))
                    .messageKey());
            assertEquals("user.cannotChangeSelf", assertThrows(BusinessRuleException.class,
                    () -> administration.deactivate(admin.getId(), admin.getVersion(), null)).messageKey());
        }
    }

    @Test
    void aChangeBasedOnAStaleVersionIsRefusedAsAConflict() {
        Tenant tenant = fixtures.newSchoolBoard("stale");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        UserAccount recruiter = fixtures.newAccount(tenant, Role.RECRUITER);
        long versionSeenByBoth = recruiter.getVersion();

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            administration.changeRole(recruiter.getId(), Role.CSS_ADMIN, versionSeenByBoth);
            BusinessRuleException conflict = assertThrows(BusinessRuleException.class,
                    () -> administration.deactivate(recruiter.getId(), versionSeenByBoth, null));
            assertEquals("conflict.modifiedMeanwhile", conflict.messageKey());
            assertTrue(administration.find(recruiter.getId()).isActive(), "the stale change was not applied");
        }
    }

    /**
     * A name pasted with a line break is kept on one line (it goes into subjects, lists and the schedules' one-line
     * records); a name of invisible characters is no name.
     */
    @Test
    void aStaffNameIsKeptOnOneLineAndANameOfInvisibleCharactersIsRefused() {
        Tenant tenant = fixtures.newSchoolBoard("names");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        String unique = UUID.randomUUID().toString().substring(0, 6);
        try (var session = TestSessions.signedInAs(admin, tenant)) {
            UserAccount twoLines = administration.invite(new UserAdministration.Invitation("lignes." + unique
                    + "@exemple.test", " Marie-Ève\r\nTremblay\t ", Role.RECRUITER, Languages.FRENCH));
            assertEquals("Marie-Ève Tremblay", twoLines.getDisplayName());
            UserAccount nextLine = administration.invite(new UserAdministration.Invitation("nel." + unique
                    + "@exemple.test", "Jean\u0085Luc", Role.RECRUITER, Languages.FRENCH));
            assertEquals("Jean Luc", nextLine.getDisplayName(), "Unicode's next-line character is a line break too");
            for (String invisible : List.of("\u200B", "\u00A0\u00A0", "\u200B\u200B", "\r\n", "\u3164",
                    "\u115F", "\u2800", "\u3164\u3164")) {
                assertEquals("user.nameRequired", assertThrows(BusinessRuleException.class,
                        () -> administration.invite(new UserAdministration.Invitation("vide." + unique
                                + "@exemple.test", invisible, Role.RECRUITER, Languages.FRENCH))).messageKey());
            }
        }
    }

    /** An invitation's link to a person deactivated before they accepted says "expired", and stays so. */
    @Test
    void theLinksMailedToAPersonDeactivatedSinceNoLongerWorkEvenOnceReactivated() {
        Tenant tenant = fixtures.newSchoolBoard("leaving");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        UserAccount invited = fixtures.newAccount(tenant, Role.RECRUITER);
        String link = tenancy.asTenant(tenant.getId(),
                () -> tokens.issue(em.find(UserAccount.class, invited.getId()), AccountToken.Purpose.INVITATION));
        assertEquals(java.util.Optional.of(AccountToken.Purpose.INVITATION), passwords.purposeOfUsableToken(link));
        try (var session = TestSessions.signedInAs(admin, tenant)) {
            UserAccount current = administration.find(invited.getId());
            administration.deactivate(current.getId(), current.getVersion(), null);
            assertEquals(java.util.Optional.empty(), passwords.purposeOfUsableToken(link),
                    "the page says the link has expired before anyone types a password");
            current = administration.find(invited.getId());
            administration.reactivate(current.getId(), current.getVersion());
        }
        assertEquals(java.util.Optional.empty(), passwords.purposeOfUsableToken(link),
                "a reactivated account is sent a new invitation; the old link stays dead");
        assertEquals("password.linkExpired", assertThrows(BusinessRuleException.class,
                () -> passwords.choosePassword(link, "a brand new passphrase")).messageKey());
    }

    @Test
    void aResetLinkWorksOnceAndOnlyBeforeItExpires() {
        Tenant tenant = fixtures.newSchoolBoard("reset");
        UserAccount account = fixtures.newAccount(tenant, Role.RECRUITER);
        String fresh = tenancy.asTenant(tenant.getId(),
                () -> tokens.issue(em.find(UserAccount.class, account.getId()), AccountToken.Purpose.PASSWORD_RESET));
        String expiring = tenancy.asTenant(tenant.getId(),
                () -> tokens.issue(em.find(UserAccount.class, account.getId()), AccountToken.Purpose.PASSWORD_RESET));
        tenancy.asTenant(tenant.getId(), () -> em.createNativeQuery(
                        "update account_token set expires_at = now(6) - interval 1 minute where token_hash = ?1")
                .setParameter(1, AccountTokens.sha256(expiring)).executeUpdate());

        assertEquals("password.linkExpired", assertThrows(BusinessRuleException.class,
                () -> passwords.choosePassword(expiring, "a brand new passphrase")).messageKey());
        assertEquals("password.tooShort", assertThrows(BusinessRuleException.class,
                () -> passwords.choosePassword(fresh, "short")).messageKey());

        passwords.choosePassword(fresh, "a brand new passphrase");
        assertTrue(signIn.attempt(account.getEmail(), "a brand new passphrase", OWNER).succeeded());
        assertEquals("password.linkExpired", assertThrows(BusinessRuleException.class,
                () -> passwords.choosePassword(fresh, "yet another passphrase")).messageKey());
    }

    @Test
    void aNewPasswordEndsTheAccountsOtherSessions() throws Exception {
        Tenant tenant = fixtures.newSchoolBoard("sessions");
        UserAccount account = fixtures.newAccount(tenant, Role.RECRUITER);
        HttpVisitor laptop = new HttpVisitor(base);
        laptop.signIn(account.getEmail(), TestFixtures.PASSWORD);
        assertEquals(200, laptop.get("admin/board.xhtml").statusCode(), "signed in");
        String link = tenancy.asTenant(tenant.getId(),
                () -> tokens.issue(em.find(UserAccount.class, account.getId()), AccountToken.Purpose.PASSWORD_RESET));

        passwords.choosePassword(link, "a brand new passphrase");

        HttpResponse<String> after = laptop.get("admin/board.xhtml");
        assertEquals(302, after.statusCode());
        assertTrue(after.headers().firstValue("Location").orElse("").contains("signin.xhtml"),
                after.headers().toString());
        HttpVisitor again = new HttpVisitor(base);
        again.signIn(account.getEmail(), "a brand new passphrase");
        assertEquals(200, again.get("admin/board.xhtml").statusCode(), "the new password opens a new session");
    }

    /**
     * A recruiter promoted while signed in: the pages' security keeps the role of the sign-in for the session, so the
     * promotion would show the admin's menu and refuse its pages. The session ends at its next page instead, the
     * sign-in page says why, and the next sign-in opens the admin's pages.
     */
    @Test
    void aSessionWhoseRoleChangedEndsAndTheNextSignInHasTheNewRole() throws Exception {
        Tenant tenant = fixtures.newSchoolBoard("promoted");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        UserAccount recruiter = fixtures.newAccount(tenant, Role.RECRUITER);
        HttpVisitor open = new HttpVisitor(base);
        open.signIn(recruiter.getEmail(), TestFixtures.PASSWORD);
        assertEquals(403, open.get("admin/users.xhtml").statusCode(), "a recruiter's session");
        HttpVisitor elsewhere = new HttpVisitor(base);
        elsewhere.signIn(recruiter.getEmail(), TestFixtures.PASSWORD);

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            long version = tenancy.asTenant(tenant.getId(), () -> em.find(UserAccount.class, recruiter.getId()))
                    .getVersion();
            administration.changeRole(recruiter.getId(), Role.CSS_ADMIN, version);
        }

        // An admin's page opened first by its address, which the security of the pages refuses to the session's role:
        // sent to sign in again, not told it is forbidden.
        HttpResponse<String> refused = elsewhere.get("admin/users.xhtml");
        assertEquals(302, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Location").orElse("").contains("signin.xhtml?roleChanged=true"));
        assertEquals(302, elsewhere.get("admin/board.xhtml").statusCode(), "that session ended");

        // Its next page (its menu, drawn before, offers no admin's page yet) ends the session and says why.
        HttpResponse<String> after = open.get("admin/board.xhtml");
        assertEquals(302, after.statusCode());
        String location = after.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("signin.xhtml?roleChanged=true"), location);
        assertTrue(open.get("signin.xhtml?roleChanged=true").body().contains("Votre rôle a changé"));
        HttpVisitor again = new HttpVisitor(base);
        again.signIn(recruiter.getEmail(), TestFixtures.PASSWORD);
        assertEquals(200, again.get("admin/users.xhtml").statusCode(), "signed in again, with the new role");
    }

    /**
     * An invitation sent twice at once (a double click from two tabs): the first one's account holds the address when
     * the second writes its own. The second answers that the invitation was sent, as it was, not a server error. The
     * first is played by a transaction of the test's own that commits once the page's insert waits for it.
     */
    @Test
    void anInvitationSentTwiceAtOnceSaysItWasSentNotAServerError() throws Exception {
        Tenant tenant = fixtures.newSchoolBoard("invite-twice");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        String email = "deux-clics." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.test";
        HttpVisitor page = new HttpVisitor(base);
        page.signIn(admin.getEmail(), TestFixtures.PASSWORD);
        java.net.http.HttpRequest invite = page.form("admin/users.xhtml", "invite", java.util.Map.of(
                "invite:email", email, "invite:name", "Deux Clics", "invite:role_input", "RECRUITER",
                "invite:language_input", "fr"), "invite:submit");
        ca.tremplin.testsupport.FirstClick first = ca.tremplin.testsupport.FirstClick.copying(database::getConnection,
                "user_account", "id = " + admin.getId(), "email = '" + email + "', role = 'RECRUITER'");
        HttpResponse<String> answer = first.meets("insert into user_account %", () -> page.send(invite));

        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("Invitation envoyée à " + email), answer.body());
    }

    @Test
    void aResetLinkIsWrittenInTheLanguageTheAccountHolderChoseWhateverThePagesLanguage() {
        Tenant tenant = fixtures.newSchoolBoard("reset-language");
        String email = "kwame." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.test";
        tenancy.asTenant(tenant.getId(), () -> provisioning.createWithPasswordHash(email,
                "Kwame Asante", Role.RECRUITER, Languages.ENGLISH, "not-a-real-hash"));

        passwords.sendResetLink(email, Languages.FRENCH);

        List<OutboxMessage> mails = mailsTo(email);
        assertEquals(1, mails.size());
        assertEquals("Resetting your Tremplin password", mails.get(0).getSubject());
    }

    @Test
    void aResetRequestForAnUnknownAddressQueuesNothing() {
        String unknown = "nobody." + UUID.randomUUID() + "@exemple.test";

        passwords.sendResetLink(unknown, Languages.FRENCH);

        assertTrue(mailsTo(unknown).isEmpty());
    }

    @Test
    void resetRequestsForOneEmailAreBrakedFromWhateverAddressWhetherOrNotItHasAnAccount() {
        String unknown = "nobody." + UUID.randomUUID() + "@exemple.test";
        for (int i = 0; i < 3; i++) {
            passwords.requestReset(unknown, Languages.FRENCH, "203.0.113." + i);
        }

        RateLimitedException braked = assertThrows(RateLimitedException.class,
                () -> passwords.requestReset(unknown.toUpperCase(), Languages.FRENCH, "203.0.113.99"));
        assertTrue(braked.retryAfterSeconds() > 0);
    }

    private Tenant coordination() {
        return tenancy.acrossAllTenants(() -> em.createQuery(
                "select t from Tenant t where t.kind = ca.tremplin.tenant.TenantKind.COORDINATION", Tenant.class)
                .getSingleResult());
    }

    /**
     * An address pasted as a mail program copies it, in capitals, with its domain written in ASCII: the account is the
     * one its owner reaches however they type it — the domain in Unicode, a zero-width space pasted in it —, an
     * invitation to another spelling of it is "already has an account", and an account kept before with its domain in
     * ASCII signs in from the Unicode spelling.
     */
    @Test
    void aStaffAddressIsOneAccountWhicheverSpellingOfItsDomainOrPasteItComesIn() {
        Tenant tenant = fixtures.newSchoolBoard("idn-staff");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        String local = "idn." + UUID.randomUUID().toString().substring(0, 8);
        UserAccount invited;
        try (var session = TestSessions.signedInAs(admin, tenant)) {
            invited = administration.invite(new UserAdministration.Invitation(
                    "Léa Roy <" + local.toUpperCase(java.util.Locale.ROOT) + "@XN--COLE-9OA.CA>", "Léa Roy",
                    Role.RECRUITER, Languages.FRENCH));
            assertEquals(local + "@école.ca", invited.getEmail());
            assertEquals("user.emailTakenBy", assertThrows(BusinessRuleException.class,
                    () -> administration.invite(new UserAdministration.Invitation(local + "@école.ca", "Léa Roy",
                            Role.RECRUITER, Languages.FRENCH))).messageKey());
        }
        String link = tenancy.asTenant(tenant.getId(),
                () -> tokens.issue(em.find(UserAccount.class, invited.getId()), AccountToken.Purpose.INVITATION));
        passwords.choosePassword(link, "a brand new passphrase");
        for (String typed : List.of(local + "@xn--cole-9oa.ca", " " + local.toUpperCase(java.util.Locale.ROOT)
                + "@École.ca ", local.substring(0, 2) + "\u200B" + local.substring(2) + "@école.ca")) {
            assertTrue(signIn.attempt(typed, "a brand new passphrase", OWNER).succeeded(), typed);
        }

        UserAccount keptInAscii = fixtures.newAccount(tenant, Role.RECRUITER);
        String ascii = "ascii." + UUID.randomUUID().toString().substring(0, 8) + "@xn--cole-9oa.ca";
        tenancy.asTenant(tenant.getId(), () -> em.createNativeQuery("update user_account set email = ?1 where id = ?2")
                .setParameter(1, ascii).setParameter(2, keptInAscii.getId()).executeUpdate());
        assertTrue(signIn.attempt(ascii.replace("xn--cole-9oa", "école"), TestFixtures.PASSWORD, OWNER).succeeded(),
                "an account kept with its domain in ASCII signs in from its Unicode spelling");

        UserAccount keptAsPasted = fixtures.newAccount(tenant, Role.RECRUITER);
        String pasted = "colle\u200B." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.test";
        tenancy.asTenant(tenant.getId(), () -> em.createNativeQuery("update user_account set email = ?1 where id = ?2")
                .setParameter(1, pasted).setParameter(2, keptAsPasted.getId()).executeUpdate());
        assertTrue(signIn.attempt(pasted, TestFixtures.PASSWORD, OWNER).succeeded(),
                "an account kept with an invisible character, as pasted then, still signs in pasted so");
    }

    /**
     * Two accounts whose addresses became one once kept as a key ("Twin.…@Exemple.test" and "twin.…@exemple.test",
     * invited before, left both by V97; the application no longer writes them, so the test does): each line of the
     * users list names the other, to open and deactivate the one not used; a third account in another centre is said
     * to be another centre's, unnamed; the platform's admin sees all three, for the centre's page.
     */
    @Test
    void accountsOfOneAddressOnceKeptAsAKeyAreSaidOnTheUsersListAndTheCentresPage() {
        Tenant centre = fixtures.newSchoolBoard("twins");
        Tenant otherCentre = fixtures.newSchoolBoard("twins-other");
        UserAccount admin = fixtures.newAccount(centre, Role.CSS_ADMIN);
        UserAccount keyed = fixtures.newAccount(centre, Role.RECRUITER);
        UserAccount capitals = fixtures.newAccount(centre, Role.RECRUITER);
        UserAccount elsewhere = fixtures.newAccount(otherCentre, Role.CSS_ADMIN);
        String address = "twin." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.test";
        String inCapitals = "T" + address.substring(1, address.indexOf('@')).toUpperCase(java.util.Locale.ROOT)
                + "@Exemple.test";
        respell(centre, keyed, address);
        respell(centre, capitals, inCapitals);
        respell(otherCentre, elsewhere, "mailto:" + address);

        try (var session = TestSessions.signedInAs(admin, centre)) {
            java.util.Map<Long, UserRow> rows = new java.util.HashMap<>();
            administration.page(null, 0, 50, "email", true).forEach(row -> rows.put(row.id(), row));
            assertEquals(List.of(new UserRow.SameAddressAs(capitals.getId(), capitals.getDisplayName(), inCapitals),
                    new UserRow.SameAddressAs(null, null, null)), rows.get(keyed.getId()).sameAddressAs(),
                    "the other account of the centre named, the other centre's not");
            assertEquals(List.of(new UserRow.SameAddressAs(keyed.getId(), keyed.getDisplayName(), address),
                    new UserRow.SameAddressAs(null, null, null)), rows.get(capitals.getId()).sameAddressAs());
            assertEquals(List.of(), rows.get(admin.getId()).sameAddressAs(), "an address of its own: nothing said");
            assertThrows(ca.tremplin.kernel.AccessDeniedException.class, administration::sameAddressAcrossTenants,
                    "a centre's admin does not read the other centres' accounts");
        }
        try (var session = TestSessions.signedInAs(fixtures.newAccount(coordination(), Role.PLATFORM_ADMIN),
                coordination())) {
            assertEquals(List.of(keyed.getId(), capitals.getId()), administration.sameAddressAcrossTenants()
                    .get(elsewhere.getId()).stream().map(AccountAddress::id).toList());
        }
        for (String typed : List.of(inCapitals, address)) {
            assertEquals(keyed.getId(), signIn.attempt(typed, TestFixtures.PASSWORD, OWNER).userId(),
                    "either spelling signs into the account at the key: the other is the one unused");
        }
    }

    private void respell(Tenant tenant, UserAccount account, String email) {
        tenancy.asTenant(tenant.getId(), () -> em.createNativeQuery("update user_account set email = ?1 where id = ?2")
                .setParameter(1, email).setParameter(2, account.getId()).executeUpdate());
    }

    /**
     * The page of an account not yet joined, shown before another admin deactivated it, offers to send its invitation
     * again: the click is refused in words, and nothing is mailed (the link would only say "expired") nor traced.
     */
    @Test
    void anInvitationIsNotSentAgainToAnAccountDeactivatedSinceThePageShowedIt() {
        Tenant tenant = fixtures.newSchoolBoard("resend-left");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        String address = "parti." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.test";
        try (var session = TestSessions.signedInAs(admin, tenant)) {
            UserAccount invited = administration.invite(new UserAdministration.Invitation(address, "Léa Roy",
                    Role.RECRUITER, Languages.FRENCH));
            administration.deactivate(invited.getId(), administration.find(invited.getId()).getVersion(), null);
            int mailed = mailsTo(address).size();

            assertEquals("user.deactivatedNotInvited", assertThrows(BusinessRuleException.class,
                    () -> administration.resendInvitation(invited.getId())).messageKey());

            assertEquals(mailed, mailsTo(address).size(), "no invitation whose link would say it expired");
            assertFalse(staffChanges.ofAccount(invited.getId()).stream()
                    .anyMatch(change -> change.getWhat() == StaffChange.What.INVITED_AGAIN), "nor its trace");
            assertEquals("user.emailTakenByDeactivated", assertThrows(BusinessRuleException.class,
                    () -> administration.invite(new UserAdministration.Invitation(address, "Léa Roy", Role.RECRUITER,
                            Languages.FRENCH))).messageKey(), "typed again, the address leads to reactivating it");
        }
    }

    /**
     * The account's history says when its holder joined, choosing a password through the invitation, and when the
     * password was reset through a mailed link, each by the holder: a reset nobody at the centre asked for shows.
     */
    @Test
    void aPasswordChosenThroughAMailedLinkIsInTheAccountsHistoryByItsHolder() {
        Tenant tenant = fixtures.newSchoolBoard("joined-trace");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        String address = "nouvelle." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.test";
        UserAccount invited;
        try (var session = TestSessions.signedInAs(admin, tenant)) {
            invited = administration.invite(new UserAdministration.Invitation(address, "Léa Roy", Role.RECRUITER,
                    Languages.FRENCH));
        }
        passwords.choosePassword(tokenIn(latestMailTo(address)), "a brand new passphrase");
        String reset = tenancy.asTenant(tenant.getId(),
                () -> tokens.issue(em.find(UserAccount.class, invited.getId()), AccountToken.Purpose.PASSWORD_RESET));
        passwords.choosePassword(reset, "yet another passphrase");

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            List<StaffChange> trace = staffChanges.ofAccount(invited.getId());
            for (StaffChange.What what : List.of(StaffChange.What.JOINED, StaffChange.What.PASSWORD_RESET)) {
                List<StaffChange> lines = trace.stream().filter(change -> change.getWhat() == what).toList();
                assertEquals(1, lines.size(), what + " in " + trace.stream().map(StaffChange::getWhat).toList());
                assertEquals(invited.getId(), lines.get(0).getActorId(), what + " by the account's holder");
            }
            assertEquals("Léa Roy", staffChanges.actorNames(trace).get(invited.getId()));
        }
    }

    /**
     * A centre's two admins each make the other a recruiter at the same moment: each change alone is allowed, both
     * together would leave the centre with nobody to administer it. One is made, the other waits for it and is told
     * its author no longer administers the centre; one admin remains.
     */
    @Test
    void twoAdminsDemotingEachOtherAtOnceLeaveTheCentreOneAdmin() throws Exception {
        Tenant tenant = fixtures.newSchoolBoard("two-admins");
        UserAccount first = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        UserAccount second = fixtures.newAccount(tenant, Role.CSS_ADMIN);

        List<String> said = TestSessions.atOnce(tenant,
                first, () -> demoted(second), second, () -> demoted(first));

        assertEquals(List.of("demoted", "user.noLongerAdministrator"), said);
        assertEquals(1L, (long) tenancy.asTenant(tenant.getId(), () -> em.createQuery(
                "select count(u) from UserAccount u where u.role = :admin and u.active = true", Long.class)
                .setParameter("admin", Role.CSS_ADMIN).getSingleResult()), "one admin remains");
    }

    /** Makes the account a recruiter as the person signed in on this thread; what they were told. */
    private String demoted(UserAccount account) {
        try {
            administration.changeRole(account.getId(), Role.RECRUITER, account.getVersion());
            return "demoted";
        } catch (BusinessRuleException refused) {
            return refused.messageKey();
        }
    }

    /** The token of the link an invitation or a reset mail carries. */
    private static String tokenIn(OutboxMessage mail) {
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("token=([A-Za-z0-9_-]+)")
                .matcher(mail.getBodyText());
        assertTrue(link.find(), mail.getBodyText());
        return link.group(1);
    }

    /** The trace of an account of a centre, newest first, as the platform's admin reads it inside that centre. */
    private List<StaffChange> accountTrace(UserAccount platformAdmin, Tenant coordination, Tenant centre,
                                           long accountId) {
        try (var session = TestSessions.signedInAs(platformAdmin, coordination)) {
            return tenancy.asTenant(centre.getId(), () -> staffChanges.ofAccount(accountId));
        }
    }

    /** The account's version now. */
    private long versionNow(UserAccount account) {
        return tenancy.acrossAllTenants(() -> em.find(UserAccount.class, account.getId())).getVersion();
    }

    private OutboxMessage latestMailTo(String recipient) {
        List<OutboxMessage> mails = mailsTo(recipient);
        assertFalse(mails.isEmpty(), "a message to " + recipient + " is in the outbox");
        return mails.get(mails.size() - 1);
    }

    private List<OutboxMessage> mailsTo(String recipient) {
        return em.createQuery("select m from OutboxMessage m where m.recipient = :r order by m.id", OutboxMessage.class)
                .setParameter("r", recipient).getResultList();
    }

    /**
     * An invitation the admin cancelled before anyone joined is said so on the centre's list of users and on the
     * account's page — "Invitation annulée", as the centre's page says it —, not "Désactivé", which is kept for a
     * colleague who joined and left.
     */
    @Test
    void anInvitationCancelledBeforeAnyoneJoinedIsSaidCancelledOnTheUsersListAndTheAccountsPage() throws Exception {
        Tenant tenant = fixtures.newSchoolBoard("cancelled-invitation");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        UserAccount left = fixtures.newAccount(tenant, Role.RECRUITER);
        String address = "annulee." + UUID.randomUUID().toString().substring(0, 6) + "@" + tenant.getSlug() + ".test";
        long cancelled;
        try (var session = TestSessions.signedInAs(admin, tenant)) {
            UserAccount invited = administration.invite(new UserAdministration.Invitation(address, "Noa Annulée",
                    Role.RECRUITER, Languages.FRENCH));
            cancelled = invited.getId();
            administration.deactivate(cancelled, administration.find(cancelled).getVersion(), null);
            administration.deactivate(left.getId(), administration.find(left.getId()).getVersion(), null);
        }
        HttpVisitor page = new HttpVisitor(base);
        page.signIn(admin.getEmail(), TestFixtures.PASSWORD);

        String list = page.get("admin/users.xhtml").body();
        java.util.regex.Matcher statuses = java.util.regex.Pattern.compile(
                "<span class=\"status status-inactive\">\\s*([^<]*?)\\s*</span>").matcher(list);
        List<String> said = new java.util.ArrayList<>();
        while (statuses.find()) {
            said.add(statuses.group(1));
        }
        assertEquals(List.of("Désactivé", "Invitation annulée"), said.stream().sorted().toList(),
                "the colleague who joined and left, and the invitation cancelled: " + list);
        assertTrue(page.get("admin/user.xhtml?id=" + cancelled).body()
                .contains("<dd id=\"user-status\">Invitation annulée</dd>"), "on the account's page too");
    }
}
