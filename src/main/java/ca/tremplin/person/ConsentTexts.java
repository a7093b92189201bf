package ca.tremplin.person;

import ca.tremplin.kernel.Messages;
import java.util.Locale;

/**
 * The consent sentences shown on the form, versioned: when a text changes, its version changes with it (in the
 * bundles, {@code inquiry.consent.<purpose>.<version>}), so that each record says exactly what the person read.
 */
public final class ConsentTexts {

    public static final String CONTACT_VERSION = "contact-2026-11";
    public static final String NEWS_VERSION = "news-2026-11";
    public static final String APPLICATION_VERSION = "application-2026-11";
    public static final String GUARDIAN_VERSION = "guardian-2026-12";
    /** The consent to be contacted as a registration for an event asks it: about the event, not "this request". */
    public static final String CONTACT_AT_EVENT_VERSION = "contact-event-2026-12";
    /** A parent's or guardian's consent for a person under 14 registering for an event. */
    public static final String GUARDIAN_AT_EVENT_VERSION = "guardian-event-2026-12";
    /** A parent's or guardian's consent for a person under 14 applying to an offer (the centre and the employer). */
    public static final String GUARDIAN_OF_APPLICANT_VERSION = "guardian-application-2026-12";
    public static final String PUBLICATION_VERSION = "publication-2026-12";
    public static final String IMAGE_RIGHTS_VERSION = "image-rights-2026-12";
    /** A parent's or guardian's consent to a showcase profile of a person under 14. */
    public static final String SHOWCASE_GUARDIAN_VERSION = "showcase-guardian-2026-12";
    /** A person's withdrawal of their showcase profile, publication and image both. */
    public static final String SHOWCASE_WITHDRAWAL_VERSION = "showcase-withdrawal-2026-12";
    /** A parent's or guardian's withdrawal of the consent they gave to a showcase profile. */
    public static final String SHOWCASE_GUARDIAN_WITHDRAWAL_VERSION = "showcase-guardian-withdrawal-2026-12";
    /** An apprentice's withdrawal of their profile said to their centre's staff, who recorded it for them. */
    public static final String SHOWCASE_WITHDRAWAL_TO_STAFF_VERSION = "showcase-withdrawal-to-staff-2026-12";
    /** The sentences of a withdrawal ({@code consent.withdrawal.<purpose>.<version>}), versioned the same way. */
    public static final String WITHDRAWAL_VERSION = "2026-12";

    private ConsentTexts() {
    }

    /**
     * Where a consent is asked. One purpose reads differently on each form: a person who registers for an event or
     * applies to an offer has sent no "request", and the sentence they agree to says what they are doing.
     */
    public enum Occasion {
        /** An information request (the form, a partner's API call) and the preferences page. */
        REQUEST,
        /** A registration for an event, on its page or captured by staff at a fair. */
        EVENT,
        /** An application to an apprenticeship offer. */
        APPLICATION
    }

    /** The sentence of an information request's form. */
    public static Shown of(ConsentPurpose purpose, Locale locale) {
        return of(purpose, Occasion.REQUEST, locale);
    }

    /** The sentence shown for {@code purpose} where it is asked. */
    public static Shown of(ConsentPurpose purpose, Occasion occasion, Locale locale) {
        String version = switch (purpose) {
            case CONTACT -> occasion == Occasion.EVENT ? CONTACT_AT_EVENT_VERSION : CONTACT_VERSION;
            case NEWS -> NEWS_VERSION;
            case APPLICATION -> APPLICATION_VERSION;
            case GUARDIAN -> switch (occasion) {
                case REQUEST -> GUARDIAN_VERSION;
                case EVENT -> GUARDIAN_AT_EVENT_VERSION;
                case APPLICATION -> GUARDIAN_OF_APPLICANT_VERSION;
            };
            case PUBLICATION -> PUBLICATION_VERSION;
            case IMAGE_RIGHTS -> IMAGE_RIGHTS_VERSION;
        };
        return new Shown(version, Messages.get(locale, "inquiry.consent." + version));
    }

    /** The sentence a person confirms (or staff record) to withdraw consent for this purpose. */
    public static Shown withdrawal(ConsentPurpose purpose, Locale locale) {
        String version = "withdrawal-" + purpose.name().toLowerCase(Locale.ROOT) + "-" + WITHDRAWAL_VERSION;
        return new Shown(version, Messages.get(locale, "consent.withdrawal." + purpose.name() + "."
                + WITHDRAWAL_VERSION));
    }

    /** The version of the sentences a parent or guardian gives or withdraws a consent with, for a person under 14. */
    public static final String ON_BEHALF_VERSION = "2026-12";

    /**
     * The sentence a parent or guardian gives ({@code granted}) or withdraws a consent with, on behalf of the person
     * under 14 they answer for, from the link mailed to them: "… que la personne dont j’ai la charge …", not the
     * person's own "… me contacter …".
     */
    public static Shown onBehalf(ConsentPurpose purpose, boolean granted, Locale locale) {
        String kind = granted ? "on-behalf-" : "on-behalf-withdrawal-";
        String version = kind + purpose.name().toLowerCase(Locale.ROOT) + "-" + ON_BEHALF_VERSION;
        return new Shown(version, Messages.get(locale, "consent.onBehalf." + (granted ? "given." : "withdrawn.")
                + purpose.name() + "." + ON_BEHALF_VERSION));
    }

    /** A text of the showcase that is not a purpose's own form text (a guardian's consent, a withdrawal). */
    public static Shown showcase(String version, Locale locale) {
        return new Shown(version, Messages.get(locale, "inquiry.consent." + version));
    }

    /** A consent text as shown, with its version. */
    public record Shown(String version, String text) {
    }
}
