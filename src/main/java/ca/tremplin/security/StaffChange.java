package ca.tremplin.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * One change to a centre's staff, settings or profile, or to one of its programs (and their intakes), offers or events:
 * who made it (none: the platform itself), when, to what, and what it was (the values as a short
 * text: "RECRUITER → CSS_ADMIN", "8 → 10", shown in the reader's words by {@link #detailIn}). Appended, never changed.
 */
@Entity
@Table(name = "staff_change")
public class StaffChange {

    /** What was changed. */
    public enum Subject { ACCOUNT, SETTINGS, TEMPLATE, CENTRE, PROGRAM, OFFER, EVENT }

    /** The change, named in the reader's language by {@code staffChange.<NAME>}. */
    public enum What {
        INVITED, INVITED_AGAIN, INVITATION_CANCELLED, JOINED, PASSWORD_RESET, ROLE, DEACTIVATED, REACTIVATED,
        ROUTING_RULE, RESPONSE_HOURS, ORIGINS, MAPPING, COLUMNS_SAVED, COLUMNS_REPLACED, TEMPLATE_SAVED, CENTRE_CREATED,
        CENTRE_PROFILE, CENTRE_LOGO,
        CENTRE_CLOSED, CENTRE_REOPENED,
        REASON_ADDED, REASON_RESTORED, REASON_WITHDRAWN,
        PROGRAM_CREATED, PROGRAM_EDITED, PROGRAM_STATUS, PROGRAM_PHOTO, INTAKE_ADDED, INTAKE_SEATS, INTAKE_STATUS,
        INTAKE_DATES, INTAKE_DELETED, PROGRAM_DELETED, CAMPUS_DELETED, OFFER_DELETED,
        OFFER_CREATED, OFFER_EDITED, OFFER_STATUS, OFFER_FILLED, EVENT_CREATED, EVENT_EDITED, EVENT_STATUS,
        CAMPUS_CREATED, CAMPUS_EDITED;

        /** The changes to the reasons a lead can be lost for, shown on that list's page. */
        public static final java.util.Set<What> LOST_REASONS = java.util.EnumSet.of(REASON_ADDED, REASON_RESTORED,
                REASON_WITHDRAWN);

        /**
         * The changes to a centre's campuses (its training centres), filed under the centre, each naming its campus,
         * and shown on the campuses' page: a campus deleted has no page of its own to keep its lines.
         */
        public static final java.util.Set<What> CAMPUSES = java.util.EnumSet.of(CAMPUS_CREATED, CAMPUS_EDITED,
                CAMPUS_DELETED);

        public String messageKey() {
            return "staffChange." + name();
        }
    }

    /** The most characters a line's detail holds (its column, V70): two values of a field and the field's code. */
    static final int DETAIL_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Subject subject;

    @Column(name = "subject_id", updatable = false)
    private Long subjectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private What what;

    @Column(updatable = false)
    private String detail;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected StaffChange() {
    }

    public StaffChange(Long actorId, Subject subject, Long subjectId, What what, String detail, Instant changedAt) {
        this.actorId = actorId;
        this.subject = subject;
        this.subjectId = subjectId;
        this.what = what;
        this.detail = detail == null ? null : ca.tremplin.kernel.ShortenedText.of(detail, DETAIL_LENGTH);
        this.changedAt = changedAt;
    }

    public Long getId() { return id; }
    public Long getActorId() { return actorId; }
    public Subject getSubject() { return subject; }
    public Long getSubjectId() { return subjectId; }
    public What getWhat() { return what; }
    public String getDetail() { return detail; }

    /** A code the detail keeps for a role or a routing rule: "CSS_ADMIN", "ROUND_ROBIN". */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("\\b[A-Z][A-Z_]*[A-Z]\\b");

    /**
     * A field's code in a detail: at its start, or after the intake it is about ("2027-08-25 Laval: SEATS (…)"), before
     * its values or alone (a long text, said changed without them).
     */
    private static final java.util.regex.Pattern FIELD_CODE = java.util.regex.Pattern.compile(
            "(?<=^|, |: )[A-Z][A-Z_]*[A-Z](?= \\(|$)");

    /** A yes-or-no field's value as {@link ca.tremplin.kernel.FieldChanges#shown} keeps it, before or after. */
    private static final java.util.regex.Pattern YES_OR_NO = java.util.regex.Pattern.compile(
            "(?<=\\(|→ )[" + ca.tremplin.kernel.FieldChanges.YES + ca.tremplin.kernel.FieldChanges.NO + "](?= →|\\))");

    private static final String YES = ca.tremplin.kernel.FieldChanges.YES;

    /** A long text's lengths before and after, the whole of its line: "DESCRIPTION_FR {1200 → 1350}". */
    private static final java.util.regex.Pattern TEXT_LENGTHS = java.util.regex.Pattern.compile(
            "^([A-Z][A-Z_]*[A-Z]) \\{(\\d+) → (\\d+)\\}$");

    /**
     * The detail as people read it: a role, a routing rule, a field or a status by its name in the reader's language
     * ("Recrutement → Administration du centre", "places (20 → 25)", "Brouillon → Publié"), and a long text's lengths
     * in its words ("description en français modifiée (120 → 135 caractères)"), where the detail keeps codes and
     * figures, so that the trace reads in any language later.
     */
    public String detailIn(java.util.Locale language) {
        String names = switch (what) {
            case INVITED, INVITED_AGAIN, ROLE -> "role.";
            case ROUTING_RULE -> "inquirySettings.rule.";
            case CENTRE_PROFILE -> "centreField.";
            case CAMPUS_CREATED, CAMPUS_EDITED -> "campusField.";
            case PROGRAM_EDITED -> "programField.";
            case INTAKE_ADDED, INTAKE_SEATS, INTAKE_DATES, INTAKE_DELETED -> "intakeField.";
            case OFFER_EDITED, OFFER_FILLED -> "offerField.";
            case EVENT_EDITED -> "eventField.";
            case PROGRAM_STATUS -> "programStatus.";
            case INTAKE_STATUS -> "intakeStatus.";
            case OFFER_STATUS -> "offer.status.";
            case EVENT_STATUS -> "event.status.";
            default -> null;
        };
        if (names == null || detail == null) {
            return detail;
        }
        String shown = detail;
        java.util.regex.Matcher lengths = TEXT_LENGTHS.matcher(detail);
        if (names.endsWith("Field.") && lengths.matches()) {
            // "(1 200 → 1 350 caractères)", in the reader's way of writing numbers.
            shown = lengths.group(1) + " " + ca.tremplin.kernel.Messages.get(language, "staffChange.textLengths",
                    Integer.valueOf(lengths.group(2)), Integer.valueOf(lengths.group(3)));
        }
        // A field's detail holds values too ("CONTACT_EMAIL (a@b.ca → c@d.ca)"): only the fields' codes are named.
        java.util.regex.Pattern codes = names.endsWith("Field.") ? FIELD_CODE : CODE;
        String named = codes.matcher(shown).replaceAll(code -> {
            String name = ca.tremplin.kernel.Messages.get(language, names + code.group());
            return java.util.regex.Matcher.quoteReplacement(name.startsWith("???") ? code.group() : name);
        });
        return names.endsWith("Field.") ? yesOrNoIn(named, language) : named;
    }

    /**
     * A yes-or-no field's values kept as marks ("EXEMPT (✗ → ✓)"), said in words ("exempté (non → oui)"): a screen
     * reader reads the marks as "check mark" and "ballot X", or not at all. Only a whole value is a mark; a typed text
     * holding one is shown as typed.
     */
    private static String yesOrNoIn(String detail, java.util.Locale language) {
        return YES_OR_NO.matcher(detail).replaceAll(mark -> java.util.regex.Matcher.quoteReplacement(
                ca.tremplin.kernel.Messages.get(language, YES.equals(mark.group()) ? "table.yes" : "table.no")));
    }
    public Instant getChangedAt() { return changedAt; }
}
