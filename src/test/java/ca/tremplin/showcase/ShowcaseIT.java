package ca.tremplin.showcase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.Messages;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.tenant.QuebecRegion;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.HttpVisitor;
import ca.tremplin.testsupport.TestCentre;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The apprentices' showcase, from invitation to withdrawal. A centre invites an apprentice by e-mail (the link works
 * once) or a class (a link limited in uses and time); the apprentice posts a profile with a photo and their consents,
 * recorded word for word in their language; nothing is public before the centre's moderator approves it; a person under
 * 14 waits for their guardian's confirmation; a change asked by the moderator reaches the person with a link, and an
 * edit after approval takes the profile off the showcase until approved again; a visitor's report puts it in the
 * centre's queue with its reason, still public, and the reports of three people, or one of the centre's staff, take it
 * off; a withdrawal empties the profile, deletes its photos (their address answers 404) and records the
 * withdrawal in the register; an apprentice the centre knows only by their profile is erased by its admin, off every
 * page and the sitemap at once. A non-image, an expired or used invitation, a missing consent: refused, nothing
 * stored.
 */
class ShowcaseIT extends ShowcaseCentreSetup {

    private static final Pattern INVITATION = ShowcaseSteps.INVITATION;
    private static final Pattern TOKEN = ShowcaseSteps.TOKEN;

    @ArquillianResource
    URL base;

    @Inject
    ShowcaseInvitations invitations;

    @Inject
    ShowcasePosting posting;

    @Inject
    ModeratedProfiles profiles;

    @Inject
    ca.tremplin.catalog.CatalogService catalog;

    @Inject
    ShowcaseAudience audience;

    @Inject
    GuardianConsents guardians;

    @Inject
    ca.tremplin.access.AccessRequests accessRequests;

    @Inject
    ca.tremplin.person.ApprenticeErasure apprentices;

    @Inject
    ca.tremplin.person.RetentionService retention;

    /** The apprentice's address of most tests. */
    private String address;

    @BeforeEach
    void anAddress() {
        address = address("apprentie");
    }

    @Test
    void aPersonalInvitationIsMailedAndItsLinkPostsOneProfileOnly() {
        String token = invite(address);
        ShowcasePosting.PostingForm form = posting.open(token);
        assertEquals(centre.tenant().getNameFr(), form.centre(Locale.FRENCH));
        assertTrue(form.programs().stream().anyMatch(p -> p.id() == centre.program().getId()),
                "the centre's catalogue is offered");

        ShowcasePosting.Posted posted = post(token, address, Year.now().getValue() - 20, Locale.FRENCH);
        assertFalse(posted.awaitsGuardian());
        assertTrue(lastMailTo(address).contains("vitrine-profil.xhtml?token="), "the person gets their own link");

        InvitationClosedException used = assertThrows(InvitationClosedException.class, () -> posting.open(token));
        assertEquals("showcase.invitation.used", used.messageKey());
        assertThrows(InvitationClosedException.class,
                () -> post(token, "autre." + address, Year.now().getValue() - 20, Locale.FRENCH));
        assertEquals(1L, profilesOfCentre(), "one profile, however many tries");
        assertThrows(NotFoundException.class, () -> posting.open("not-a-real-token"));
    }

    @Test
    void aClassLinkWorksAsOftenAsItAllowsAndNotAfterItExpires() {
        String link;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            link = invitations.createClassLink("Groupe soudage 2027", 2, 7, Locale.FRENCH);
        }
        String token = tokenIn(link, INVITATION);
        post(token, "a." + address, 2000, Locale.FRENCH);
        InvalidProfileException twice = assertThrows(InvalidProfileException.class,
                () -> post(token, "a." + address, 2000, Locale.FRENCH), "a double tap on a slow upload");
        assertEquals(Map.of("email", "showcase.error.alreadyPosted"), twice.problems());
        post(token, "b." + address, 2000, Locale.ENGLISH);
        assertEquals("showcase.invitation.used", assertThrows(InvitationClosedException.class,
                () -> post(token, "c." + address, 2000, Locale.FRENCH)).messageKey());

