package ca.tremplin.showcase;

import ca.tremplin.catalog.ProgramStatus;
import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.kernel.RateLimits;
import ca.tremplin.photo.PhotoProcessor;
import ca.tremplin.photo.PhotoRejectedException;
import ca.tremplin.photo.ProcessedPhoto;
import ca.tremplin.security.AccountTokens;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An apprentice posts a profile from an invitation's link, without an account. The request has no tenant: the
 * invitation names the centre, and the work crosses tenants on purpose for that centre only. Everything is checked
 * before anything is written — the form's rules, then the photo (decoded, re-encoded, outside any transaction) — and
 * then the profile, its photo, its consents, its links, the invitation's use and the e-mails are written in one
 * transaction, or none of them.
 */
@ApplicationScoped
public class ShowcasePosting {

    /**
     * Posts (and attempts, which each cost a photo's decoding) per network address and hour. A class posting from a
     * group link shares its school's one address: a link admits 30 apprentices by default, and some need a second
     * try (a photo refused, a field to correct), hence twice that.
     */
    static final RateLimits.Limit POSTS_PER_ADDRESS =
            RateLimits.Limit.fromEnvironment("showcase-post-address", "TREMPLIN_SHOWCASE_POSTS_PER_HOUR", 60);
    static final ZoneId QUEBEC = ca.tremplin.kernel.QuebecTime.ZONE;

    @Inject
    Tenancy tenancy;

    @Inject
    Clock clock;

    @Inject
    RateLimits rateLimits;

    @Inject
    PhotoProcessor photos;

    @Inject
    ShowcasePhotos storedPhotos;

    @Inject
    ShowcaseLinks links;

    @Inject
    ShowcaseConsents consents;

    @Inject
    ShowcaseMail mail;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /**
     * What the form of an invitation shows: the centre, and the programs of its catalogue; whether the centre is open
     * (a centre the coordinating organisation closed shows its apprentices their own page, not its form).
     */
    public record PostingForm(long tenantId, String centreFr, String centreEn, List<ProgramChoice> programs,
                              boolean centreOpen) {

        public String centre(Locale locale) {
            return Languages.isEnglish(locale) ? centreEn : centreFr;
        }

        /** The programs as the form offers them: DEP, ASP, then AEP, each by title in the reader's language. */
        public List<ProgramChoice> programsInOrder(Locale locale) {
            return ca.tremplin.catalog.ProgramOrder.sorted(programs, locale, ProgramChoice::type,
                    program -> program.title(locale));
        }
    }

    /** The profile posted, and the person's own link, shown once on the page (and e-mailed to them). */
    public record Posted(long profileId, boolean awaitsGuardian, String ownerLink) {
    }

    /** An unknown link is not found; an expired or used-up one says so. */
    public PostingForm open(String invitationToken) {
        return tenancy.acrossAllTenants(() -> {
            ShowcaseInvitation invitation = usable(invitationToken, false);
            return formOf(invitation.getTenantId());
        });
    }

    public Posted post(String invitationToken, ProfilePost post, InputStream photo, Locale language,
                       String ipAddress) {
        return post(invitationToken, post, photo, null, language, ipAddress);
    }

