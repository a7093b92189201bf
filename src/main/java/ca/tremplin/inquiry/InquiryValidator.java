package ca.tremplin.inquiry;

import ca.tremplin.person.ContactDetails;
import ca.tremplin.person.HeardFrom;
import ca.tremplin.kernel.PhoneNumbers;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one set of rules for an information request, whether it comes from the form or the API: what is
 * required, how long each field may be, what the e-mail, phone, countries and lists accept. Every problem is
 * reported at once, field by field; nothing is stored from a request that has one.
 */
public final class InquiryValidator {

    static final int NAME_MAX = 100;
    static final int EMAIL_MAX = 254;
    static final int MESSAGE_MAX = 2000;
    static final int ATTRIBUTION_MAX = 200;
    static final int ADDRESS_MAX = 500;
    static final int CAMPAIGN_CODE_MAX = 60;
    static final int MOST_PROGRAMS = 10;
    /** Under this age, from the birth year, a parent or guardian consents (Law 25). */
    static final int GUARDIAN_AGE = 14;
    static final int GUARDIAN_NAME_MAX = 200;
    static final int OLDEST_BIRTH_YEAR = 1930;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    /** Pragmatic: one @, a dot in the domain, no spaces; the acknowledgement e-mail is the real test. */
    private static final Pattern EMAIL = Pattern.compile(ca.tremplin.kernel.EmailAddresses.ADDRESS);
    private static final int INTAKE_TYPED_MAX = 30;
    private static final Pattern INTAKE = Pattern.compile("20\\d\\d-(0[1-9]|1[0-2])");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private InquiryValidator() {
    }

    /** The request checked as of the first month of {@code thisYear} (demo data, which describes a year). */
    public static ValidInquiry validate(InquiryRequest request, Locale language, Year thisYear) {
        return validate(request, language, thisYear.atMonth(1));
    }

    /**
     * The request checked as of {@code thisMonth} (Québec's): its birth year against this year, its preferred intake
     * against this month, since an intake already past tells the centre nothing of when the person would come.
     */
    public static ValidInquiry validate(InquiryRequest request, Locale language, YearMonth thisMonth) {
        return validate(request, language, thisMonth, null);
    }

