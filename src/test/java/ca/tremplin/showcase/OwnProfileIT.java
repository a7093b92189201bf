package ca.tremplin.showcase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.catalog.Program;
import ca.tremplin.catalog.ProgramStatus;
import ca.tremplin.catalog.ProgramType;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.HttpVisitor;
import ca.tremplin.testsupport.TestFixtures;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * The apprentice's own page and what it changes. Their centre closed, they still see where their profile stands and
 * withdraw it, which reopening the centre does not undo, but cannot edit it meanwhile. Their program archived, they
 * edit the rest and keep it. An address another profile of the centre has is refused — by the database too, when two
 * edits give it at the same moment —, and a new one is told to the address the profile leaves, in the profile's
 * language. A trade whose last public profile leaves by an edit, a withdrawal or reports is no longer among the
 * gallery's filters at once. A photo asked with a private link, or by staff before it is public, is kept by no cache.
 */
class OwnProfileIT extends ShowcaseCentreSetup {

    @ArquillianResource
    URL base;

    @Inject
    ca.tremplin.catalog.CatalogService catalog;

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/TremplinDS")
    javax.sql.DataSource database;

    @Inject
    WithdrawnAgainAfterRestore withdrawnAgainAfterRestore;

    /**
     * A restored backup brought back a published profile its apprentice withdrew since, which the restore marked with
     * that withdrawal: the server's start withdraws it again — gone from the showcase, emptied, the register's
     * withdrawal and the trail's line written at the recorded moment —, and the next start finds none.
     */
    @Test
    void aProfileWhoseWithdrawalARestoreUndidIsWithdrawnAgainAtStart() throws Exception {
        long id = steps.approved(centre, "Noé", address("noe"), ip).profileId();
        try (java.sql.Connection connection = database.getConnection();
             java.sql.PreparedStatement marked = connection.prepareStatement("update showcase_profile set"
                     + " withdrawn_at = '2026-12-05 11:00:00', withdrawn_by = 'PERSON' where id = ?")) {
            marked.setLong(1, id);
            marked.executeUpdate();
        }

        assertTrue(withdrawnAgainAfterRestore.withdrawThoseRecordedAsWithdrawnAcrossAllTenants() >= 1);

        ShowcaseProfile profile = tenancy.acrossAllTenants(() -> em.find(ShowcaseProfile.class, id));
        assertEquals(ProfileStatus.WITHDRAWN, profile.getStatus());
        assertEquals(ShowcaseProfile.Withdrawer.PERSON, profile.getWithdrawnBy());
        assertEquals(java.time.Instant.parse("2026-12-05T11:00:00Z"), profile.getWithdrawnAt());
        assertTrue(profile.getDisplayName() == null && profile.getEmailNormalized() == null, "emptied");
        assertThrows(ca.tremplin.kernel.GoneException.class, () -> showcase.profileAcrossTenants(id, false));
        try (java.sql.Connection connection = database.getConnection();
             java.sql.Statement sql = connection.createStatement();
             java.sql.ResultSet rows = sql.executeQuery("select count(*) from consent_record"
                     + " where showcase_profile_id = " + id + " and not granted"
                     + " and given_at = '2026-12-05 11:00:00'")) {
            rows.next();
            assertEquals(2, rows.getInt(1), "publication and image rights withdrawn in the register, when they were");
        }
        assertEquals(0, withdrawnAgainAfterRestore.withdrawThoseRecordedAsWithdrawnAcrossAllTenants(),
                "the next start finds none");
    }

