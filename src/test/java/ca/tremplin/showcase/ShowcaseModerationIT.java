package ca.tremplin.showcase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.tenant.TenantContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What the moderators of a centre reach, and what their answers leave. Every profile of the centre, however old and
 * however many came after it, is found a page at a time, by a part of its name or address or by its status, and can be
 * taken down, withdrawn at its apprentice's request and erased; the queue pages the longest wait first and the same
 * search narrows it. Each move of a profile is a line of its trail — who, when, from what status to what, and why —
 * which the next answer or edit does not overwrite, which a withdrawal empties of its reasons and an erasure deletes.
 * Every invitation is reached page by page, and one closed before its time says who closed it.
 */
class ShowcaseModerationIT extends ShowcaseCentreSetup {

    @Inject
    ModeratedProfiles profiles;

    @Inject
    ShowcaseInvitations invitations;

    @Inject
    ca.tremplin.person.ApprenticeErasure apprentices;

    /**
     * The oldest profile of a centre, published long ago, is on the list's last page behind every profile posted
     * since, and the withdrawn ones after it; a part of its name, of its address, or its status finds it; its moderator
     * takes it down, withdraws it at its apprentice's request, then erases its apprentice. Another centre finds none of
     * them.
     */
    @Test
    void anOldPublishedProfileIsFoundByNameAddressOrStatusAndTakenDownWithdrawnAndErased() {
        ShowcasePosting.Posted oldest = steps.approved(centre, "Éloïse Ancienne", address("eloise"), ip);
        ShowcasePosting.Posted withdrawn = steps.approved(centre, "Wassim", address("wassim"), ip);
        own.withdraw(ShowcaseSteps.ownerToken(withdrawn), ip);
        for (String name : List.of("Awa", "Bilal", "Chloé")) {
            steps.approved(centre, name, address(name.toLowerCase(Locale.ROOT)), ip);
        }
        ShowcasePosting.Posted waiting = steps.posted(centre, "Dương", address("duong"), Locale.FRENCH, ip);

        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            ModeratedProfiles.Search all = ModeratedProfiles.Search.ALL;
            assertEquals(6, profiles.count(all), "every profile of the centre, whatever its status");
            assertEquals(List.of(waiting.profileId()), ids(profiles.matching(all, 0, 1)), "the latest posted first");
            assertFalse(ids(profiles.matching(all, 0, 4)).contains(oldest.profileId()), "not on the first page");
            assertEquals(List.of(oldest.profileId(), withdrawn.profileId()), ids(profiles.matching(all, 4, 2)),
                    "on the last page, before the withdrawn ones");

            assertEquals(List.of(oldest.profileId()), ids(profiles.matching(search("eloise anc"), 0, 20)),
                    "a part of the name, whatever its accents and case");
            assertEquals(List.of(oldest.profileId()), ids(profiles.matching(search("eloise." + unique), 0, 20)),
                    "a part of the address");
            assertEquals(4, profiles.count(new ModeratedProfiles.Search(null, ProfileStatus.APPROVED)));
            assertEquals(List.of(withdrawn.profileId()), ids(profiles.matching(
                    new ModeratedProfiles.Search(null, ProfileStatus.WITHDRAWN), 0, 20)),
                    "a withdrawn profile, which has no name or address left, by its status");
            assertEquals(0, profiles.count(search("personne-inconnue")));

            ModeratedProfiles.Moderated found = profiles.matching(search("ancienne"), 0, 20).get(0);
            assertEquals(ProfileStatus.AWAITING_MODERATION, moderation.takeDown(oldest.profileId(),
                    found.profile().getVersion(), "Une photo à changer"));
            assertEquals(List.of(oldest.profileId()), ids(profiles.queue(search("ancienne"), 0, 10)),
                    "back in the queue, where the same search finds it");
            assertEquals(ProfileStatus.WITHDRAWN, moderation.withdrawAtRequest(oldest.profileId(),
                    steps.version(oldest.profileId()), "Par téléphone, a perdu son lien"));
        }
        try (TenantContext.Scope ignored = fixtures.newCentre("moderation-other").asAdmin()) {
            assertEquals(0, profiles.count(search(unique)), "another centre finds none of them");
            assertEquals(0, profiles.queueSize(ModeratedProfiles.Search.ALL), "nor waits for them");
        }
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            apprentices.eraseOnRequest(oldest.profileId());
            assertTrue(ids(profiles.matching(ModeratedProfiles.Search.ALL, 0, 20)).stream()
                    .noneMatch(id -> id == oldest.profileId()), "erased, off the list");
        }
    }

    /**
     * The queue is read a page at a time, the longest wait first, in as many statements for three profiles as for one;
     * a search narrows it, a status that no profile of the queue has empties it.
     */
    @Test
    void theQueueIsPagedTheLongestWaitFirstAndNarrowedByTheSearch() {
        ShowcasePosting.Posted first = steps.posted(centre, "Fatou", address("fatou"), Locale.FRENCH, ip);
        ShowcasePosting.Posted second = steps.posted(centre, "Gaëlle", address("gaelle"), Locale.FRENCH, ip);
        ShowcasePosting.Posted third = steps.posted(centre, "Hamid", address("hamid"), Locale.ENGLISH, ip);

        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            ModeratedProfiles.Search all = ModeratedProfiles.Search.ALL;
            assertEquals(3, profiles.queueSize(all));
            assertEquals(List.of(first.profileId(), second.profileId()), ids(profiles.queue(all, 0, 2)));
            assertEquals(List.of(third.profileId()), ids(profiles.queue(all, 2, 2)), "the next page");
            assertEquals(List.of(second.profileId()), ids(profiles.queue(search("gaelle"), 0, 10)));
            assertEquals(1, profiles.queueSize(search("gaelle")));
            ModeratedProfiles.Search published = new ModeratedProfiles.Search(null, ProfileStatus.APPROVED);
            assertEquals(0, profiles.queueSize(published),
                    "looking for published profiles: none has reports to answer");
            assertTrue(profiles.queue(published, 0, 10).isEmpty());
            ModeratedProfiles.Moderated shown = profiles.queue(all, 0, 1).get(0);
            assertNotNull(shown.waiting());
            assertFalse(shown.photoSizes().isEmpty(), "its photo, to moderate it");
            int oneProfile = ca.tremplin.kernel.StatementCounter.count(() -> profiles.queue(all, 0, 1));
            int threeProfiles = ca.tremplin.kernel.StatementCounter.count(() -> profiles.queue(all, 0, 3));
            assertEquals(oneProfile, threeProfiles, "a page's photos, reports, audience and trail in a fixed handful"
                    + " of statements, whatever its size");
        }
    }

    /**
     * A change asked, the apprentice's edit, a refusal, an approval, visitors' reports, a take-down and a withdrawal
     * at the apprentice's request each leave a line: by whom (the moderator by name; the apprentice, visitors), when,
     * from what status to what, and why. The refusal's reason is still there after the apprentice's next edit, which
     * empties the profile's own note; the withdrawal empties every reason but how it was asked; an erasure leaves none.
     */
    @Test
    void everyAnswerIsRecordedWithWhoWhenFromWhatToWhatAndWhy() {
        String email = address("ines");
        ShowcasePosting.Posted posted = steps.posted(centre, "Inès", email, Locale.FRENCH, ip);
        long id = posted.profileId();
        String token = ShowcaseSteps.ownerToken(posted);
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            moderation.requestChanges(id, steps.version(id), "Une photo où l’on voit l’atelier");
        }
        own.edit(token, steps.profile(centre, "Inès", email, centre.program().getId()), TestPhotos.photo(),
                Locale.FRENCH, ip);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            moderation.refuse(id, steps.version(id), "Photo floue");
        }
        own.edit(token, steps.profile(centre, "Inès B.", email, centre.program().getId()), null, Locale.FRENCH, ip);
        assertNull(steps.listed(centre, id).profile().getModerationNote(), "the profile's note goes with the edit");
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            moderation.approve(id, steps.version(id));
        }
        assertEquals(PublicShowcase.ReportOutcome.TAKEN_OFF,
                steps.reportedByEnoughVisitors(id, "Ce n’est pas la bonne personne.", ip));
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            moderation.approve(id, steps.version(id));
            moderation.takeDown(id, steps.version(id), "Une cliente sur la photo");
        }

        List<ShowcaseDecisions.Line> trail = steps.listed(centre, id).decisions();
        assertEquals(List.of(ShowcaseDecision.Kind.TAKEN_DOWN, ShowcaseDecision.Kind.APPROVED,
                ShowcaseDecision.Kind.REPORTED, ShowcaseDecision.Kind.APPROVED, ShowcaseDecision.Kind.EDITED,
                ShowcaseDecision.Kind.REFUSED, ShowcaseDecision.Kind.EDITED, ShowcaseDecision.Kind.CHANGES_REQUESTED),
                trail.stream().map(ShowcaseDecisions.Line::kind).toList(), "newest first, none overwritten");
        ShowcaseDecisions.Line takenDown = trail.get(0);
        assertEquals(centre.admin().getDisplayName(), takenDown.staffName(), "a take-down names who made it");
        assertEquals(ProfileStatus.APPROVED, takenDown.from());
        assertEquals(ProfileStatus.AWAITING_MODERATION, takenDown.to());
        assertEquals("Une cliente sur la photo", takenDown.reason());
        assertNotNull(takenDown.at());
        ShowcaseDecisions.Line refused = trail.get(5);
        assertEquals(centre.recruiter().getDisplayName(), refused.staffName());
        assertEquals(ProfileStatus.REFUSED, refused.to());
        assertEquals("Photo floue", refused.reason(), "the refusal's reason outlives the next edit");
        ShowcaseDecisions.Line edited = trail.get(4);
        assertFalse(edited.byStaff());
        assertEquals("showcase.decision.byApprentice", edited.othersKey());
        assertEquals(ProfileStatus.REFUSED, edited.from());
        ShowcaseDecisions.Line reported = trail.get(2);
        assertEquals("showcase.decision.byVisitor", reported.othersKey());
        assertEquals("Ce n’est pas la bonne personne.", reported.reason());

        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            moderation.withdrawAtRequest(id, steps.version(id), "Par courriel du 3 mars");
        }
        List<ShowcaseDecisions.Line> afterWithdrawal = steps.listed(centre, id).decisions();
        assertEquals(ShowcaseDecision.Kind.WITHDRAWN_AT_REQUEST, afterWithdrawal.get(0).kind());
        assertEquals(centre.recruiter().getDisplayName(), afterWithdrawal.get(0).staffName());
        assertEquals("Par courriel du 3 mars", afterWithdrawal.get(0).reason(), "how it was asked stays");
        assertTrue(afterWithdrawal.stream().skip(1).allMatch(line -> line.reason() == null),
                "the reasons typed about what the profile showed go with it");
        assertEquals(9, afterWithdrawal.size(), "who did what when stays");

        try (TenantContext.Scope ignored = centre.asAdmin()) {
            apprentices.eraseOnRequest(id);
        }
        assertEquals(0L, ((Number) tenancy.acrossAllTenants(() -> em.createNativeQuery(
                "select count(*) from showcase_decision where profile_id = ?1").setParameter(1, id)
                .getSingleResult())).longValue(), "erased with the profile");
    }

    /**
     * Every invitation of the centre is reached page by page, newest first; one closed before its time says when and
     * by whom, and a second closing, of one no longer open, changes nothing of that.
     */
    @Test
    void everyInvitationIsReachedPageByPageAndOneClosedSaysWhoClosedIt() {
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            for (String label : List.of("Groupe A", "Groupe B", "Groupe C")) {
                invitations.createClassLink(label + " " + unique, 30, 14, Locale.FRENCH);
            }
            assertEquals(3, invitations.count());
            List<ShowcaseInvitations.Listed> firstPage = invitations.page(0, 2);
            assertEquals(List.of("Groupe C " + unique, "Groupe B " + unique),
                    firstPage.stream().map(ShowcaseInvitations.Listed::label).toList(), "newest first");
            ShowcaseInvitations.Listed oldest = invitations.page(2, 2).get(0);
            assertEquals("Groupe A " + unique, oldest.label());
            assertTrue(oldest.open());
            assertNull(oldest.closedBy());
        }
        long oldestId;
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            oldestId = invitations.page(2, 1).get(0).id();
            invitations.close(oldestId);
        }
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            invitations.close(oldestId);
            ShowcaseInvitations.Listed closed = invitations.page(2, 1).get(0);
            assertFalse(closed.open());
            assertNotNull(closed.closedAt());
            assertEquals(centre.admin().getDisplayName(), closed.closedBy(), "the one who closed it, not the second");
            assertNull(invitations.page(0, 1).get(0).closedBy(), "an invitation still open names no one");
        }
    }


    private static ModeratedProfiles.Search search(String text) {
        return new ModeratedProfiles.Search(text, null);
    }

    private static List<Long> ids(List<ModeratedProfiles.Moderated> items) {
        return items.stream().map(item -> item.profile().getId()).toList();
    }
}