    /**
     * The same, a centre named by its identifier checked by {@code schoolBoardKnown} (the API's callers are told of
     * one that names no centre with every other problem; a form's link with one reaches the coordination), null to
     * leave it unchecked.
     */
    public static ValidInquiry validate(InquiryRequest request, Locale language, YearMonth thisMonth,
                                        java.util.function.Predicate<String> schoolBoardKnown) {
        Year thisYear = Year.of(thisMonth.getYear());
        List<FieldProblem> problems = new ArrayList<>();
        ContactDetails person = person(request.getFirstName(), request.getLastName(), request.getEmail(),
                request.getPhone(), request.getCountryOfResidence(), true, language, problems);
        String firstName = person.firstName();
        String lastName = person.lastName();
        String email = person.email();
        String country = person.countryOfResidence();
        String phone = person.phoneE164();
        String citizenship = country(request.getCitizenship(), "citizenship", problems);
        Integer birthYear = birthYear(request.getBirthYear() != null ? String.valueOf(request.getBirthYear())
                : request.getBirthYearTyped(), thisYear, problems);
        ValidInquiry.Guardian guardian = birthYear != null && underGuardianAge(birthYear, thisYear)
                ? guardian(request, problems) : null;
        Education education = choice(Education.class, request.getEducation(), "education", problems);
        FrenchLevel frenchLevel = choice(FrenchLevel.class, request.getFrenchLevel(), "frenchLevel", problems);
        HeardFrom heardFrom = choice(HeardFrom.class, request.getHeardFrom(), "heardFrom", problems);
        // A program's number is positive: a null, a zero or a negative number is no program, and is said rather
        // than stored as one the person asked about.
        if (request.getProgramIds().stream().anyMatch(id -> id == null || id < 1)) {
            problems.add(new FieldProblem("programIds", "inquiry.invalid.programId"));
        }
        List<Long> programIds = new ArrayList<>(new LinkedHashSet<>(request.getProgramIds().stream()
                .filter(id -> id != null && id > 0).toList()));
        if (programIds.size() > MOST_PROGRAMS) {
            problems.add(new FieldProblem("programIds", "inquiry.invalid.tooManyPrograms", MOST_PROGRAMS));
        }
        String schoolBoard = text(request.getSchoolBoard(), "schoolBoard", 60, false, problems);
        if (schoolBoard != null) {
            // An identifier is lower case; "CSS-du-Fjord" names the same centre.
            String typed = schoolBoard;
            schoolBoard = schoolBoard.toLowerCase(Locale.ROOT);
            if (!SLUG.matcher(schoolBoard).matches()
                    || schoolBoardKnown != null && !schoolBoardKnown.test(schoolBoard)) {
                problems.add(new FieldProblem("schoolBoard", "inquiry.invalid.unknownSchoolBoard", typed));
            }
        }
        // Read as people write it ("août 2027", "08/2027") and kept as the month it names ("2027-08").
        String intake = text(request.getPreferredIntake(), "preferredIntake", INTAKE_TYPED_MAX, false, problems);
        if (intake != null) {
            intake = IntakeMonths.read(intake).filter(month -> INTAKE.matcher(month).matches()).orElse(null);
            if (intake == null) {
                problems.add(new FieldProblem("preferredIntake", "inquiry.invalid.intake"));
            } else if (YearMonth.parse(intake).isBefore(thisMonth)) {
                // Months named as the person reads them ("novembre 2026"), not as codes.
                java.time.format.DateTimeFormatter month = java.time.format.DateTimeFormatter.ofPattern("MMMM uuuu",
                        language);
                problems.add(new FieldProblem("preferredIntake", "inquiry.invalid.intakePast",
                        month.format(YearMonth.parse(intake)), month.format(thisMonth)));
                intake = null;
            }
        }
        String message = text(request.getMessage(), "message", MESSAGE_MAX, false, problems);
        if (!request.isConsentToContact()) {
            problems.add(new FieldProblem("consentToContact", "inquiry.invalid.consentRequired"));
        }
        InquiryRequest.Attribution from = request.getAttribution();
        // Where the person came from, passed along by a partner's page and never typed by the person: a value longer
        // than its column is cut, never a reason to refuse the person's request (as the form cuts it too).
        String utmSource = clipped(from.getUtmSource(), ATTRIBUTION_MAX);
        String utmMedium = clipped(from.getUtmMedium(), ATTRIBUTION_MAX);
        String utmCampaign = clipped(from.getUtmCampaign(), ATTRIBUTION_MAX);
        String utmTerm = clipped(from.getUtmTerm(), ATTRIBUTION_MAX);
        String utmContent = clipped(from.getUtmContent(), ATTRIBUTION_MAX);
        String referrer = clipped(from.getReferrer(), ADDRESS_MAX);
        String landingPage = clipped(from.getLandingPage(), ADDRESS_MAX);
        String campaignCode = clipped(from.getCampaignCode(), CAMPAIGN_CODE_MAX);
        if (!problems.isEmpty()) {
            throw new InvalidInquiryException(problems);
        }
        return new ValidInquiry(firstName, lastName, email, normalizeEmail(email), phone, country, citizenship,
                birthYear, education, frenchLevel, List.copyOf(programIds), schoolBoard, intake, heardFrom, message,
                request.isConsentToNews(), language, utmSource, utmMedium, utmCampaign, utmTerm, utmContent,
                referrer, landingPage, campaignCode, guardian, viewerZone(request.getViewerZone()));
    }

    /**
     * The zone the person's browser reported ("Africa/Dakar"), kept when the time zone database knows it as a
     * region; anything else is no zone at all (the browser's own report, never typed by the person).
     */
    static String viewerZone(String reported) {
        if (reported == null || reported.isBlank() || reported.length() > 64 || !reported.contains("/")) {
            return null;
        }
        // By its name of today: a browser may report one the time zone database has replaced ("Asia/Saigon").
        return ca.tremplin.kernel.TimeZoneIds.current(reported).map(java.time.ZoneId::getId).orElse(null);
    }