    /**
     * The coordinating organisation closes the centre: the apprentice's page still opens (not a 404), says their
     * profile is not visible and cannot be changed meanwhile, offers no edit form but the withdrawal; withdrawn then,
     * the profile stays withdrawn and gone when the centre opens again.
     */
    @Test
    void anApprenticeOfAClosedCentreSeesTheirProfileAndWithdrawsItButCannotEditIt() throws Exception {
        String email = address("jade");
        ShowcasePosting.Posted posted = steps.approved(centre, "Jade", email, ip);
        String token = ShowcaseSteps.ownerToken(posted);
        fixtures.deactivate(centre.tenant());

        OwnProfiles.OwnProfile shown = own.open(token);
        assertEquals(ProfileStatus.APPROVED, shown.profile().getStatus());
        assertFalse(shown.editable());
        assertEquals("showcase.own.editWhileClosed", assertThrows(BusinessRuleException.class,
                () -> own.edit(token, steps.profile(centre, "Jade B.", email, centre.program().getId()), null,
                        Locale.FRENCH, ip)).messageKey());
        HttpResponse<String> page = new HttpVisitor(base).get("vitrine-profil.xhtml?token=" + token);
        assertEquals(200, page.statusCode(), "the page opens");
        assertTrue(page.body().contains("id=\"own-centre-closed\"")
                && page.body().contains("ne peut pas être modifié"), page.body());
        assertTrue(page.body().contains("id=\"withdraw:confirm-withdrawal\""), "the withdrawal is offered");
        assertFalse(page.body().contains("id=\"edit\""), "no edit form");
        assertFalse(page.body().contains("id=\"own-public\""), "no link to a page nobody can see");

        own.withdraw(token, ip);
        tenancy.acrossAllTenants(() -> {
            em.find(Tenant.class, centre.tenant().getId()).setActive(true);
            return null;
        });

        assertEquals(ProfileStatus.WITHDRAWN, own.open(token).profile().getStatus());
        assertThrows(ca.tremplin.kernel.GoneException.class,
                () -> showcase.profileAcrossTenants(posted.profileId(), false), "not published again on reopening");
    }

    /**
     * The profile's program is archived: its edit form still offers it, an edit that keeps it is taken, and another
     * program the centre does not publish is refused beside its field.
     */
    @Test
    void anApprenticeWhoseProgramWasArchivedEditsTheRestAndKeepsIt() {
        String email = address("kofi");
        ShowcasePosting.Posted posted = steps.approved(centre, "Kofi", email, ip);
        String token = ShowcaseSteps.ownerToken(posted);
        Program draft = fixtures.newProgram(centre.tenant(), ProgramType.DEP, TestFixtures.programCode(),
                "Boulangerie", "Baking", "07", "w" + unique, false);
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            long seen = em.find(Program.class, centre.program().getId()).getVersion();
            catalog.changeStatus(centre.program().getId(), ProgramStatus.ARCHIVED, seen);
        }

        assertTrue(own.open(token).form().programs().stream().anyMatch(p -> p.id() == centre.program().getId()),
                "its own program is still offered");
        own.edit(token, steps.profile(centre, "Kofi A.", email, centre.program().getId()), null, Locale.FRENCH, ip);
        ShowcaseProfile edited = own.open(token).profile();
        assertEquals("Kofi A.", edited.getDisplayName());
        assertEquals(centre.program().getId(), edited.getProgramId());
        assertEquals(ProfileStatus.AWAITING_MODERATION, edited.getStatus());