    /**
     * Posts a profile. Every problem is said at once, the photo's with the fields' (a missing photo is not said only
     * once the rest is right); a photo read and fit to show is handed back with the refusal
     * ({@link InvalidProfileException#photo()}), for the form to send as {@code keptPhoto} next time instead of asking
     * a person on a phone abroad to upload it again. A new photo replaces the kept one.
     */
    public Posted post(String invitationToken, ProfilePost post, InputStream photo, ProcessedPhoto keptPhoto,
                       Locale language, String ipAddress) {
        rateLimits.acquire(POSTS_PER_ADDRESS, ipAddress);
        Map<String, String> problems = new LinkedHashMap<>();
        ProfileContent checked = null;
        try {
            checked = ProfileRules.check(post, clock.instant().atZone(QUEBEC).getYear());
        } catch (InvalidProfileException invalid) {
            problems.putAll(invalid.problems());
        }
        open(invitationToken);
        ProcessedPhoto photoToStore = photoOrRefusal(photo, keptPhoto, true, problems, photos);
        ProfileContent content = checked;
        return tenancy.acrossAllTenants(() -> {
            ShowcaseInvitation invitation = usable(invitationToken, true);
            requireProgramOf(invitation.getTenantId(), content.programId(), null);
            requireNoProfileYet(invitation.getTenantId(), content.emailNormalized(), null);
            Instant now = clock.instant();
            ShowcaseProfile profile = new ShowcaseProfile(invitation.getTenantId(), invitation.getId(), content,
                    Languages.code(language), now);
            writtenUnlessAddressTaken(() -> {
                em.persist(profile);
                em.flush();
            }, "showcase.error.alreadyPosted", null);
            profile.showPhoto(storedPhotos.store(invitation.getTenantId(), profile.getId(), photoToStore));
            consents.given(profile, language, now, ipAddress);
            invitation.use();
            String ownerToken = links.create(profile.getId(), ShowcaseLinks.OWNER, now, null);
            mail.ownerLink(profile, ownerToken);
            if (profile.getStatus() == ProfileStatus.AWAITING_GUARDIAN) {
                mail.guardianRequest(profile, links.create(profile.getId(), ShowcaseLinks.GUARDIAN, now,
                        now.plus(ShowcaseLinks.GUARDIAN_LINK_LIFE)));
            }
            return new Posted(profile.getId(), profile.getStatus() == ProfileStatus.AWAITING_GUARDIAN,
                    ShowcasePaths.ownerPage(ownerToken, language));
        });
    }

    /**
     * One profile per person at a centre: their private link edits it. A second post with the same address (a
     * double tap on a slow upload, sent twice while the invitation's row is locked by the first) is refused with
     * where their link is, rather than making a second profile and using up a second place of a class link. An edit
     * ({@code editedProfileId}) that gives the address of another live profile of the centre is refused too: it would
     * make one person's two profiles, and move the profile to someone the centre knows by that address. Two at the
     * same moment both pass this check; the database's key refuses the second ({@link #writtenUnlessAddressTaken}).
     */
    void requireNoProfileYet(long tenantId, String emailNormalized, Long editedProfileId) {
        boolean posted = !em.createQuery("select p.id from ShowcaseProfile p where p.tenantId = :tenant"
                        + " and p.emailNormalized = :email and p.status <> :withdrawn"
                        + " and (:edited is null or p.id <> :edited)", Long.class)
                .setParameter("tenant", tenantId).setParameter("email", emailNormalized)
                .setParameter("withdrawn", ProfileStatus.WITHDRAWN).setParameter("edited", editedProfileId)
                .setMaxResults(1).getResultList().isEmpty();
        if (posted) {
            throw new InvalidProfileException(java.util.Map.of("email", editedProfileId == null
                    ? "showcase.error.alreadyPosted" : "showcase.error.emailTaken"));
        }
    }

    /** The database's key that holds a centre's addresses to one live profile each (V89). */
    static final String ADDRESS_KEY = "uk_showcase_profile_address";

    /**
     * Writes a profile's address, which {@link #requireNoProfileYet} found free: another post or edit giving the same
     * address at the same moment found it free too, and the database's key refuses the second one, which is said
     * beside the address field as the check says it ({@code refusalKey}), the photo read handed back. Nothing of it
     * was written.
     */
    static void writtenUnlessAddressTaken(Runnable write, String refusalKey, ProcessedPhoto photo) {
        try {
            write.run();
        } catch (RuntimeException raced) {
            if (ca.tremplin.kernel.DuplicateKeys.refused(raced, ADDRESS_KEY)) {
                throw new InvalidProfileException(Map.of("email", refusalKey), photo);
            }
            throw raced;
        }
    }