    /**
     * Under 14 from the birth year alone: this year minus the birth year is less than 14. (The form asks for no
     * birth date, and asking for one to tell a 13-year-old from a 14-year-old born the same year would collect more
     * than the purpose needs.)
     */
    public static boolean underGuardianAge(int birthYear, Year thisYear) {
        return thisYear.getValue() - birthYear < GUARDIAN_AGE;
    }

    /**
     * The parent's or guardian's name, e-mail and consent, all three required for a person under 14; asked of no one
     * else, and not kept when given for someone older.
     */
    private static ValidInquiry.Guardian guardian(InquiryRequest request, List<FieldProblem> problems) {
        return guardian(request.getGuardianName(), request.getGuardianEmail(), request.isGuardianConsent(), problems);
    }

    private static ValidInquiry.Guardian guardian(String typedName, String typedEmail, boolean consent,
                                                  List<FieldProblem> problems) {
        int before = problems.size();
        String name = text(typedName, "guardianName", GUARDIAN_NAME_MAX, false, problems);
        int beforeEmail = problems.size();
        String email = email(typedEmail, "guardianEmail", false, "inquiry.invalid.guardianEmail", problems);
        // An address given but refused has its own message; "required" is for one not given at all.
        boolean emailMissing = email == null && problems.size() == beforeEmail;
        if (name == null || emailMissing || !consent) {
            // Said at the first of the three that is missing, where the person has to start.
            problems.add(new FieldProblem(name == null ? "guardianName" : emailMissing ? "guardianEmail"
                    : "guardianConsent", "inquiry.invalid.guardianRequired"));
        }
        return problems.size() == before ? new ValidInquiry.Guardian(name, email) : null;
    }

    /**
     * A person's details as an event registration, a quick capture or an imported row gives them, with the same
     * rules as a request's: names and e-mail required, phone read for the country of residence. The country is
     * required on public forms only ({@code countryRequired}); a list of attendees may not have it.
     *
     * @throws InvalidInquiryException naming every field that cannot be accepted
     */
    public static ContactDetails validateContact(String firstName, String lastName, String email, String phone,
                                                 String countryOfResidence, boolean countryRequired,
                                                 Locale language) {
        List<FieldProblem> problems = new ArrayList<>();
        ContactDetails person = person(firstName, lastName, email, phone, countryOfResidence, countryRequired,
                language, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInquiryException(problems);
        }
        return person;
    }

    /**
     * A person's details as {@link #validateContact} checks them, and, when the birth year the form asked for (it is
     * optional) makes them under 14, their parent's or guardian's name, e-mail and consent (null otherwise: nothing
     * typed in those fields is kept for an older person). Every problem of both is reported at once.
     *
     * @throws InvalidInquiryException naming every field that cannot be accepted
     */
    public static ValidContact validateContact(String firstName, String lastName, String email, String phone,
                                               String countryOfResidence, boolean countryRequired, Locale language,
                                               GuardianAnswers answers, Year thisYear) {
        List<FieldProblem> problems = new ArrayList<>();
        ContactDetails person = person(firstName, lastName, email, phone, countryOfResidence, countryRequired,
                language, problems);
        ValidInquiry.Guardian guardian = null;
        try {
            guardian = guardianFor(answers, thisYear);
        } catch (InvalidInquiryException invalid) {
            problems.addAll(invalid.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInquiryException(problems);
        }
        return new ValidContact(person, guardian);
    }

    /**
     * The parent's or guardian's consent a form asked beside a person's details, checked as {@link #validateContact(
     * String, String, String, String, String, boolean, Locale, GuardianAnswers, Year)} does: null when the person is
     * 14 or older or gave no birth year.
     *
     * @throws InvalidInquiryException naming the birth year or the guardian's fields
     */
    public static ValidInquiry.Guardian guardianFor(GuardianAnswers answers, Year thisYear) {
        List<FieldProblem> problems = new ArrayList<>();
        Integer birthYear = birthYear(answers.birthYear(), thisYear, problems);
        ValidInquiry.Guardian guardian = birthYear != null && underGuardianAge(birthYear, thisYear)
                ? guardian(answers.name(), answers.email(), answers.consent(), problems) : null;
        if (!problems.isEmpty()) {
            throw new InvalidInquiryException(problems);
        }
        return guardian;
    }

    /** A person's checked details, with their guardian's consent when they are under 14 (else null). */
    public record ValidContact(ContactDetails person, ValidInquiry.Guardian guardian) {
    }

    /** A birth year typed as text: blank is none; anything but a year between 1930 and this year is a problem. */
    private static Integer birthYear(String typed, Year thisYear, List<FieldProblem> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            int year = Integer.parseInt(typed.strip());
            if (year >= OLDEST_BIRTH_YEAR && year <= thisYear.getValue()) {
                return year;
            }
        } catch (NumberFormatException notANumber) {
            // Reported below, like a year out of range.
        }
        problems.add(new FieldProblem("birthYear", "inquiry.invalid.birthYear", String.valueOf(OLDEST_BIRTH_YEAR),
                String.valueOf(thisYear.getValue())));
        return null;
    }

