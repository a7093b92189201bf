package ca.tremplin.preferences;

import ca.tremplin.kernel.Languages;
import ca.tremplin.person.ConsentEntry;
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
     * anti-spam law: six months), which the person may withdraw as any other, or null. For the processing of
     * applications, each application still under way with where its own processing stands ({@code applications}):
     * given when any is processed, withdrawn when any is on hold — both at once when a withdrawal holds those sent
     * before it and one sent since is processed.
     */
    public record Purpose(ConsentPurpose purpose, boolean given, boolean withdrawn, Instant since,
                          Instant impliedUntil, List<Application> applications) implements Serializable {

        public Purpose(ConsentPurpose purpose, boolean given, boolean withdrawn, Instant since,
                       Instant impliedUntil) {
            this(purpose, given, withdrawn, since, impliedUntil, List.of());
        }

        public Purpose(ConsentPurpose purpose, boolean given, boolean withdrawn, Instant since) {
            this(purpose, given, withdrawn, since, null);
        }

        /**
         * The processing of the person's applications, from the consent in force ({@code inForce}, the register's
         * line the page would otherwise show) and each application under way with where its processing stands: with
         * none under way, as the register says; else as they stand — the register's "withdrawn" holds only those sent
         * before it, and says nothing of one sent, or sent again, since.
         */
        static Purpose ofApplications(ConsentEntry inForce, List<Application> underWay) {
            if (underWay.isEmpty()) {
                return new Purpose(ConsentPurpose.APPLICATION, inForce != null && inForce.granted(),
                        inForce != null && inForce.withdrawal(), inForce == null ? null : inForce.at());
            }
            boolean processed = underWay.stream().anyMatch(application -> !application.onHold());
            boolean onHold = underWay.stream().anyMatch(Application::onHold);
            return new Purpose(ConsentPurpose.APPLICATION, processed, onHold, null, null, List.copyOf(underWay));
        }

        /** Whether the person can withdraw it: given, or news the centre may still send by implied consent. */
        public boolean withdrawable() {
            return given || impliedUntil != null;
        }

        /** Whether the person can give it: not given, or given to some applications while others wait on hold. */
        public boolean givable() {
            return !given || withdrawn;
        }

        /**
         * Whether giving it ({@code given}) or withdrawing it would change nothing: given already, nothing on hold;
         * or, withdrawn, nothing left that it covers.
         */
        boolean already(boolean giving) {
            return giving ? given && !withdrawn : !given;
        }
    }

    /**
     * One application under way, as its person reads it on their consents page: the offer (its trade in each
     * language, its employer), whether its processing is on hold, and since when it stands so.
     */
    public record Application(String tradeFr, String tradeEn, String employerName, boolean onHold, Instant since)
            implements Serializable {

        public String trade(Locale locale) {
            return Languages.isEnglish(locale) ? tradeEn : tradeFr;
        }
    }

    static PreferencesView expiredLink() {
        return new PreferencesView("", true, List.of(), false);
    }
}