    /**
     * The photo a form sends — a new one read and fit to show, else the one kept from a refused attempt (null when
     * neither is, which a post refuses and an edit takes as "keep the current one") — or, when the form broke rules
     * ({@code problems} of its fields), its refusal: every problem at once, the photo's first as on the form, the photo
     * read handed back with it for the page to keep.
     */
    static ProcessedPhoto photoOrRefusal(InputStream photo, ProcessedPhoto keptPhoto, boolean required,
                                         Map<String, String> problems, PhotoProcessor processor) {
        ProcessedPhoto processed = keptPhoto;
        Map<String, String> photoProblem = Map.of();
        try {
            if (photo != null) {
                processed = process(photo, processor);
            } else if (keptPhoto == null && required) {
                photoProblem = Map.of("photo", "showcase.error.photoRequired");
            }
        } catch (InvalidProfileException refused) {
            photoProblem = refused.problems();
        }
        if (!problems.isEmpty() || !photoProblem.isEmpty()) {
            Map<String, String> all = new LinkedHashMap<>(photoProblem);
            all.putAll(problems);
            throw new InvalidProfileException(all, processed);
        }
        return processed;
    }

    /** The photo checked and re-encoded; a refusal says why, in a message of the bundles. */
    static ProcessedPhoto process(InputStream photo, PhotoProcessor processor) {
        try {
            return processor.process(photo);
        } catch (PhotoRejectedException rejected) {
            throw new InvalidProfileException(java.util.Map.of("photo", rejected.messageKey()));
        }
    }

    /** The form of an open centre: its published programs. A closed centre's invitation is not found. */
    PostingForm formOf(long tenantId) {
        return formOf(tenantId, null, true);
    }

    /**
     * The centre and its published programs, with {@code keptProgramId} among them whatever its status: a profile's
     * own program, archived since, which its apprentice keeps by editing something else. A closed centre is not found
     * unless {@code openOnly} is false: its apprentice's own page still shows their profile, to withdraw it.
     */
    PostingForm formOf(long tenantId, Long keptProgramId, boolean openOnly) {
        Tenant centre = em.find(Tenant.class, tenantId);
        if (centre == null || openOnly && !centre.isActive()) {
            throw new NotFoundException("centre");
        }
        List<ProgramChoice> programs = em.createQuery("""
                        select new ca.tremplin.showcase.ProgramChoice(p.id, p.type, p.titleFr, p.titleEn) from Program p
                        where p.tenantId = :tenant and (p.status = :published or p.id = :kept) order by p.titleFr""",
                        ProgramChoice.class)
                .setParameter("tenant", tenantId).setParameter("published", ProgramStatus.PUBLISHED)
                .setParameter("kept", keptProgramId == null ? -1L : keptProgramId).getResultList();
        return new PostingForm(tenantId, centre.getNameFr(), centre.getNameEn(), programs, centre.isActive());
    }

    /**
     * The program chosen is one the centre's form offers: published, or the profile's own ({@code keptProgramId},
     * archived since), kept unchanged.
     */
    void requireProgramOf(long tenantId, Long programId, Long keptProgramId) {
        boolean known = formOf(tenantId, keptProgramId, true).programs().stream()
                .anyMatch(p -> programId != null && p.id() == programId);
        if (!known) {
            throw new InvalidProfileException(java.util.Map.of("program", "showcase.error.programRequired"));
        }
    }

    private ShowcaseInvitation usable(String token, boolean forUse) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new NotFoundException("showcase invitation");
        }
        ShowcaseInvitation invitation = em.createQuery("select i from ShowcaseInvitation i where i.tokenHash = :hash",
                        ShowcaseInvitation.class)
                .setParameter("hash", AccountTokens.sha256(token))
                // Locked when it is used, so that the last use of a class's link is taken once.
                .setLockMode(forUse ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("showcase invitation"));
        if (invitation.isExpiredAt(clock.instant())) {
            throw new InvitationClosedException("showcase.invitation.expired");
        }
        if (invitation.isUsedUp()) {
            throw new InvitationClosedException("showcase.invitation.used");
        }
        return invitation;
    }
}