    /**
     * A person as staff capture them (a walk-in at the door, a visitor at a stand): an e-mail, or else a phone, with
     * their name; someone who gives no address is still recorded, known by name and phone as imported lists are.
     *
     * @throws InvalidInquiryException naming every field that cannot be accepted
     */
    public static ContactDetails validateCapturedContact(String firstName, String lastName, String email,
                                                         String phone, String countryOfResidence, Locale language) {
        List<FieldProblem> problems = new ArrayList<>();
        ContactDetails person = person(firstName, lastName, email, phone, countryOfResidence, false, language,
                problems, false);
        if (problems.isEmpty() && person.emailNormalized() == null && person.phoneE164() == null) {
            problems.add(new FieldProblem("email", "inquiry.invalid.emailOrPhone"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInquiryException(problems);
        }
        return person;
    }

    private static ContactDetails person(String typedFirstName, String typedLastName, String typedEmail,
                                         String typedPhone, String typedCountry, boolean countryRequired,
                                         Locale language, List<FieldProblem> problems) {
        return person(typedFirstName, typedLastName, typedEmail, typedPhone, typedCountry, countryRequired, language,
                problems, true);
    }

    private static ContactDetails person(String typedFirstName, String typedLastName, String typedEmail,
                                         String typedPhone, String typedCountry, boolean countryRequired,
                                         Locale language, List<FieldProblem> problems, boolean emailRequired) {
        // Many people have one name only (in Indonesia, Myanmar, parts of Africa and South Asia; passports then print
        // it as the surname): either field may stay empty, not both. An empty one is kept as "", as imports keep it.
        String firstName = text(typedFirstName, "firstName", NAME_MAX, false, problems);
        String lastName = text(typedLastName, "lastName", NAME_MAX, false, problems);
        if (firstName == null && lastName == null && !hasProblem(problems, "firstName")
                && !hasProblem(problems, "lastName")) {
            problems.add(new FieldProblem("lastName", "inquiry.invalid.nameRequired"));
        }
        firstName = firstName == null ? "" : firstName;
        lastName = lastName == null ? "" : lastName;
        String email = email(typedEmail, "email", emailRequired, "inquiry.invalid.email", problems);
        String country = countryRequired || (typedCountry != null && !typedCountry.isBlank())
                ? country(typedCountry, "countryOfResidence", problems) : null;
        String phone = null;
        String phoneText = text(typedPhone, "phone", 40, false, problems);
        if (phoneText != null) {
            Optional<String> e164 = PhoneNumbers.toE164(phoneText, country);
            if (e164.isEmpty() && hasProblem(problems, "countryOfResidence") && mayBeNational(phoneText)) {
                // A national number ("06 12 34 56 78") is read with the country of residence, which the person has
                // yet to choose: telling them to rewrite a number that may be right would send them the wrong way.
                // It is read once the country is chosen.
            } else if (e164.isEmpty()) {
                problems.add(new FieldProblem("phone", "inquiry.invalid.phone"));
            } else {
                phone = e164.get();
            }
        }
        return new ContactDetails(firstName, lastName, email, normalizeEmail(email), phone, country, null, language);
    }

    /** Consent to be contacted is what every form asks for: without it, nothing is recorded. */
    public static void requireConsentToContact() {
        throw new InvalidInquiryException(List.of(new FieldProblem("consentToContact",
                "inquiry.invalid.consentRequired")));
    }

    /** How a returning person is recognised: {@link ContactDetails#normalizeEmail}. */
    public static String normalizeEmail(String email) {
        return ContactDetails.normalizeEmail(email);
    }

    public static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code);
    }

