package ca.tremplin.preferences;

import ca.tremplin.kernel.Languages;
import ca.tremplin.person.ConsentPurpose;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What the preferences page shows: the address half hidden, and each centre that follows it with the consent in
 * force for each purpose. {@code expired} when the link is too old to open anything; {@code forGuardian} when the link
 * was mailed to the parent or guardian of a person under 14, to whom the page then speaks.
 */
public record PreferencesView(String maskedEmail, boolean expired, List<Centre> centres, boolean forGuardian)
        implements Serializable {

    /** One centre that follows the address, and when the address unsubscribed from its bulk e-mail (or null). */
    public record Centre(long tenantId, String nameFr, String nameEn, List<Purpose> purposes, Instant unsubscribedAt)
            implements Serializable {

        public String name(Locale locale) {
            return Languages.isEnglish(locale) ? nameEn : nameFr;
        }
    }

    /**
     * One purpose: whether consent is in force, since when, and whether it was taken back; for news not given,
     * until when the centre may still send its news by the consent the person's request implies (Canada's
     * anti-spam law: six months), which the person may withdraw as any other, or null.
     */
    public record Purpose(ConsentPurpose purpose, boolean given, boolean withdrawn, Instant since,
                          Instant impliedUntil) implements Serializable {

        public Purpose(ConsentPurpose purpose, boolean given, boolean withdrawn, Instant since) {
            this(purpose, given, withdrawn, since, null);
        }

        /** Whether the person can withdraw it: given, or news the centre may still send by implied consent. */
        public boolean withdrawable() {
            return given || impliedUntil != null;
        }
    }

    static PreferencesView expiredLink() {
        return new PreferencesView("", true, List.of(), false);
    }
}