        InvalidProfileException refused = assertThrows(InvalidProfileException.class, () -> own.edit(token,
                steps.profile(centre, "Kofi A.", email, draft.getId()), null, Locale.FRENCH, ip));
        assertEquals(Map.of("program", "showcase.error.programRequired"), refused.problems());
    }

    /**
     * An edit giving the address of another live profile of the centre is refused beside the field, nothing changed;
     * an address of nobody's is taken, and the address the profile leaves is told, in French or in English as the
     * profile was posted, without the new one.
     */
    @Test
    void anAddressOfAnotherProfileIsRefusedAndANewOneIsToldToTheFormerAddress() {
        String french = address("lina");
        String english = address("liam");
        ShowcasePosting.Posted lina = steps.posted(centre, "Lina", french, Locale.FRENCH, ip);
        ShowcasePosting.Posted liam = steps.posted(centre, "Liam", english, Locale.ENGLISH, ip);

        InvalidProfileException taken = assertThrows(InvalidProfileException.class, () -> own.edit(
                ShowcaseSteps.ownerToken(lina), steps.profile(centre, "Lina", english, centre.program().getId()),
                null, Locale.FRENCH, ip));
        assertEquals(Map.of("email", "showcase.error.emailTaken"), taken.problems());
        assertEquals(french, own.open(ShowcaseSteps.ownerToken(lina)).profile().getEmailNormalized(), "unchanged");

        String linaNow = address("lina.nouvelle");
        own.edit(ShowcaseSteps.ownerToken(lina), steps.profile(centre, "Lina", linaNow, centre.program().getId()),
                null, Locale.FRENCH, ip);
        assertEquals(linaNow, own.open(ShowcaseSteps.ownerToken(lina)).profile().getEmailNormalized());
        List<String> toldInFrench = steps.lastMail(french);
        assertTrue(toldInFrench.get(0).startsWith("L’adresse de votre profil a changé"), toldInFrench.get(0));
        assertTrue(toldInFrench.get(1).contains("répondez à ce courriel"), toldInFrench.get(1));
        assertFalse(toldInFrench.get(1).contains(linaNow), "the new address is its owner's");

        String liamNow = address("liam.new");
        own.edit(ShowcaseSteps.ownerToken(liam), steps.profile(centre, "Liam", liamNow, centre.program().getId()),
                null, Locale.ENGLISH, ip);
        List<String> toldInEnglish = steps.lastMail(english);
        assertTrue(toldInEnglish.get(0).startsWith("Your profile’s address was changed"), toldInEnglish.get(0));
        assertTrue(toldInEnglish.get(1).contains("If you changed nothing"), toldInEnglish.get(1));

        int mailsBefore = mailsTo(linaNow);
        own.edit(ShowcaseSteps.ownerToken(lina), steps.profile(centre, "Lina D.", linaNow, centre.program().getId()),
                null, Locale.FRENCH, ip);
        assertEquals(mailsBefore, mailsTo(linaNow), "the same address kept: nobody is told of a change");
    }

    /**
     * Two profiles of a centre edited at the same moment to one address: both edits find it free, and the second one's
     * write meets the first one's. The database refuses it, and the apprentice reads beside the address field, in
     * French or in English, that another profile of the centre has it, as when the check sees it; their profile keeps
     * its own address. The first edit is written by a transaction of its own that commits only once the second waits
     * for it.
     */
    @Test
    void twoEditsGivingOneAddressAtTheSameMomentLeaveItToOneProfile() throws Exception {
        String contested = address("commune");
        String pabloAddress = address("pablo");
        ShowcasePosting.Posted olga = steps.posted(centre, "Olga", address("olga"), Locale.FRENCH, ip);
        ShowcasePosting.Posted pablo = steps.posted(centre, "Pablo", pabloAddress, Locale.FRENCH, ip);
        ca.tremplin.testsupport.FirstClick first = new ca.tremplin.testsupport.FirstClick(database::getConnection,
                "update showcase_profile set email_normalized = '" + contested + "' where id = " + olga.profileId());

        InvalidProfileException taken = first.meets("update showcase_profile %", () -> assertThrows(
                InvalidProfileException.class, () -> own.edit(ShowcaseSteps.ownerToken(pablo),
                        steps.profile(centre, "Pablo", contested, centre.program().getId()), null, Locale.FRENCH,
                        ip)));

        assertEquals(Map.of("email", "showcase.error.emailTaken"), taken.problems());
        assertEquals("Un autre profil de votre centre porte déjà cette adresse courriel : gardez la vôtre, ou"
                + " écrivez-en une autre.", ca.tremplin.kernel.Messages.get(ca.tremplin.kernel.Languages.FRENCH,
                taken.problems().get("email")));
        assertEquals("Another profile of your centre already has this e-mail address: keep yours, or type another"
                + " one.", ca.tremplin.kernel.Messages.get(ca.tremplin.kernel.Languages.ENGLISH,
                taken.problems().get("email")));
        assertEquals(pabloAddress, own.open(ShowcaseSteps.ownerToken(pablo)).profile().getEmailNormalized(),
                "nothing of the refused edit was written");
        assertEquals(contested, own.open(ShowcaseSteps.ownerToken(olga)).profile().getEmailNormalized(),
                "the address is the first edit's");
        assertEquals(1L, ((Number) tenancy.acrossAllTenants(() -> em.createNativeQuery("select count(*) from"
                        + " showcase_profile where tenant_id = ?1 and email_normalized = ?2")
                .setParameter(1, centre.tenant().getId()).setParameter(2, contested).getSingleResult())).longValue(),
                "one profile holds it");
    }

    /**
     * A trade with one public profile is among the gallery's filters; the profile edited by its apprentice, reported
     * by enough visitors or withdrawn, the trade is no longer offered at once — not once this server's copy of the
     * filters is half a minute old.
     */
    @Test
    void aTradeWhoseLastProfileLeavesIsNoLongerAFilterAtOnce() {
        String email = address("mael");
        ShowcasePosting.Posted posted = steps.approved(centre, "Maël", email, ip);
        String token = ShowcaseSteps.ownerToken(posted);
        String trade = centre.program().getCode();
        assertTrue(offersTrade(trade), "approved: a filter");

        own.edit(token, steps.profile(centre, "Maël B.", email, centre.program().getId()), null, Locale.FRENCH, ip);
        assertFalse(offersTrade(trade), "edited, off the showcase until approved again");

        approve(posted.profileId());
        assertTrue(offersTrade(trade));
        steps.reportedByEnoughVisitors(posted.profileId(), "Ce profil n’est pas le sien.", ip);
        assertFalse(offersTrade(trade), "reported by enough people, off the showcase");

        approve(posted.profileId());
        assertTrue(offersTrade(trade));
        own.withdraw(token, ip);
        assertFalse(offersTrade(trade), "withdrawn");
    }

    /**
     * A photo not yet public, asked with the apprentice's private link or by the centre's staff signed in, is served
     * and kept by no cache; public, it is kept a year by the browser that shows it publicly, but never under its
     * private link.
     */
    @Test
    void aPhotoAskedWithAPrivateLinkOrByStaffBeforeItIsPublicIsKeptByNoCache() throws Exception {
        ShowcasePosting.Posted posted = steps.posted(centre, "Nadia", address("nadia"), Locale.FRENCH, ip);
        String token = ShowcaseSteps.ownerToken(posted);
        OwnProfiles.OwnProfile shown = own.open(token);
        String photo = ShowcasePaths.photo(shown.profile().getPhotoKey(), shown.photoSizes().get(0).width())
                .substring(1);
        HttpVisitor visitor = new HttpVisitor(base);
        HttpVisitor staff = new HttpVisitor(base);
        staff.signIn(centre.recruiter().getEmail(), TestFixtures.PASSWORD);

        HttpResponse<byte[]> withLink = visitor.getBytes(photo + "?token=" + token);
        assertEquals(200, withLink.statusCode());
        assertEquals(Optional.of("no-store"), withLink.headers().firstValue("Cache-Control"), "its link in the address");
        HttpResponse<byte[]> toStaff = staff.getBytes(photo);
        assertEquals(200, toStaff.statusCode(), "shown to the centre's moderators");
        assertEquals(Optional.of("no-store"), toStaff.headers().firstValue("Cache-Control"), "not public yet");
        assertEquals(404, visitor.getBytes(photo).statusCode(), "nobody else sees it");

        approve(posted.profileId());

        assertEquals(Optional.of("private, max-age=31536000, immutable"),
                visitor.getBytes(photo).headers().firstValue("Cache-Control"), "public: its browser keeps it");
        assertEquals(Optional.of("no-store"), visitor.getBytes(photo + "?token=" + token).headers()
                .firstValue("Cache-Control"), "never under the private link");
    }

    private void approve(long profileId) {
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            moderation.approve(profileId, steps.version(profileId));
        }
    }

    private boolean offersTrade(String code) {
        return showcase.filtersAcrossTenants().get("trade").stream().anyMatch(choice -> choice.value().equals(code));
    }

    private int mailsTo(String recipient) {
        return ((Number) tenancy.acrossAllTenants(() -> em.createNativeQuery(
                "select count(*) from outbox_message where recipient = ?1").setParameter(1, recipient)
                .getSingleResult())).intValue();
    }
}