    /**
     * Free text a form may leave empty (a message): control characters but line breaks and tabs dropped, blank is
     * none, longer than {@code max} characters a problem of the field.
     */
    public static String optionalText(String value, String field, int max, List<FieldProblem> problems) {
        return text(value, field, max, false, problems);
    }

    /**
     * A centre named in a link ({@code ?css=CSS-du-Fjord}, {@code ?css=css_du_fjord}) as its slug; null when it cannot
     * be one, so that a mistyped link sends the request to the coordinating organisation instead of refusing a form
     * the visitor cannot correct.
     */
    static String schoolBoardOfLink(String css) {
        if (css == null) {
            return null;
        }
        String slug = css.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
        return slug.length() <= 60 && SLUG.matcher(slug).matches() ? slug : null;
    }

    /**
     * A number that some country's national numbering could read: typed without a country code ("+33 …", "0033 …",
     * which need no country of residence), with as many digits as a national number has (7 to 15; "12" is none).
     */
    private static boolean mayBeNational(String phone) {
        String typed = phone.strip();
        long digits = typed.codePoints().filter(Character::isDigit).count();
        return !typed.startsWith("+") && !typed.startsWith("\uFF0B") && !typed.startsWith("00")
                && digits >= 7 && digits <= 15;
    }

    private static boolean hasProblem(List<FieldProblem> problems, String field) {
        return problems.stream().anyMatch(problem -> problem.field().equals(field));
    }

    /** A value cleaned as typed text is, then cut to {@code max} characters (never inside a character). */
    static String clipped(String value, int max) {
        String stripped = ContactDetails.cleanText(value);
        if (stripped == null || stripped.isEmpty()) {
            return null;
        }
        return stripped.codePointCount(0, stripped.length()) <= max ? stripped
                : stripped.substring(0, stripped.offsetByCodePoints(0, max));
    }

    private static String text(String value, String field, int max, boolean required, List<FieldProblem> problems) {
        // A line break counts one character, as the form's maxlength counts it; blanks and invisible characters
        // around a value are no value (ContactDetails.cleanText, the one cleaning of what people type).
        String stripped = ContactDetails.cleanText(value);
        if (stripped == null || stripped.isEmpty()) {
            if (required) {
                problems.add(new FieldProblem(field, "inquiry.invalid.required"));
            }
            return null;
        }
        if (stripped.codePointCount(0, stripped.length()) > max) {
            problems.add(new FieldProblem(field, "inquiry.invalid.tooLong", max));
            return null;
        }
        return stripped;
    }

    /**
     * An e-mail address cleaned of what people paste with it (one of invisible characters alone becomes "", which the
     * check refuses), or null with the problem said. Its length is checked again once cleaned: the cleaning's
     * compatibility normalisation (NFKC) writes some characters as several ("\uFB00" as "ff", "\u338F" as "kg"), and
     * an address grown past the column would fail at the insert rather than on the form.
     */
    private static String email(String typed, String field, boolean required, String invalidKey,
                                List<FieldProblem> problems) {
        String email = ContactDetails.cleanEmail(text(typed, field, EMAIL_MAX, required, problems));
        if (email == null) {
            return null;
        }
        if (email.codePointCount(0, email.length()) > EMAIL_MAX) {
            problems.add(new FieldProblem(field, "inquiry.invalid.tooLong", EMAIL_MAX));
            return null;
        }
        if (!EMAIL.matcher(email).matches()) {
            problems.add(new FieldProblem(field, invalidKey));
            return null;
        }
        return email;
    }

    private static String country(String value, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "inquiry.invalid.required"));
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!isCountry(code)) {
            problems.add(new FieldProblem(field, "inquiry.invalid.country"));
            return null;
        }
        return code;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field,
                                                List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            problems.add(new FieldProblem(field, "inquiry.invalid.choice"));
            return null;
        }
    }
}
