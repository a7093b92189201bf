package ca.tremplin.showcase;

import ca.tremplin.kernel.Languages;
import ca.tremplin.person.ConsentPurpose;
import ca.tremplin.person.ConsentRecord;
import ca.tremplin.person.ConsentTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A profile's consents in the consent register ({@code consent_record}), word for word in the language the person
 * read them: publication and image rights when posted and again at each edit (a new photo or testimony is published
 * on the strength of the consent given with it, not of the first one), a guardian's when confirmed, and a withdrawal
 * as records refused with the withdrawal's own sentence — the register is appended to, never changed.
 */
@ApplicationScoped
class ShowcaseConsents {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /** Publication and image rights, as ticked on the form the person read in {@code language}. */
    void given(ShowcaseProfile profile, Locale language, Instant at, String ipAddress) {
        for (ConsentPurpose purpose : List.of(ConsentPurpose.PUBLICATION, ConsentPurpose.IMAGE_RIGHTS)) {
            em.persist(ConsentRecord.forShowcaseProfile(profile.getId(), profile.getEmailNormalized(), purpose, true,
                    ConsentTexts.of(purpose, language), language, at, ipAddress));
        }
    }

    void guardianGave(ShowcaseProfile profile, Instant at, String ipAddress) {
        Locale language = Languages.fromTag(profile.getLanguage());
        em.persist(ConsentRecord.forShowcaseProfile(profile.getId(), profile.getGuardianEmail(),
                        ConsentPurpose.GUARDIAN, true,
                        ConsentTexts.showcase(ConsentTexts.SHOWCASE_GUARDIAN_VERSION, language), language, at,
                        ipAddress)
                .givenByGuardian(profile.getGuardianName(), profile.getGuardianEmail()));
    }

    /**
     * Before the profile is emptied: the guardian's withdrawal of their consent, with who they are and the sentence
     * they confirmed in the language they read it; the publication and the image rights it stood for end with it.
     */
    void guardianWithdrew(ShowcaseProfile profile, Locale language, Instant at, String ipAddress) {
        ConsentTexts.Shown sentence = ConsentTexts.showcase(ConsentTexts.SHOWCASE_GUARDIAN_WITHDRAWAL_VERSION,
                language);
        for (ConsentPurpose purpose : List.of(ConsentPurpose.GUARDIAN, ConsentPurpose.PUBLICATION,
                ConsentPurpose.IMAGE_RIGHTS)) {
            em.persist(ConsentRecord.forShowcaseProfile(profile.getId(), purpose == ConsentPurpose.GUARDIAN
                            ? profile.getGuardianEmail() : profile.getEmailNormalized(), purpose, false, sentence,
                            language, at, ipAddress)
                    .givenByGuardian(profile.getGuardianName(), profile.getGuardianEmail()));
        }
    }

    /**
     * Before the profile is emptied: the withdrawal of both consents as the person said it to the centre's staff
     * ({@code how}), who recorded it for them, in the profile's language; the sentence says it was said to the
     * centre, not confirmed on a page.
     */
    void withdrawnToStaff(ShowcaseProfile profile, Instant at, long staffId, String how) {
        withdrawalsToStaff(profile, at).forEach(withdrawal -> em.persist(withdrawal.saidToStaff(staffId, how)));
    }

    private List<ConsentRecord> withdrawalsToStaff(ShowcaseProfile profile, Instant at) {
        Locale language = Languages.fromTag(profile.getLanguage());
        ConsentTexts.Shown sentence = ConsentTexts.showcase(ConsentTexts.SHOWCASE_WITHDRAWAL_TO_STAFF_VERSION,
                language);
        return List.of(ConsentPurpose.PUBLICATION, ConsentPurpose.IMAGE_RIGHTS).stream()
                .map(purpose -> ConsentRecord.forShowcaseProfile(profile.getId(), profile.getEmailNormalized(),
                        purpose, false, sentence, language, at, null)).toList();
    }

    /**
     * Before the profile is emptied again: the withdrawal a restored backup lost from the register, written again as
     * its withdrawer made it, at the moment they made it, in the profile's language; who of the staff recorded one said
     * to the centre, and how it was said, went with the restore.
     */
    void withdrawnAgainAfterRestore(ShowcaseProfile profile, ShowcaseProfile.Withdrawer by, Instant at) {
        switch (by) {
            case PERSON -> withdrawn(profile, at, null);
            case GUARDIAN -> guardianWithdrew(profile, Languages.fromTag(profile.getLanguage()), at, null);
            case CENTRE -> withdrawalsToStaff(profile, at).forEach(em::persist);
        }
    }

    /** Before the profile is emptied: the withdrawal of both consents, with the sentence the person confirmed. */
    void withdrawn(ShowcaseProfile profile, Instant at, String ipAddress) {
        Locale language = Languages.fromTag(profile.getLanguage());
        ConsentTexts.Shown sentence = ConsentTexts.showcase(ConsentTexts.SHOWCASE_WITHDRAWAL_VERSION, language);
        for (ConsentPurpose purpose : List.of(ConsentPurpose.PUBLICATION, ConsentPurpose.IMAGE_RIGHTS)) {
            em.persist(ConsentRecord.forShowcaseProfile(profile.getId(), profile.getEmailNormalized(), purpose, false,
                    sentence, language, at, ipAddress));
        }
    }
}