        String expiring;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            expiring = tokenIn(invitations.createClassLink(null, 30, 1, Locale.FRENCH), INVITATION);
        }
        tenancy.acrossAllTenants(() -> em.createNativeQuery("update showcase_invitation set expires_at = ?1"
                        + " where tenant_id = ?2 and label is null")
                .setParameter(1, java.time.Instant.now().minusSeconds(60)).setParameter(2, centre.tenant().getId())
                .executeUpdate());
        assertEquals("showcase.invitation.expired", assertThrows(InvitationClosedException.class,
                () -> posting.open(expiring)).messageKey());
    }

    /** A class link shared beyond the class (on a public page) is closed by staff before its time. */
    @Test
    void aClassLinkClosedBeforeItsTimeOpensTheFormNoMore() {
        String label = "Groupe " + UUID.randomUUID().toString().substring(0, 6);
        String link;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            link = invitations.createClassLink(label, 30, 14, Locale.FRENCH);
        }
        String token = tokenIn(link, INVITATION);
        long id = ((Number) tenancy.acrossAllTenants(() -> em.createNativeQuery(
                "select id from showcase_invitation where label = ?1").setParameter(1, label).getSingleResult()))
                .longValue();
        TestCentre other = fixtures.newCentre("showcase-close-other");
        try (TenantContext.Scope ignored = other.asAdmin()) {
            assertThrows(NotFoundException.class, () -> invitations.close(id), "another centre's link");
        }
        posting.open(token);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            invitations.close(id);
        }
        assertEquals("showcase.invitation.expired", assertThrows(InvitationClosedException.class,
                () -> posting.open(token)).messageKey());
    }

    @Test
    void consentsAreKeptWordForWordInThePersonsLanguage() {
        ShowcasePosting.Posted posted = post(invite(address), address, 2001, Locale.ENGLISH);
        List<Object[]> consents = consentsOf(posted.profileId());
        assertEquals(2, consents.size());
        assertEquals("IMAGE_RIGHTS", consents.get(0)[0]);
        assertEquals("PUBLICATION", consents.get(1)[0]);
        assertEquals(Messages.get(Languages.ENGLISH, "inquiry.consent.publication-2026-12"), consents.get(1)[1]);
        assertEquals("en", consents.get(1)[2]);
        assertEquals(Boolean.TRUE, asBoolean(consents.get(1)[3]));
    }

    @Test
    void nothingIsPublicBeforeTheCentresModeratorApprovesIt() {
        ShowcasePosting.Posted posted = post(invite(address), address, 2002, Locale.FRENCH);
        assertThrows(NotFoundException.class, () -> showcase.profileAcrossTenants(posted.profileId(), false));
        assertFalse(inGallery(posted.profileId()));

        TestCentre other = fixtures.newCentre("showcase-other");
        try (TenantContext.Scope ignored = other.asAdmin()) {
            assertTrue(queue().stream().noneMatch(m -> m.profile().getId() == posted.profileId()),
                    "another centre's queue does not show it");
            long seen = version(posted.profileId());
            assertThrows(NotFoundException.class, () -> moderation.approve(posted.profileId(), seen));
        }
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            ModeratedProfiles.Moderated waiting = queue().stream()
                    .filter(m -> m.profile().getId() == posted.profileId()).findFirst().orElseThrow();
            assertNotNull(waiting.waiting(), "the queue shows how long it waited");
            moderation.approve(posted.profileId(), version(posted.profileId()));
        }
        ShowcaseCard card = showcase.profileAcrossTenants(posted.profileId(), true);
        assertEquals("Amani", card.displayName());
        assertTrue(inGallery(posted.profileId()));
        assertTrue(lastMailTo(address).contains("/fr/vitrine/" + posted.profileId()), "the person is told");
        Map<String, List<PublicShowcase.Choice>> filters = showcase.filtersAcrossTenants();
        assertTrue(filters.get("trade").stream().anyMatch(trade -> trade.value().equals(centre.program().getCode())),
                "its program's ministry code is a trade to filter by");
        assertEquals(filters.get("trade").size(), filters.get("trade").stream().map(PublicShowcase.Choice::value)
                .distinct().count(), "a trade taught by several centres is one choice");
        assertTrue(filters.get("sector").contains(new PublicShowcase.Choice(card.sectorCode(), card.sectorFr(),
                card.sectorEn())), "and its sector");
        assertTrue(filters.get("region").contains(new PublicShowcase.Choice(card.region().name(), null, null)),
                "and its centre's region");
        for (GalleryQuery filtered : List.of(new GalleryQuery(null, card.sectorCode(), null, 1),
                new GalleryQuery(null, null, card.region(), 1),
                new GalleryQuery(null, card.sectorCode(), card.region(), 1),
                new GalleryQuery(centre.program().getCode(), card.sectorCode(), card.region(), 1))) {
            assertTrue(showcase.galleryAcrossTenants(filtered).cards().stream()
                    .anyMatch(c -> c.id() == posted.profileId()), "the gallery shows it by " + filtered);
        }
        QuebecRegion elsewhere = java.util.Arrays.stream(QuebecRegion.values()).filter(r -> r != card.region())
                .findFirst().orElseThrow();
        assertTrue(showcase.galleryAcrossTenants(new GalleryQuery(null, card.sectorCode(), elsewhere, 1)).cards()
                .stream().noneMatch(c -> c.id() == posted.profileId()), "not among another region's");

        showcase.clickAcrossTenants(posted.profileId(), ClickTarget.REQUEST);
        showcase.clickAcrossTenants(posted.profileId(), ClickTarget.REQUEST);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertEquals(new ModeratedProfiles.Audience(1, 0, 0, 2), listed().stream()
                    .filter(m -> m.profile().getId() == posted.profileId()).findFirst().orElseThrow().audience(),
                    "one view, two clicks to the information form");
            ShowcaseAudience.Audience seen = audience.lastDays();
            ShowcaseAudience.Trade trade = seen.trades().stream().filter(t -> t.programId() == card.programId())
                    .findFirst().orElseThrow();
            assertEquals(1, trade.publicProfiles(), "its trade has one public profile");
            assertEquals(new ShowcaseAudience.Counts(1, 0, 0, 2), trade.counts(), "and its views and clicks");
            assertEquals(new ShowcaseAudience.Counts(1, 0, 0, 2), seen.total(), "the days add up to the same");
            assertEquals(ShowcaseAudience.DAYS, seen.days().size(), "every day of the period, counted or not");
        }
        try (TenantContext.Scope ignored = other.asAdmin()) {
            assertTrue(audience.lastDays().trades().isEmpty(), "another centre sees none of it");
            assertEquals(0, audience.lastDays().total().views());
        }
        @SuppressWarnings("unchecked")
        List<String> columns = tenancy.acrossAllTenants(() -> em.createNativeQuery("select column_name from"
                + " information_schema.columns where table_schema = database() and table_name = 'showcase_daily_count'"
                + " order by ordinal_position").getResultList());
        assertEquals(List.of("profile_id", "count_day", "views", "program_clicks", "offer_clicks", "request_clicks"),
                columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList(), "counters, nothing about visitors");
    }

    /** A published profile its owner changed: approved again, it is back online; refused, it is taken off. */
    @Test
    void aPublishedProfileChangedByItsOwnerIsToldBackOnlineOrTakenOffNotPublishedOrNotPublished() {
        ShowcasePosting.Posted posted = approvedProfile();
        own.edit(ownerToken(posted), profile(address, 2000, "Amani B."), null, Locale.FRENCH, ip);
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            moderation.approve(posted.profileId(), version(posted.profileId()));
        }
        assertTrue(lastMailTo(address).contains("de nouveau public"), lastMailTo(address));
        own.edit(ownerToken(posted), profile(address, 2000, "Amani Ben."), null, Locale.FRENCH, ip);
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            moderation.refuse(posted.profileId(), version(posted.profileId()), "Le texte nomme un client.");
        }
        assertTrue(lastMailTo(address).contains("Votre centre a retiré votre profil"), lastMailTo(address));
    }

    /** A guardian who withdraws before the profile was ever public: the apprentice learns it will not be published. */
    @Test
    void aGuardiansWithdrawalBeforePublicationSaysTheProfileWillNotBePublished() {
        String guardian = "tuteur." + address;
        ShowcasePosting.Posted posted = posting.post(invite(address), new ProfilePost("Léo", centre.program().getId(),
                "Boulanger", null, "J’aime le pain du matin et le travail d’équipe à la boulangerie.", "français",
                address, Year.now().getValue() - 13, "Marc Tremblay", guardian, true, true, true), TestPhotos.photo(),
                Locale.FRENCH, ip);
        guardians.withdraw(tokenIn(lastMailTo(guardian), TOKEN), Locale.FRENCH, ip);
        assertTrue(lastMailTo(address).contains("ne sera pas publié"), lastMailTo(address));
        assertEquals(ProfileStatus.WITHDRAWN, own.open(ownerToken(posted)).profile().getStatus());
    }

    /**
     * The moderator opened the queue; the apprentice then changed their text and photo from their private link. The
     * approval given on the page as it was shown is refused with the reason, and nothing unseen is published.
     */
    @Test
    void anApprovalOfAProfileChangedSinceTheModeratorSawItIsRefused() {
        ShowcasePosting.Posted posted = post(invite(address), address, 2002, Locale.FRENCH);
        long seen = version(posted.profileId());
        own.edit(ownerToken(posted), profile(address, 2002, "Amani, jamais vue"), TestPhotos.photo(), Locale.FRENCH,
                ip);
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            assertEquals("showcase.moderation.changedSince", assertThrows(BusinessRuleException.class,
                    () -> moderation.approve(posted.profileId(), seen)).messageKey());
            assertEquals("showcase.moderation.changedSince", assertThrows(BusinessRuleException.class,
                    () -> moderation.refuse(posted.profileId(), seen, "Trop flou.")).messageKey());
        }
        assertThrows(NotFoundException.class, () -> showcase.profileAcrossTenants(posted.profileId(), false),
                "not public");
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            moderation.approve(posted.profileId(), version(posted.profileId()));
        }
        assertEquals("Amani, jamais vue", showcase.profileAcrossTenants(posted.profileId(), false).displayName(),
                "approved once seen as it is");
    }

    @Test
    void aChangeAskedReachesThePersonWhoseEditGoesBackToModeration() {
        ShowcasePosting.Posted posted = post(invite(address), address, 2002, Locale.FRENCH);
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            moderation.requestChanges(posted.profileId(), version(posted.profileId()),
                    "Une photo où l’on voit l’atelier, s’il vous plaît.");
        }
        String mail = lastMailTo(address);
        assertTrue(mail.contains("l’atelier"), mail);
        String editToken = tokenIn(mail, TOKEN);
        assertEquals(ProfileStatus.CHANGES_REQUESTED, own.open(editToken).profile().getStatus());

        own.edit(editToken, profile(address, 2002, "Amina"), TestPhotos.photo(), Locale.FRENCH, ip);
        assertEquals(ProfileStatus.AWAITING_MODERATION, own.open(editToken).profile().getStatus());
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            moderation.approve(posted.profileId(), version(posted.profileId()));
        }
        assertEquals("Amina", showcase.profileAcrossTenants(posted.profileId(), false).displayName());

        // Edited after approval with a new photo, on the English page: off the showcase until a moderator approves
        // it again, and the new photo rests on the consents ticked with it, in the language they were read.
        assertFalse(own.edit(ownerToken(posted), profile(address, 2002, "Amina B."), TestPhotos.photo(),
                Locale.ENGLISH, ip));
        assertThrows(NotFoundException.class, () -> showcase.profileAcrossTenants(posted.profileId(), false));
        List<Object[]> consents = consentsOf(posted.profileId());
        assertEquals(6, consents.size(), "posted, edited on request, edited again: two consents each time");
        Object[] latestImageRights = consents.stream().filter(c -> "IMAGE_RIGHTS".equals(c[0]))
                .reduce((first, second) -> second).orElseThrow();
        assertEquals(Messages.get(Languages.ENGLISH, "inquiry.consent.image-rights-2026-12"), latestImageRights[1]);
        assertEquals("en", latestImageRights[2]);
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            assertTrue(queue().stream().anyMatch(m -> m.profile().getId() == posted.profileId()));
            moderation.refuse(posted.profileId(), version(posted.profileId()),
                    "Le témoignage nomme un collègue sans son accord.");
        }
        assertEquals(ProfileStatus.REFUSED, own.open(ownerToken(posted)).profile().getStatus());
        assertTrue(lastMailTo(address).contains("sans son accord"));
    }

    @Test
    void underFourteenTheProfileWaitsForTheGuardiansConfirmation() throws Exception {
        String guardian = "parent." + address;
        ProfilePost young = new ProfilePost("Léa", centre.program().getId(), "Pâtissière", null,
                "J’aime créer des desserts et travailler en équipe le matin.", "français", address,
                Year.now().getValue() - 12, "Nadia Haddad", guardian, true, true, true);
        ShowcasePosting.Posted posted = posting.post(invite(address), young, TestPhotos.photo(), Locale.FRENCH,
                ip);
        assertTrue(posted.awaitsGuardian());
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            assertTrue(queue().stream().noneMatch(m -> m.profile().getId() == posted.profileId()),
                    "moderators do not see it before the guardian confirms");
        }
        String guardianToken = tokenIn(lastMailTo(guardian), TOKEN);
        GuardianConsents.ForGuardian shown = guardians.open(guardianToken);
        assertEquals("Nadia Haddad", shown.guardianName());
        // The guardian consents to the photo too: they see it, through their own link, before anyone approved it.
        assertNotNull(shown.photoPath());
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> photo = http.send(HttpRequest.newBuilder(URI.create(base + shown.photoPath().substring(1)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, photo.statusCode());
        assertEquals("image/jpeg", photo.headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(base + shown.photoPath().substring(1)
                .replaceAll("\\?token=.*", ""))).build(), HttpResponse.BodyHandlers.discarding()).statusCode(),
                "without the link, a photo not yet approved is no one's to see");
        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(base + shown.photoPath().substring(1)
                .replaceAll("token=.*", "token=another"))).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode(), "nor with a link that is not its");
        guardians.confirm(guardianToken, ip);

        Object[] consent = tenancy.acrossAllTenants(() -> (Object[]) em.createNativeQuery("select text_shown,"
                        + " guardian_name, guardian_email from consent_record where showcase_profile_id = ?1"
                        + " and purpose = 'GUARDIAN'").setParameter(1, posted.profileId()).getSingleResult());
        assertEquals(Messages.get(Languages.FRENCH, "inquiry.consent.showcase-guardian-2026-12"), consent[0]);
        assertEquals("Nadia Haddad", consent[1]);
        assertEquals(guardian, consent[2]);
        GuardianConsents.ForGuardian again = guardians.open(guardianToken);
        assertTrue(again.consented(), "the link opened again says the consent was given, to withdraw it");
        guardians.confirm(guardianToken, ip);
        assertEquals(1L, guardianRecords(posted.profileId()), "a consent sent twice is recorded once");
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            assertTrue(queue().stream().anyMatch(m -> m.profile().getId() == posted.profileId()));
        }

        // A new photo, after the guardian confirmed the first: the guardian now named confirms again first.
        String otherGuardian = "tuteur." + address;
        ProfilePost edited = new ProfilePost("Léa", centre.program().getId(), "Pâtissière", null,
                "J’aime créer des desserts et travailler en équipe le matin.", "français", address,
                Year.now().getValue() - 12, "Karim Haddad", otherGuardian, true, true, true);
        assertTrue(own.edit(ownerToken(posted), edited, TestPhotos.photo(), Locale.FRENCH, ip));
        assertEquals(ProfileStatus.AWAITING_GUARDIAN, own.open(ownerToken(posted)).profile().getStatus());
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            assertTrue(queue().stream().noneMatch(m -> m.profile().getId() == posted.profileId()),
                    "the edit waits for the guardian again");
        }
        String secondToken = tokenIn(lastMailTo(otherGuardian), TOKEN);
        assertEquals("Karim Haddad", guardians.open(secondToken).guardianName());
        guardians.confirm(secondToken, ip);
        assertEquals(2L, ((Number) tenancy.acrossAllTenants(() -> em.createNativeQuery("select count(*) from"
                + " consent_record where showcase_profile_id = ?1 and purpose = 'GUARDIAN'")
                .setParameter(1, posted.profileId()).getSingleResult())).longValue());
        assertEquals(ProfileStatus.AWAITING_MODERATION, own.open(ownerToken(posted)).profile().getStatus());
    }

    /**
     * Posted under 14 last year with a guardian's confirmation, edited this year with the same birth year: the age
     * is counted as at the posting, not refused as "another birth year".
     */
    @Test
    void aProfilePostedUnderFourteenIsStillEditedTheNextYear() {
        int thisYear = java.time.LocalDate.now(ShowcasePosting.QUEBEC).getYear();
        int born = thisYear - 15;
        String guardian = "parent." + address;
        ShowcasePosting.Posted posted = posting.post(invite(address), new ProfilePost("Léa", centre.program().getId(),
                "Pâtissière", null, "J’aime créer des desserts et travailler en équipe le matin.", "français",
                address, born + 1, "Nadia Haddad", guardian, true, true, true), TestPhotos.photo(), Locale.FRENCH, ip);
        assertTrue(posted.awaitsGuardian());
        // As if posted a year ago by a person born in that year minus 14: under 14 then, 15 this year.
        tenancy.acrossAllTenants(() -> em.createNativeQuery("update showcase_profile set submitted_at ="
                + " date_sub(submitted_at, interval 1 year) where id = ?1").setParameter(1, posted.profileId())
                .executeUpdate());

        assertTrue(own.edit(ownerToken(posted), new ProfilePost("Léa", centre.program().getId(), "Pâtissière", null,
                "Un an plus tard, j’aime toujours créer des desserts.", "français", address, born, "Nadia Haddad",
                guardian, true, true, true), null, Locale.FRENCH, ip), "edited, and its guardian asked again");
        assertEquals("showcase.error.birthYearChanged", assertThrows(InvalidProfileException.class,
                () -> own.edit(ownerToken(posted), new ProfilePost("Léa", centre.program().getId(), "Pâtissière", null,
                        "Un an plus tard, j’aime toujours créer des desserts.", "français", address, born - 5, null, null,
                        true, true, true), null,
                        Locale.FRENCH, ip)).problems().get("birthYear"), "another birth year altogether is still refused");
    }

    /**
     * One visitor's report leaves the profile public and puts it in its centre's queue with the reason, the apprentice
     * told nothing; the same visitor again the same day counts once; the reports of three people take it off, the
     * apprentice told without the strangers' words. Approved again, it is back online; a moderator's take-down and
     * refusal are told too.
     */
    @Test
    void oneVisitorsReportQueuesTheProfileStillPublicAndThreePeoplesTakeItOff() {
        ShowcasePosting.Posted posted = approvedProfile();
        String approvedMail = lastMailTo(address);
        assertEquals(PublicShowcase.ReportOutcome.PENDING,
                showcase.reportAcrossTenants(posted.profileId(), "Ce n’est pas un milieu de travail.", ip));
        assertEquals("Amani", showcase.profileAcrossTenants(posted.profileId(), false).displayName(),
                "one visitor's word takes nobody's profile down");
        assertTrue(inGallery(posted.profileId()));
        assertEquals(approvedMail, lastMailTo(address), "nothing changed for the apprentice, who is told nothing");
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            ModeratedProfiles.Moderated reported = queue().stream()
                    .filter(m -> m.profile().getId() == posted.profileId()).findFirst()
                    .orElseThrow(() -> new AssertionError("the report reaches the centre's queue"));
            assertEquals(List.of("Ce n’est pas un milieu de travail."), reported.reports());
            assertEquals(ProfileStatus.APPROVED, reported.profile().getStatus());
            assertTrue(reported.profile().isReportedWhilePublic());
            assertNotNull(reported.waiting(), "waiting since the report");
        }
        assertEquals(PublicShowcase.ReportOutcome.PENDING, showcase.reportAcrossTenants(posted.profileId(),
                "Je le signale encore.", ip));
        assertEquals(PublicShowcase.ReportOutcome.PENDING, showcase.reportAcrossTenants(posted.profileId(),
                "Ce n’est pas son atelier.", ip + "-b"), "two people, the first one counted once: still public");
        assertTrue(inGallery(posted.profileId()));
        assertEquals(PublicShowcase.ReportOutcome.TAKEN_OFF, showcase.reportAcrossTenants(posted.profileId(),
                "La photo montre quelqu’un d’autre.", ip + "-c"));
        assertThrows(NotFoundException.class, () -> showcase.profileAcrossTenants(posted.profileId(), false),
                "three people within days: off the showcase");
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            ModeratedProfiles.Moderated reported = queue().stream()
                    .filter(m -> m.profile().getId() == posted.profileId()).findFirst().orElseThrow();
            assertEquals(ProfileStatus.AWAITING_MODERATION, reported.profile().getStatus());
            assertFalse(reported.profile().isReportedWhilePublic());
            assertEquals(4, reported.reports().size(), "every report reaches the centre");
        }
        assertThrows(ca.tremplin.kernel.BusinessRuleException.class,
                () -> showcase.reportAcrossTenants(posted.profileId(), " ", ip));
        String told = lastMailTo(address);
        assertTrue(told.contains("retiré de la vitrine") && !told.contains("milieu de travail")
                        && !told.contains("quelqu’un d’autre"),
                "the apprentice is told, without the strangers' words: " + told);

        try (TenantContext.Scope ignored = centre.asAdmin()) {
            moderation.approve(posted.profileId(), version(posted.profileId()));
        }
        String again = lastMailTo(address);
        assertTrue(again.contains("de nouveau public"), "back online, not \"published\" a first time: " + again);
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            moderation.takeDown(posted.profileId(), version(posted.profileId()), "Une photo à changer");
        }
        assertTrue(lastMailTo(address).contains("retiré de la vitrine"), "a moderator's taking down is told too");
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            moderation.refuse(posted.profileId(), version(posted.profileId()), "La photo montre un client");
        }
        assertTrue(lastMailTo(address).contains("Votre centre a retiré votre profil de la vitrine"),
                "refused after being public: taken off, not \"not published\": " + lastMailTo(address));
    }

    /**
     * A reason of 500 characters on four lines, which the field allowed, is taken: the browser sends each line break
     * as two characters, counted as one. One more is refused with the count and the limit.
     */
    @Test
    void aReasonIsCountedAsTheFieldCountedIt() {
        ShowcasePosting.Posted posted = approvedProfile();
        String lines = String.join("\r\n", "a".repeat(124), "b".repeat(124), "c".repeat(124), "d".repeat(125));
        ca.tremplin.kernel.BusinessRuleException tooLong = assertThrows(ca.tremplin.kernel.BusinessRuleException.class,
                () -> showcase.reportAcrossTenants(posted.profileId(), lines + "e", ip));
        assertEquals("Ce texte est trop long (501 caractères) : 500 au plus.", tooLong.localizedMessage(Locale.FRENCH));
        assertEquals(PublicShowcase.ReportOutcome.PENDING,
                showcase.reportAcrossTenants(posted.profileId(), lines, ip));
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            assertEquals(List.of(lines.replace("\r\n", "\n")), queue().stream()
                    .filter(m -> m.profile().getId() == posted.profileId()).findFirst().orElseThrow().reports(),
                    "taken whole, each line break one character");
        }
    }

    @Test
    void aVisitorReportsAProfileFromItsPageAndNoSessionIsOpenedForThem() throws Exception {
        ShowcasePosting.Posted posted = approvedProfile();
        String page = ShowcasePaths.profile(Locale.FRENCH, posted.profileId(), "Amani").substring(1);
        HttpVisitor visitor = new HttpVisitor(base);
        HttpResponse<String> opened = visitor.get(page);
        assertEquals(200, opened.statusCode());
        assertTrue(sessionCookies(opened).isEmpty(), "reading a profile opens no session: " + sessionCookies(opened));
        assertTrue(opened.body().contains("id=\"profile-name\" dir=\"auto\""),
                "a name in Arabic or Hebrew script reads in its own direction");

        // The same post sent by another site's page from its visitor's browser: refused, the profile stays public.
        HttpRequest fromElsewhere = HttpRequest.newBuilder(visitor.form(page, "report",
                        Map.of("report:reason", "spam"), "report:send-report"), (name, value) -> true)
                .header("Origin", "https://autre-site.example").build();
        HttpResponse<String> forged = visitor.send(fromElsewhere);
        assertFalse(forged.body().contains("id=\"report-done\""), forged.body());
        assertTrue(forged.body().contains("ne vient pas d’une page de Tremplin"), forged.body());
        assertEquals("Amani", showcase.profileAcrossTenants(posted.profileId(), false).displayName(), "still public");

        HttpResponse<String> sent = visitor.submit(page, "report",
                Map.of("report:reason", "La photo montre une autre personne."), "report:send-report");
        assertEquals(200, sent.statusCode());
        assertTrue(sent.body().contains("id=\"report-done\""), "the visitor is told it was sent");
        assertTrue(sent.body().contains("transmis au centre de cet apprenti, qui va examiner le profil"),
                "and that the centre will look at it: " + sent.body());
        assertTrue(sessionCookies(sent).isEmpty(), "nor does reporting it: " + sessionCookies(sent));
        assertEquals("Amani", showcase.profileAcrossTenants(posted.profileId(), false).displayName(),
                "one visitor's report leaves it public");
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            assertEquals(List.of("La photo montre une autre personne."), queue().stream()
                    .filter(m -> m.profile().getId() == posted.profileId()).findFirst().orElseThrow().reports());
        }
    }

    /**
     * A moderator reads the reports that left a profile public in the queue and keeps it online: out of the queue, a
     * line of its trail by their name with their note; the reports answered no longer count, so one more person's
     * report leaves it public again. An answer given to the page as it was before a report is refused, and one with
     * no report left to answer too.
     */
    @Test
    void aModeratorKeepsAReportedProfileOnlineAndTheNextReportsAreWeighedAfresh() {
        ShowcasePosting.Posted posted = approvedProfile();
        long id = posted.profileId();
        long before = version(id);
        showcase.reportAcrossTenants(id, "Publicité déguisée.", ip + "-a");
        showcase.reportAcrossTenants(id, "Publicité déguisée, encore.", ip + "-b");
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            assertEquals("showcase.moderation.changedSince", assertThrows(BusinessRuleException.class,
                    () -> moderation.keepOnline(id, before, null)).messageKey(), "reported since the page was shown");
            assertEquals(ProfileStatus.APPROVED, moderation.keepOnline(id, version(id),
                    "C’est bien son atelier : rien à retirer."));
            assertTrue(queue().stream().noneMatch(m -> m.profile().getId() == id), "answered: out of the queue");
            ShowcaseDecisions.Line kept = listed().stream().filter(m -> m.profile().getId() == id).findFirst()
                    .orElseThrow().decisions().get(0);
            assertEquals(ShowcaseDecision.Kind.KEPT_ONLINE, kept.kind());
            assertEquals(centre.admin().getDisplayName(), kept.staffName());
            assertEquals("C’est bien son atelier : rien à retirer.", kept.reason());
            assertEquals("showcase.moderation.noReport", assertThrows(BusinessRuleException.class,
                    () -> moderation.keepOnline(id, version(id), null)).messageKey(), "nothing left to answer");
        }
        assertTrue(inGallery(id), "kept online");
        assertEquals(PublicShowcase.ReportOutcome.PENDING, showcase.reportAcrossTenants(id, "Toujours de la pub.",
                ip + "-c"), "the two reports answered no longer count: one person since");
        assertTrue(inGallery(id));
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            assertTrue(queue().stream().anyMatch(m -> m.profile().getId() == id), "back in the queue, still public");
        }
    }

    /**
     * A member of another centre's staff, signed in, reports a profile from its page: it stays public, one person's
     * word. One of the profile's own centre takes it off at once, is told so, and the trail names them.
     */
    @Test
    void aReportOfTheCentresStaffTakesTheProfileOffAtOnceAndAnotherCentresCountsAsOnePerson() throws Exception {
        ShowcasePosting.Posted posted = approvedProfile();
        String page = ShowcasePaths.profile(Locale.FRENCH, posted.profileId(), "Amani").substring(1);
        TestCentre other = fixtures.newCentre("showcase-report-other");
        HttpVisitor otherStaff = new HttpVisitor(base);
        otherStaff.signIn(other.recruiter().getEmail(), ca.tremplin.testsupport.TestFixtures.PASSWORD);
        HttpResponse<String> fromOther = otherStaff.submit(page, "report",
                Map.of("report:reason", "Ce profil reprend notre affiche."), "report:send-report");
        assertEquals(200, fromOther.statusCode());
        assertTrue(fromOther.body().contains("qui va examiner le profil"), fromOther.body());
        assertTrue(inGallery(posted.profileId()), "another centre's staff weigh as one person");

        HttpVisitor staff = new HttpVisitor(base);
        staff.signIn(centre.recruiter().getEmail(), ca.tremplin.testsupport.TestFixtures.PASSWORD);
        HttpResponse<String> sent = staff.submit(page, "report",
                Map.of("report:reason", "L’apprentie a quitté le programme."), "report:send-report");
        assertEquals(200, sent.statusCode());
        assertTrue(sent.body().contains("Le profil est retiré de la vitrine le temps que son centre l’examine."),
                sent.body());
        assertThrows(NotFoundException.class, () -> showcase.profileAcrossTenants(posted.profileId(), false),
                "off the showcase at once");
        ShowcaseDecisions.Line line = steps.listed(centre, posted.profileId()).decisions().get(0);
        assertEquals(ShowcaseDecision.Kind.REPORTED, line.kind());
        assertEquals(centre.recruiter().getDisplayName(), line.staffName(), "the member of staff is named");
        assertEquals("L’apprentie a quitté le programme.", line.reason());
    }

    @Test
    void aLinkOfAnEnglishProfileLeadsToTheEnglishPage() throws Exception {
        ShowcasePosting.Posted posted = approvedProfile();
        HttpVisitor visitor = new HttpVisitor(base);
        HttpResponse<String> followed = visitor.get(ShowcasePaths.click(posted.profileId(), ClickTarget.REQUEST,
                Locale.ENGLISH).substring(1));
        assertEquals(303, followed.statusCode());
        String location = followed.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/en/information?program=" + centre.program().getId()), location);
        assertTrue(followed.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("tremplin_lang")),
                "the visitor's language is left alone");
        HttpResponse<String> inFrench = visitor.get(ShowcasePaths.click(posted.profileId(), ClickTarget.REQUEST,
                Locale.FRENCH).substring(1));
        assertTrue(inFrench.headers().firstValue("Location").orElseThrow().contains("/fr/"));
    }

    /**
     * The profile's program archived since: the profile stays public, but its page no longer offers a program that
     * has no page, and a link to it kept from before leads to the catalogue, not to "page not found".
     */
    @Test
    void aProfileWhoseProgramWasArchivedLeadsToTheCatalogueNotToAMissingPage() throws Exception {
        ShowcasePosting.Posted posted = approvedProfile();
        HttpVisitor visitor = new HttpVisitor(base);
        String profilePage = ShowcasePaths.profile(Locale.FRENCH, posted.profileId(), "Amani").substring(1);
        assertTrue(visitor.get(profilePage).body().contains("id=\"to-program\""), "offered while published");
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            long seen = em.find(ca.tremplin.catalog.Program.class, centre.program().getId()).getVersion();
            catalog.changeStatus(centre.program().getId(), ca.tremplin.catalog.ProgramStatus.ARCHIVED, seen);
        }

        assertTrue(inGallery(posted.profileId()), "the apprentice's profile stays");
        HttpResponse<String> page = visitor.get(profilePage);
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains("id=\"to-program\""), "no link to a program that has no page");
        HttpResponse<String> kept = visitor.get(ShowcasePaths.click(posted.profileId(), ClickTarget.PROGRAM,
                Locale.FRENCH).substring(1));
        assertEquals(303, kept.statusCode());
        assertTrue(kept.headers().firstValue("Location").orElseThrow().endsWith("/fr/programmes?sector="
                + showcase.profileAcrossTenants(posted.profileId(), false).sectorCode()),
                "the catalogue at the program's sector: " + kept.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> request = visitor.get(ShowcasePaths.click(posted.profileId(), ClickTarget.REQUEST,
                Locale.FRENCH).substring(1));
        assertFalse(request.headers().firstValue("Location").orElseThrow().contains("program="),
                "the form without a program it would not offer");
    }

    private static List<String> sessionCookies(HttpResponse<?> answer) {
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).toList();
    }

    @Test
    void aWithdrawalEmptiesTheProfileAndItsPhotoAnswers404() throws Exception {
        ShowcasePosting.Posted posted = approvedProfile();
        ShowcaseCard card = showcase.profileAcrossTenants(posted.profileId(), false);
        int width = showcase.photoSizesAcrossTenants(card.photoKey()).get(0).width();
        String photo = base.toString().replaceAll("/$", "") + ShowcasePaths.photo(card.photoKey(), width);

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> served = http.send(HttpRequest.newBuilder(URI.create(photo)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, served.statusCode());
        assertEquals("image/jpeg", served.headers().firstValue("Content-Type").orElse(""));
        assertEquals("private, max-age=31536000, immutable", served.headers().firstValue("Cache-Control").orElse(""));
        String etag = served.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, http.send(HttpRequest.newBuilder(URI.create(photo)).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        assertTrue(width <= 1280, "resized");

        own.withdraw(ownerToken(posted), ip);

        assertThrows(ca.tremplin.kernel.GoneException.class,
                () -> showcase.profileAcrossTenants(posted.profileId(), false),
                "withdrawn after it was public: gone, not unknown");
        assertFalse(inGallery(posted.profileId()));
        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(photo)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        ShowcaseProfile withdrawn = own.open(ownerToken(posted)).profile();
        assertEquals(ProfileStatus.WITHDRAWN, withdrawn.getStatus());
        assertNull(withdrawn.getDisplayName());
        assertNull(withdrawn.getTestimony());
        assertNull(withdrawn.getEmailNormalized());
        assertEquals(0L, ((Number) tenancy.acrossAllTenants(() -> em.createNativeQuery(
                "select count(*) from showcase_photo where profile_id = ?1").setParameter(1, posted.profileId())
                .getSingleResult())).longValue());
        List<Object[]> consents = consentsOf(posted.profileId());
        assertEquals(4, consents.size(), "given, then withdrawn: appended, never changed");
        assertTrue(consents.stream().filter(c -> !asBoolean(c[3])).allMatch(c -> c[1].equals(
                Messages.get(Languages.FRENCH, "inquiry.consent.showcase-withdrawal-2026-12"))));
    }

    /**
     * A profile its apprentice withdrew after it was public: its address, kept in a message or shared, answers 410 and
     * the "no longer available" page in the address's language, the gallery next, kept by no cache; the sitemap no
     * longer names it. An address no profile ever had answers 404.
     */
    @Test
    void aProfileWithdrawnAfterItWasPublicAnswersGoneAndOneThatNeverWasNotFound() throws Exception {
        ShowcasePosting.Posted posted = approvedProfile();
        HttpVisitor visitor = new HttpVisitor(base);
        String french = ShowcasePaths.profile(Locale.FRENCH, posted.profileId(), "Amani").substring(1);
        String english = ShowcasePaths.profile(Locale.ENGLISH, posted.profileId(), "Amani").substring(1);
        assertEquals(200, visitor.get(french).statusCode());
        assertTrue(visitor.get("sitemap.xml").body().contains("/" + french + "<"), "listed while public");

        own.withdraw(ownerToken(posted), ip);

        HttpResponse<String> gone = visitor.get(french);
        assertEquals(410, gone.statusCode());
        assertTrue(gone.body().contains("Ce profil n’est plus publié dans la vitrine.")
                && gone.body().contains("id=\"gone-next\" href=\"/fr/vitrine\""), gone.body());
        assertEquals(java.util.Optional.of("no-store"), gone.headers().firstValue("Cache-Control"),
                "said as things stand now, kept by no cache");
        HttpResponse<String> goneInEnglish = visitor.get(english);
        assertEquals(410, goneInEnglish.statusCode());
        assertTrue(goneInEnglish.body().contains("This profile is no longer published in the showcase.")
                && goneInEnglish.body().contains("href=\"/en/showcase\""), goneInEnglish.body());
        assertEquals(410, visitor.get(ShowcasePaths.click(posted.profileId(), ClickTarget.REQUEST, Locale.FRENCH)
                .substring(1)).statusCode(), "its counted links too");
        assertFalse(visitor.get("sitemap.xml").body().contains("/vitrine/" + posted.profileId() + "-"),
                "the sitemap no longer names it");
        assertEquals(404, visitor.get("fr/vitrine/" + (posted.profileId() + 1_000_000) + "-personne").statusCode(),
                "an address no profile ever had");
    }

    /**
     * The coordinating organisation closed the apprentice's centre: the profile's address, public until then, answers
     * 410 and "no longer available" in the address's language with the gallery next; a profile of that centre still
     * waiting for its moderator, never public, answers 404.
     */
    @Test
    void aProfileOfACentreClosedSinceIsGoneAndOneNeverPublicNotFound() throws Exception {
        ShowcasePosting.Posted posted = approvedProfile();
        String waitingAddress = ca.tremplin.testsupport.InquiryRequests.uniqueEmail();
        ShowcasePosting.Posted waiting = post(invite(waitingAddress), waitingAddress, 2000, Locale.FRENCH);
        HttpVisitor visitor = new HttpVisitor(base);
        String french = ShowcasePaths.profile(Locale.FRENCH, posted.profileId(), "Amani").substring(1);
        assertEquals(200, visitor.get(french).statusCode(), "public while its centre is open");

        fixtures.deactivate(centre.tenant());

        ca.tremplin.testsupport.GoneAnswers.assertGone(visitor, french,
                "Ce centre de services scolaire ne présente plus ses programmes", "/fr/vitrine");
        ca.tremplin.testsupport.GoneAnswers.assertGone(visitor, ShowcasePaths.profile(Locale.ENGLISH,
                posted.profileId(), "Amani").substring(1), "This school service centre no longer presents its programs",
                "/en/showcase");
        assertEquals(404, visitor.get(ShowcasePaths.profile(Locale.FRENCH, waiting.profileId(), "Amani").substring(1))
                .statusCode(), "never public");
    }

    /**
     * A profile taken off for a moderator to look again may come back: not found meanwhile. Refused then, it is gone;
     * edited by its apprentice and approved again, its address leads to it once more.
     */
    @Test
    void aProfileRefusedAfterItWasPublicIsGoneUntilItIsApprovedAgain() {
        ShowcasePosting.Posted posted = approvedProfile();
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            moderation.takeDown(posted.profileId(), version(posted.profileId()), "Une photo à changer");
        }
        assertThrows(NotFoundException.class, () -> showcase.profileAcrossTenants(posted.profileId(), false),
                "off for a review, not gone");
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            moderation.refuse(posted.profileId(), version(posted.profileId()), "La photo montre un client");
        }
        assertThrows(ca.tremplin.kernel.GoneException.class,
                () -> showcase.profileAcrossTenants(posted.profileId(), false), "refused after it was public");

        own.edit(ownerToken(posted), profile(address, 2000, "Amani B."), TestPhotos.photo(), Locale.FRENCH, ip);
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            moderation.approve(posted.profileId(), version(posted.profileId()));
        }
        assertEquals("Amani B.", showcase.profileAcrossTenants(posted.profileId(), false).displayName(),
                "public again");
    }

    /**
     * The gallery and a profile are asked for again each time a browser shows them and kept by no shared cache, so a
     * withdrawn profile is off them at once, and kept by nobody when a member of staff signed in opens them; the
     * apprentice's own page, opened by a private link, is kept by nobody; a counted link is never answered from a
     * cache; a photo is kept by the browser alone, and once withdrawn Tremplin no longer serves it.
     */
    @Test
    void theShowcasesPagesSayWhatACacheMayKeep() throws Exception {
        ShowcasePosting.Posted posted = approvedProfile();
        HttpVisitor visitor = new HttpVisitor(base);
        for (String page : List.of("fr/vitrine", "en/showcase", "fr/vitrine?trade=" + centre.program().getCode(),
                ShowcasePaths.profile(Locale.FRENCH, posted.profileId(), "Amani").substring(1))) {
            HttpResponse<String> shown = visitor.get(page);
            assertEquals(200, shown.statusCode(), page);
            assertEquals(java.util.Optional.of("private, no-cache"), shown.headers().firstValue("Cache-Control"), page);
        }
        HttpVisitor moderator = new HttpVisitor(base);
        assertEquals(302, moderator.signIn(centre.admin().getEmail(), ca.tremplin.testsupport.TestFixtures.PASSWORD)
                .statusCode());
        assertEquals(java.util.Optional.of("private, no-store"), moderator.get("fr/vitrine").headers()
                .firstValue("Cache-Control"), "a page a member of staff opened stays in no browser once they left");
        HttpResponse<String> ownPage = visitor.get("vitrine-profil.xhtml?token=" + ownerToken(posted));
        assertEquals(200, ownPage.statusCode());
        assertEquals(java.util.Optional.of("private, no-store"), ownPage.headers().firstValue("Cache-Control"),
                "the page a private link opens");
        HttpResponse<String> click = visitor.get(ShowcasePaths.click(posted.profileId(), ClickTarget.REQUEST,
                Locale.FRENCH).substring(1));
        assertEquals(303, click.statusCode());
        assertEquals(java.util.Optional.of("no-store"), click.headers().firstValue("Cache-Control"));

        ShowcaseCard card = showcase.profileAcrossTenants(posted.profileId(), false);
        String photo = ShowcasePaths.photo(card.photoKey(), showcase.photoSizesAcrossTenants(card.photoKey()).get(0)
                .width()).substring(1);
        HttpResponse<byte[]> served = visitor.getBytes(photo);
        assertEquals(java.util.Optional.of("private, max-age=31536000, immutable"),
                served.headers().firstValue("Cache-Control"));
        own.withdraw(ownerToken(posted), ip);
        HttpResponse<byte[]> withdrawn = visitor.getBytes(photo);
        assertEquals(404, withdrawn.statusCode(), "no longer served, from the moment it is withdrawn");
        assertEquals(java.util.Optional.of("no-store"), withdrawn.headers().firstValue("Cache-Control"));
    }

    /**
     * An apprentice who posted a profile and never asked anything is no lead of the centre; their access request is
     * still answered by it, with their profile, their photo as a file and their consents.
     */
    @Test
    void anApprenticeKnownOnlyByTheirProfileGetsItFromAnAccessRequest() throws Exception {
        ShowcasePosting.Posted posted = post(invite(address), address, 2001, Locale.FRENCH);

        accessRequests.ask(address, Locale.FRENCH, ip);
        String token = tokenIn(lastMailTo(address), TOKEN);
        ca.tremplin.access.AccessView view = accessRequests.open(token, ip);
        assertEquals(1, view.centres().size(), "the centre that holds the profile answers: " + view.centres());
        ca.tremplin.access.AccessView.Centre part = view.centres().get(0);
        assertEquals(centre.tenant().getNameFr(), part.nameFr());

        ca.tremplin.access.AccessRequests.Download download = accessRequests.download(token, part.partId(), ip);
        Map<String, byte[]> entries = unzip(download.content());
        jakarta.json.JsonObject tables = jakarta.json.Json.createReader(new java.io.StringReader(new String(
                entries.get("personal-data.json"), StandardCharsets.UTF_8))).readObject().getJsonObject("tables");
        assertEquals("Amani", tables.getJsonArray("showcase_profile").getJsonObject(0).getString("display_name"));
        assertEquals(posted.profileId(), tables.getJsonArray("showcase_profile").getJsonObject(0)
                .getJsonNumber("id").longValue());
        assertEquals(List.of("PUBLICATION", "IMAGE_RIGHTS"), tables.getJsonArray("consent_record").stream()
                .map(c -> c.asJsonObject().getString("purpose")).toList(), "the consents, word for word");
        assertFalse(tables.getJsonArray("showcase_photo").isEmpty(), "the photo: " + tables);
        String photoFile = tables.getJsonArray("showcase_photo").getJsonObject(0).getJsonObject("content")
                .getString("file");
        assertTrue(photoFile.endsWith(".jpg") && entries.containsKey(photoFile), photoFile + " in " + entries.keySet());
        assertTrue(tables.getJsonArray("outbox_message").stream()
                        .anyMatch(m -> m.asJsonObject().getString("body_text").contains("vitrine")),
                "the mail sent to the apprentice: " + tables.getJsonArray("outbox_message"));
        assertTrue(tables.getJsonArray("showcase_link").stream()
                        .noneMatch(l -> l.asJsonObject().containsKey("token_hash")), "no hash of a secret link");

        HttpVisitor officer = new HttpVisitor(base);
        officer.signIn(centre.admin().getEmail(), ca.tremplin.testsupport.TestFixtures.PASSWORD);
        String privacy = officer.get("admin/privacy.xhtml").body();
        assertTrue(privacy.contains(address) && privacy.contains("connue seulement par son profil de la vitrine"),
                "the officer sees whom the request is about: " + privacy);
        assertTrue(privacy.contains("téléchargée par la personne"), "answered by the person's download: " + privacy);
    }

    /**
     * A minor's access request gives the mail sent to them, not their guardian's: the consent register keeps the
     * guardian's address on the guardian's own line, and the guardian's other mail is theirs alone.
     */
    @Test
    void aMinorsAccessRequestLeavesOutTheirGuardiansOwnMail() throws Exception {
        String guardian = "parent." + address;
        ShowcasePosting.Posted posted = posting.post(invite(address), new ProfilePost("Nadia", centre.program().getId(),
                "Coiffeuse", null, "Je coiffe les clientes du salon le samedi et j’adore ça.", "français", address,
                Year.now().getValue() - 13, "Samira Haddad", guardian, true, true, true), TestPhotos.photo(),
                Locale.FRENCH, ip);
        guardians.confirm(tokenIn(lastMailTo(guardian), TOKEN), ip);
        // The guardian's own business: an access request of their own, mailed to them.
        accessRequests.ask(guardian, Locale.FRENCH, ip);
        String guardiansOwn = lastMailTo(guardian);

        accessRequests.ask(address, Locale.FRENCH, ip);
        String token = tokenIn(lastMailTo(address), TOKEN);
        ca.tremplin.access.AccessView.Centre part = accessRequests.open(token, ip).centres().get(0);
        jakarta.json.JsonObject tables = jakarta.json.Json.createReader(new java.io.StringReader(new String(
                unzip(accessRequests.download(token, part.partId(), ip).content()).get("personal-data.json"),
                StandardCharsets.UTF_8))).readObject().getJsonObject("tables");
        assertEquals(posted.profileId(), tables.getJsonArray("showcase_profile").getJsonObject(0)
                .getJsonNumber("id").longValue());
        List<String> recipients = tables.getJsonArray("outbox_message").stream()
                .map(m -> m.asJsonObject().getString("recipient")).toList();
        assertTrue(recipients.contains(address), "the minor's own mail: " + recipients);
        assertFalse(recipients.contains(guardian), "none of the guardian's: " + recipients);
        assertTrue(tables.getJsonArray("outbox_message").stream().noneMatch(m -> m.asJsonObject()
                .getString("body_text").equals(guardiansOwn)), "the guardian's access mail is not in it");
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws java.io.IOException {
        Map<String, byte[]> entries = new java.util.HashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /**
     * A missing photo is said with the fields' problems, not after them; a photo given with a refused post is handed
     * back read and fit to show, and the next post takes it without a new upload.
     */
    @Test
    void aRefusedPostSaysEveryProblemAtOnceAndKeepsThePhotoItWasGiven() {
        String token = invite(address);
        ProfilePost badEmail = new ProfilePost("Amani", centre.program().getId(), "Soudeur", null,
                "Je soude des pièces de machinerie lourde chaque jour.", null, "amani@exemple", 2000, null, null,
                true, true, true);
        InvalidProfileException withoutPhoto = assertThrows(InvalidProfileException.class,
                () -> posting.post(token, badEmail, null, Locale.FRENCH, ip));
        assertEquals(List.of("photo", "email"), List.copyOf(withoutPhoto.problems().keySet()));
        assertEquals("showcase.error.photoRequired", withoutPhoto.problems().get("photo"));
        assertNull(withoutPhoto.photo());

        InvalidProfileException withPhoto = assertThrows(InvalidProfileException.class,
                () -> posting.post(token, badEmail, TestPhotos.photo(), Locale.FRENCH, ip));
        assertEquals(List.of("email"), List.copyOf(withPhoto.problems().keySet()));
        assertNotNull(withPhoto.photo(), "the photo is read and kept for the next attempt");
        assertEquals(0L, profilesWithAPhoto(address), "nothing stored");

        ShowcasePosting.Posted posted = posting.post(token, profile(address, 2000, "Amani"), null,
                withPhoto.photo(), Locale.FRENCH, ip);
        assertEquals(1L, profilesWithAPhoto(address), "posted with the photo kept from the refused attempt");
        assertTrue(posted.profileId() > 0);
    }

    /**
     * An edit refused for a field (the consents, asked again at each edit, left unticked) keeps the new photo it was
     * given: sent again with the corrected form, it replaces the old one, which a moderator had asked to retake.
     */
    @Test
    void aRefusedEditKeepsTheNewPhotoForTheNextAttempt() {
        ShowcasePosting.Posted posted = posting.post(invite(address), profile(address, 2001, "Amani"),
                TestPhotos.photo(), Locale.FRENCH, ip);
        String token = ownerToken(posted);
        String before = photoKeyOf(posted.profileId());
        ProfilePost unticked = new ProfilePost("Amani", centre.program().getId(), "Soudeur", null,
                "Je soude des pièces de machinerie lourde chaque jour.", null, address, 2001, null, null,
                false, false, false);

        InvalidProfileException refused = assertThrows(InvalidProfileException.class,
                () -> own.edit(token, unticked, TestPhotos.photo(), null, Locale.FRENCH, ip));
        assertEquals(List.of("publicationConsent", "imageConsent", "othersConsent"),
                List.copyOf(refused.problems().keySet()));
        assertNotNull(refused.photo(), "the new photo is read and kept for the next attempt");
        assertEquals(before, photoKeyOf(posted.profileId()), "nothing stored");

        own.edit(token, profile(address, 2001, "Amani"), null, refused.photo(), Locale.FRENCH, ip);
        String after = photoKeyOf(posted.profileId());
        assertNotNull(after);
        assertNotEquals(before, after, "the kept photo replaced the old one");
    }

    private String photoKeyOf(long profileId) {
        return (String) tenancy.acrossAllTenants(() -> em.createNativeQuery(
                "select photo_key from showcase_profile where id = ?1").setParameter(1, profileId).getSingleResult());
    }

    private long guardianRecords(long profileId) {
        return ((Number) tenancy.acrossAllTenants(() -> em.createNativeQuery("select count(*) from consent_record"
                + " where showcase_profile_id = ?1 and purpose = 'GUARDIAN'").setParameter(1, profileId)
                .getSingleResult())).longValue();
    }

    /**
     * The guardian who consented withdraws it, by the same link, weeks later (after the 14 days a link to consent
     * lives): the profile leaves the showcase at once, its photos are erased, and the register keeps the withdrawal
     * with the guardian's name, in the words they read.
     */
    @Test
    void aGuardianWithdrawsTheirConsentByTheSameLinkAndTheProfileLeavesTheShowcase() {
        String guardian = "parent." + address;
        ShowcasePosting.Posted posted = posting.post(invite(address), new ProfilePost("Léa", centre.program().getId(),
                "Pâtissière", null, "J’aime créer des desserts et travailler en équipe le matin.", "français",
                address, Year.now().getValue() - 13, "Nadia Haddad", guardian, true, true, true), TestPhotos.photo(),
                Locale.FRENCH, ip);
        String guardianToken = tokenIn(lastMailTo(guardian), TOKEN);
        guardians.confirm(guardianToken, ip);
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            moderation.approve(posted.profileId(), version(posted.profileId()));
        }
        assertNotNull(showcase.profileAcrossTenants(posted.profileId(), false), "published");
        String published = lastMailTo(guardian);
        assertTrue(published.contains("est maintenant public"),
                "the guardian who consented learns it is public: " + published);
        String linkToWithdraw = tokenIn(published, TOKEN);
        assertNotEquals(guardianToken, linkToWithdraw, "a link of its own, good whatever happened to the first");
        assertEquals("Nadia Haddad", guardians.open(linkToWithdraw).guardianName(), "it opens the guardian's page");
        assertEquals(2L, ((Number) tenancy.acrossAllTenants(() -> em.createNativeQuery("select count(*) from"
                + " showcase_link where profile_id = ?1 and purpose = 'GUARDIAN' and expires_at is null")
                .setParameter(1, posted.profileId()).getSingleResult())).longValue(),
                "once used to consent, the guardian's link no longer expires, nor does the publication mail's");

        guardians.withdraw(guardianToken, Locale.ENGLISH, ip);

        assertThrows(ca.tremplin.kernel.GoneException.class,
                () -> showcase.profileAcrossTenants(posted.profileId(), false),
                "withdrawn after it was public: gone, not unknown");
        assertEquals(ProfileStatus.WITHDRAWN, own.open(ownerToken(posted)).profile().getStatus());
        assertEquals(0L, ((Number) tenancy.acrossAllTenants(() -> em.createNativeQuery(
                "select count(*) from showcase_photo where profile_id = ?1").setParameter(1, posted.profileId())
                .getSingleResult())).longValue(), "its photos erased");
        Object[] withdrawal = tenancy.acrossAllTenants(() -> (Object[]) em.createNativeQuery("select text_shown,"
                        + " guardian_name, granted from consent_record where showcase_profile_id = ?1"
                        + " and purpose = 'GUARDIAN' order by id desc limit 1").setParameter(1, posted.profileId())
                .getSingleResult());
        assertEquals(Messages.get(Languages.ENGLISH, "inquiry.consent.showcase-guardian-withdrawal-2026-12"),
                withdrawal[0]);
        assertEquals("Nadia Haddad", withdrawal[1]);
        assertEquals(Boolean.FALSE, withdrawal[2] instanceof Boolean granted ? granted
                : ((Number) withdrawal[2]).intValue() != 0, "a withdrawal");
        assertTrue(lastMailTo(address).contains("parent ou tuteur a retiré son consentement"),
                "the apprentice is told why their profile is gone: " + lastMailTo(address));
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            ShowcaseProfile kept = listed().stream().map(ModeratedProfiles.Moderated::profile)
                    .filter(profile -> profile.getId() == posted.profileId()).findFirst().orElseThrow();
            assertEquals(ProfileStatus.WITHDRAWN, kept.getStatus(), "the moderators keep its line");
            assertEquals(ShowcaseProfile.Withdrawer.GUARDIAN, kept.getWithdrawnBy());
            assertNull(kept.getDisplayName(), "erased of what the person said");
        }
    }

    /**
     * An apprentice who lost the link to their page asks the centre by phone to take their profile down: a moderator
     * withdraws it at their request, as they would have — off the showcase, its photo's address answering 404 in every
     * size, its content erased — the register keeping the withdrawal as said to staff, with how it was asked, and the
     * apprentice told at the profile's address. Without a note of how it was asked, nothing is withdrawn; another
     * centre reaches none of it.
     */
    @Test
    void aModeratorWithdrawsAProfileAtItsApprenticesRequestAndItsPhotoIsGoneInEverySize() throws Exception {
        ShowcasePosting.Posted posted = approvedProfile();
        ShowcaseCard card = showcase.profileAcrossTenants(posted.profileId(), false);
        List<String> photos = showcase.photoSizesAcrossTenants(card.photoKey()).stream()
                .map(size -> base.toString().replaceAll("/$", "") + ShowcasePaths.photo(card.photoKey(), size.width()))
                .toList();
        HttpClient http = HttpClient.newHttpClient();
        for (String photo : photos) {
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(photo)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode(), photo);
        }
        TestCentre elsewhere = fixtures.newCentre("elsewhere");
        try (TenantContext.Scope ignored = elsewhere.asAdmin()) {
            assertThrows(NotFoundException.class, () -> moderation.withdrawAtRequest(posted.profileId(),
                    version(posted.profileId()), "Par téléphone"));
        }
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertEquals("showcase.moderation.withdrawHowRequired", assertThrows(BusinessRuleException.class,
                    () -> moderation.withdrawAtRequest(posted.profileId(), version(posted.profileId()), "  "))
                    .messageKey());
            assertTrue(inGallery(posted.profileId()), "nothing withdrawn without a note of how it was asked");

            assertEquals(ProfileStatus.WITHDRAWN, moderation.withdrawAtRequest(posted.profileId(),
                    version(posted.profileId()), "Par téléphone le 5 décembre, a perdu son lien"));
        }

        assertThrows(ca.tremplin.kernel.GoneException.class,
                () -> showcase.profileAcrossTenants(posted.profileId(), false),
                "withdrawn after it was public: gone, not unknown");
        assertFalse(inGallery(posted.profileId()));
        for (String photo : photos) {
            assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(photo)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode(), "gone in every size: " + photo);
        }
        assertEquals(0L, ((Number) tenancy.acrossAllTenants(() -> em.createNativeQuery(
                "select count(*) from showcase_photo where profile_id = ?1").setParameter(1, posted.profileId())
                .getSingleResult())).longValue());
        List<Object[]> withdrawals = tenancy.acrossAllTenants(() -> em.createNativeQuery("select text_shown, source"
                + " from consent_record where showcase_profile_id = ?1 and granted = false order by id")
                .setParameter(1, posted.profileId()).getResultList());
        assertEquals(2, withdrawals.size(), "publication and image rights, appended");
        for (Object[] withdrawal : withdrawals) {
            assertEquals(Messages.get(Languages.FRENCH, "inquiry.consent.showcase-withdrawal-to-staff-2026-12"),
                    withdrawal[0]);
            assertTrue(((String) withdrawal[1]).contains("#" + centre.recruiter().getId())
                    && ((String) withdrawal[1]).contains("a perdu son lien"), (String) withdrawal[1]);
        }
        assertTrue(lastMailTo(address).contains("Comme vous l’avez demandé à votre centre"),
                "the apprentice is told: " + lastMailTo(address));
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            ShowcaseProfile kept = listed().stream().map(ModeratedProfiles.Moderated::profile)
                    .filter(profile -> profile.getId() == posted.profileId()).findFirst().orElseThrow();
            assertEquals(ShowcaseProfile.Withdrawer.CENTRE, kept.getWithdrawnBy());
            assertNull(kept.getDisplayName(), "erased of what the person said");
            assertNull(kept.getEmailNormalized());
            assertEquals("showcase.withdrawn", assertThrows(BusinessRuleException.class,
                    () -> moderation.withdrawAtRequest(posted.profileId(), kept.getVersion(), "Encore"))
                    .messageKey(), "once is enough");
        }
        assertEquals(ProfileStatus.WITHDRAWN, own.open(ownerToken(posted)).profile().getStatus(),
                "the apprentice's own page, if they find its link again, says it was withdrawn");
    }

    /**
     * An apprentice the centre knows only by their published profile, who asked for their data, then asks the centre
     * to erase them: the centre's admin erases them from the moderation page. The profile leaves the gallery, its page
     * (which answers 410, as for any profile public once) and the sitemap at once; its photo's address answers 404 in every size; nothing of it is left (photos, links,
     * consents, counts, the mail to the person); the erasure is recorded by the profile's number without its data;
     * the centre's list of access requests no longer shows their address and has nothing more to send. A recruiter
     * may not erase, another centre's admin finds nothing, and a second erasure finds nothing left.
     */
    @Test
    void anApprenticeKnownOnlyByTheirProfileIsErasedFromEveryPageAndTheSitemap() throws Exception {
        ShowcasePosting.Posted posted = approvedProfile();
        long id = posted.profileId();
        ShowcaseCard card = showcase.profileAcrossTenants(id, false);
        String root = base.toString().replaceAll("/$", "");
        String page = ShowcasePaths.profile(Locale.FRENCH, id, card.displayName());
        List<String> photos = showcase.photoSizesAcrossTenants(card.photoKey()).stream()
                .map(size -> root + ShowcasePaths.photo(card.photoKey(), size.width())).toList();
        HttpClient http = HttpClient.newHttpClient();
        assertEquals(200, status(http, root + page), page);
        assertTrue(get(http, root + "/sitemap.xml").contains(page + "</loc>"), "the sitemap lists the profile");
        assertEquals("private, max-age=3600", http.send(HttpRequest.newBuilder(URI.create(root + "/sitemap.xml"))
                .build(), HttpResponse.BodyHandlers.discarding()).headers().firstValue("Cache-Control").orElse(""),
                "which no shared cache keeps once the profile is gone");
        accessRequests.ask(address, Locale.FRENCH, ip);
        accessRequests.open(tokenIn(lastMailTo(address), TOKEN), ip);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertThrows(ca.tremplin.kernel.AccessDeniedException.class, () -> apprentices.eraseOnRequest(id),
                    "a recruiter cannot erase");
        }
        try (TenantContext.Scope ignored = fixtures.newCentre("erase-elsewhere").asAdmin()) {
            assertThrows(NotFoundException.class, () -> apprentices.eraseOnRequest(id), "another centre's profile");
        }
        assertTrue(inGallery(id), "nothing erased by a refusal");

        ca.tremplin.person.PersonErasureRecord record;
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            assertNull(listed().stream().filter(item -> item.profile().getId() == id).findFirst()
                    .orElseThrow().followedAsLead(), "known only by the profile: erased from here");
            record = apprentices.eraseOnRequest(id);
        }

        assertNull(record.getLeadId());
        assertEquals(id, record.getShowcaseProfileId(), "recorded by the profile's number");
        assertEquals(ca.tremplin.person.ErasureReason.REQUEST, record.getReason());
        assertEquals(centre.admin().getId(), record.getErasedBy());
        assertThrows(ca.tremplin.kernel.GoneException.class, () -> showcase.profileAcrossTenants(id, false),
                "no longer published, by its number alone");
        assertFalse(inGallery(id), "off the gallery at once");
        assertEquals(410, status(http, root + page), "its page says it is no longer published");
        assertFalse(get(http, root + "/sitemap.xml").contains(page + "</loc>"), "and so is its line of the sitemap");
        for (String photo : photos) {
            assertEquals(404, status(http, photo), "its photo, in every size: " + photo);
        }
        for (String table : List.of("showcase_profile where id", "showcase_photo where profile_id",
                "showcase_link where profile_id", "showcase_daily_count where profile_id",
                "showcase_report where profile_id", "showcase_decision where profile_id",
                "consent_record where showcase_profile_id")) {
            assertEquals(0L, ((Number) tenancy.acrossAllTenants(() -> em.createNativeQuery("select count(*) from "
                    + table + " = ?1").setParameter(1, id).getSingleResult())).longValue(), table);
        }
        assertEquals(0L, ((Number) tenancy.acrossAllTenants(() -> em.createNativeQuery("select count(*)"
                + " from outbox_message where recipient = ?1").setParameter(1, address).getSingleResult()))
                .longValue(), "no mail kept to them: the showcase's, nor the platform's link to their data");
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            List<ca.tremplin.access.AccessRequests.Row> parts = accessRequests.ofCentre();
            assertEquals(1, parts.size());
            assertEquals("", parts.get(0).email(), "the request is listed without the address erased");
            assertEquals("access.noAddressLeft", assertThrows(BusinessRuleException.class,
                    () -> accessRequests.send(parts.get(0).partId())).messageKey());
            assertThrows(NotFoundException.class, () -> apprentices.eraseOnRequest(id), "nothing left to erase");
            assertEquals(List.of(new ca.tremplin.person.RetentionService.Anonymised(
                    java.time.LocalDate.now(ca.tremplin.kernel.QuebecTime.ZONE), ca.tremplin.person.ErasureReason
                    .REQUEST, null, 1)), retention.report(1), "the privacy page counts the erasure");
        }
    }

    /**
     * A profile whose apprentice the centre also follows as a lead (same address) is erased from that lead's record,
     * which takes the profile with the rest: the moderation page links there, and an erasure from the showcase is
     * refused, naming the record.
     */
    @Test
    void anApprenticeTheCentreAlsoFollowsIsErasedFromTheirRecord() {
        ca.tremplin.person.Lead lead = fixtures.newLead(centre.tenant(), centre.program(), "Amani", "Wanjiru",
                address, null, null);
        ShowcasePosting.Posted posted = post(invite(address), address, 2000, Locale.FRENCH);
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            assertEquals(lead.getId(), queue().stream()
                    .filter(item -> item.profile().getId() == posted.profileId()).findFirst().orElseThrow()
                    .followedAsLead(), "the page sends the admin to the record");
            BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                    () -> apprentices.eraseOnRequest(posted.profileId()));
            assertEquals("erasure.apprentice.followedAsLead", refused.messageKey());
            assertEquals(List.of(String.valueOf(lead.getId())), List.of(refused.arguments()));
        }
        assertEquals(1L, profilesOfCentre(), "nothing erased");
    }

    private static int status(HttpClient http, String address) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static String get(HttpClient http, String address) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    /** The profiles of every centre posted with this address and holding a photo. */
    private long profilesWithAPhoto(String email) {
        return ((Number) tenancy.acrossAllTenants(() -> em.createNativeQuery("select count(*) from showcase_profile"
                + " where email_normalized = ?1 and photo_key is not null").setParameter(1, email)
                .getSingleResult())).longValue();
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        String token = invite(address);
        InvalidProfileException notAnImage = assertThrows(InvalidProfileException.class, () -> posting.post(token,
                profile(address, 2003, "Amani"), new ByteArrayInputStream("%PDF-1.4 pas une image"
                        .getBytes(StandardCharsets.US_ASCII)), Locale.FRENCH, ip));
        assertEquals("photo.rejected.NOT_AN_IMAGE", notAnImage.problems().get("photo"));
        assertFalse(Messages.get(Languages.ENGLISH, "photo.rejected.NOT_AN_IMAGE").isBlank());

        ProfilePost empty = new ProfilePost(" ", null, "", null, "court", null, "pas-une-adresse", null, null, null,
                false, false, false);
        InvalidProfileException invalid = assertThrows(InvalidProfileException.class,
                () -> posting.post(token, empty, TestPhotos.photo(), Locale.FRENCH, ip));
        assertEquals(List.of("displayName", "program", "trade", "testimony", "email", "birthYear",
                "publicationConsent", "imageConsent", "othersConsent"), List.copyOf(invalid.problems().keySet()));

        ProfilePost otherCentresProgram = new ProfilePost("Amani", fixtures.newCentre("showcase-x").program().getId(),
                "Soudeur", null, "Je soude des pièces de machinerie lourde chaque jour.", null, address, 2000, null,
                null, true, true, true);
        assertThrows(InvalidProfileException.class,
                () -> posting.post(token, otherCentresProgram, TestPhotos.photo(), Locale.FRENCH, ip));

        assertEquals(0L, profilesOfCentre(), "nothing half stored");
        posting.open(token);
    }

    /** The queue's first hundred profiles, as the moderation page would page through them. */
    private List<ModeratedProfiles.Moderated> queue() {
        return profiles.queue(ModeratedProfiles.Search.ALL, 0, 100);
    }

    /** The centre's first hundred profiles of the list of all, latest first, the withdrawn ones after. */
    private List<ModeratedProfiles.Moderated> listed() {
        return profiles.matching(ModeratedProfiles.Search.ALL, 0, 100);
    }

    /** The version of the profile as a moderator's page would show it now. */
    private long version(long profileId) {
        return ((Number) tenancy.acrossAllTenants(() -> em.createNativeQuery(
                "select version from showcase_profile where id = ?1").setParameter(1, profileId)
                .getSingleResult())).longValue();
    }

    private ShowcasePosting.Posted approvedProfile() {
        ShowcasePosting.Posted posted = post(invite(address), address, 2000, Locale.FRENCH);
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            moderation.approve(posted.profileId(), version(posted.profileId()));
        }
        return posted;
    }

    private String invite(String to) {
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            invitations.inviteByEmail(to, Locale.FRENCH);
        }
        return tokenIn(lastMailTo(to), INVITATION);
    }

    private ShowcasePosting.Posted post(String token, String email, int birthYear, Locale language) {
        return posting.post(token, profile(email, birthYear, "Amani"), TestPhotos.photo(), language, ip);
    }

    private ProfilePost profile(String email, int birthYear, String name) {
        return new ProfilePost(name, centre.program().getId(), "Pâtissière", "Pâtisserie du Fjord",
                "J’ai choisi ce métier pour créer de mes mains; ma journée commence à cinq heures.", "français, swahili",
                email, birthYear, null, null, true, true, true);
    }

    private static String ownerToken(ShowcasePosting.Posted posted) {
        return tokenIn(posted.ownerLink(), TOKEN);
    }

    private static String tokenIn(String text, Pattern pattern) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), text);
        return matcher.group(1);
    }

    private String lastMailTo(String recipient) {
        return tenancy.acrossAllTenants(() -> (String) em.createNativeQuery("select body_text from outbox_message"
                        + " where recipient = ?1 order by id desc limit 1").setParameter(1, recipient)
                .getSingleResult());
    }

    private long profilesOfCentre() {
        return ((Number) tenancy.acrossAllTenants(() -> em.createNativeQuery(
                "select count(*) from showcase_profile where tenant_id = ?1").setParameter(1, centre.tenant().getId())
                .getSingleResult())).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> consentsOf(long profileId) {
        return tenancy.acrossAllTenants(() -> em.createNativeQuery("select purpose, text_shown, language, granted"
                + " from consent_record where showcase_profile_id = ?1 and purpose <> 'GUARDIAN'"
                + " order by granted desc, purpose, id").setParameter(1, profileId).getResultList());
    }

    private boolean inGallery(long profileId) {
        return showcase.galleryAcrossTenants(new GalleryQuery(centre.program().getCode(), null, null, 1)).cards()
                .stream().anyMatch(c -> c.id() == profileId);
    }

    private static boolean asBoolean(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
