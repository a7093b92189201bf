package ca.tremplin.inquiry;

import ca.tremplin.person.HeardFrom;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** A request that passed {@link InquiryValidator}: trimmed, normalised (e-mail lower-cased, phone E.164). */
public record ValidInquiry(String firstName, String lastName, String email, String emailNormalized,
                           String phoneE164, String countryOfResidence, String citizenship, Integer birthYear,
                           Education education, FrenchLevel frenchLevel, List<Long> programIds,
                           String schoolBoardSlug, String preferredIntake, HeardFrom heardFrom, String message,
                           boolean consentToNews, Locale language, String utmSource, String utmMedium,
                           String utmCampaign, String utmTerm, String utmContent, String referrer,
                           String landingPage, String campaignCode, Guardian guardian, String viewerZone) {

    /** The parent or guardian who consented for a person under 14; null for anyone else. */
    public record Guardian(String name, String email) {
    }

    /**
     * A fingerprint of what was asked, so that a resubmission with the same idempotency key can be told apart
     * from a different request reusing it. Attribution is left out: the same request may be retried from
     * another page.
     */
    public String fingerprint() {
        String canonical = String.join("\u001f", firstName, lastName, emailNormalized, String.valueOf(phoneE164),
                countryOfResidence, citizenship, String.valueOf(birthYear), String.valueOf(education),
                String.valueOf(frenchLevel), programIds.stream().sorted().toList().toString(),
                String.valueOf(schoolBoardSlug), String.valueOf(preferredIntake), String.valueOf(heardFrom),
                String.valueOf(message), String.valueOf(consentToNews), String.valueOf(guardian));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
