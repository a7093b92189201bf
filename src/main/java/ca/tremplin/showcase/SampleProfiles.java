package ca.tremplin.showcase;

import ca.tremplin.kernel.Languages;
import ca.tremplin.photo.PhotoProcessor;
import ca.tremplin.photo.ProcessedPhoto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Instant;
import java.util.Locale;

/**
 * Profiles for the demo: posted and approved as if a person had posted them and a moderator had approved them — the
 * same rules, photo processing and consent records — without an invitation or a signed-in moderator. Used only by the
 * demo's data generator, inside the centre's tenant.
 */
@ApplicationScoped
public class SampleProfiles {

    @Inject
    PhotoProcessor photos;

    @Inject
    ShowcasePhotos storedPhotos;

    @Inject
    ShowcaseConsents consents;

    @Inject
    ShowcaseLinks links;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public long publishApproved(long tenantId, ProfilePost post, InputStream photo, Locale language, Instant at) {
        ProfileContent content = ProfileRules.check(post, at.atZone(ShowcasePosting.QUEBEC).getYear());
        ProcessedPhoto processed = ShowcasePosting.process(photo, photos);
        ShowcaseProfile profile = new ShowcaseProfile(tenantId, null, content, Languages.code(language), at);
        em.persist(profile);
        em.flush();
        profile.showPhoto(storedPhotos.store(tenantId, profile.getId(), processed));
        consents.given(profile, language, at, null);
        links.create(profile.getId(), ShowcaseLinks.OWNER, at, null);
        profile.approvedAsSample(at);
        return profile.getId();
    }
}
