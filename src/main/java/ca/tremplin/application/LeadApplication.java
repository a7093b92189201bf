package ca.tremplin.application;

import java.time.Instant;
import java.util.Locale;

/** One of a lead's applications, as the lead page lists it. */
public record LeadApplication(Long id, Long offerId, String employerName, String tradeFr, String tradeEn,
                              ApplicationStatus status, Instant appliedAt) implements java.io.Serializable {

    public String trade(Locale locale) {
        return ca.tremplin.kernel.Languages.isEnglish(locale) ? tradeEn : tradeFr;
    }
}
