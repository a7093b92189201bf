package ca.tremplin.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.Languages;
import ca.tremplin.person.ContactDetails;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rules shared by the form and the API: every bad field is named, good values come out normalised. */
class InquiryValidatorTest {

    private static final Year THIS_YEAR = Year.of(2026);

    @Test
    void aCompleteRequestIsNormalised() {
        ValidInquiry valid = InquiryValidator.validate(complete(), Languages.ENGLISH, THIS_YEAR);

        assertEquals("Nguyễn", valid.lastName(), "accents and any script kept as typed");
        assertEquals("thi.hoa@example.vn", valid.emailNormalized());
        assertEquals("  Thi.Hoa@Example.VN ".strip(), valid.email());
        assertEquals("+84912345678", valid.phoneE164());
        assertEquals("VN", valid.countryOfResidence());
        assertEquals(FrenchLevel.B1, valid.frenchLevel());
        assertEquals(List.of(7L, 9L), valid.programIds(), "duplicates dropped, order kept");
    }

    /**
     * A student in Morocco types their mobile as they always do, "06 12 34 56 78", and forgets the country: they are
     * asked for the country only, not told their number is wrong and to rewrite it, and once the country is chosen
     * the same number is read.
     */
    @Test
    void aNationalNumberTypedBeforeTheCountryIsChosenIsNotCalledWrong() {
        InquiryRequest request = complete();
        request.setCountryOfResidence(null);
        request.setPhone("06 12 34 56 78");
        InvalidInquiryException refused = assertThrows(InvalidInquiryException.class,
                () -> InquiryValidator.validate(request, Languages.FRENCH, THIS_YEAR));
        assertEquals(List.of("countryOfResidence"), refused.problems().stream().map(FieldProblem::field).toList());
        InvalidInquiryException registration = assertThrows(InvalidInquiryException.class,
                () -> InquiryValidator.validateContact("Amine", "Benali", "amine@example.ma", "06 12 34 56 78", "",
                        true, Languages.FRENCH));
        assertEquals(List.of("countryOfResidence"),
                registration.problems().stream().map(FieldProblem::field).toList());

        request.setCountryOfResidence("MA");
        assertEquals("+212612345678", InquiryValidator.validate(request, Languages.FRENCH, THIS_YEAR).phoneE164());

        // A number that cannot be right whatever the country, or one given with its country code, is said at once.
        request.setCountryOfResidence(null);
        request.setPhone("+33 6 12");
        InvalidInquiryException wrong = assertThrows(InvalidInquiryException.class,
                () -> InquiryValidator.validate(request, Languages.FRENCH, THIS_YEAR));
        assertEquals(List.of("countryOfResidence", "phone"),
                wrong.problems().stream().map(FieldProblem::field).toList());
    }

    @Test
    void aProgramNumberThatNamesNoProgramIsSaidNotStored() {
        InquiryRequest request = complete();
        request.setProgramIds(new java.util.ArrayList<>(java.util.Arrays.asList(3L, 3L, -5L, 0L, null)));
        InvalidInquiryException refused = assertThrows(InvalidInquiryException.class,
                () -> InquiryValidator.validate(request, Languages.ENGLISH, THIS_YEAR));
        assertEquals(List.of("programIds"), refused.problems().stream().map(FieldProblem::field).toList());
        assertEquals("Each program is named by its number, a positive whole number.",
                refused.problems().get(0).message(Languages.ENGLISH));
    }

    @Test
    void anAddressHoldingWhatAMailHeaderGivesMeaningToIsNoAddress() {
        for (String typed : List.of("<script>alert(1)</script>@evil.com", "awa,ndiaye@example.sn",
                "Awa Ndiaye <awa@example.sn>x", "awa@exa(mple).sn", "\"awa\"@example.sn")) {
            InquiryRequest request = complete();
            request.setEmail(typed);
            InvalidInquiryException refused = assertThrows(InvalidInquiryException.class,
                    () -> InquiryValidator.validate(request, Languages.ENGLISH, THIS_YEAR), typed);
            assertEquals(List.of("email"), refused.problems().stream().map(FieldProblem::field).toList(), typed);
        }
        InquiryRequest plus = complete();
        plus.setEmail("awa.ndiaye+tremplin@exemple.sn");
        assertEquals("awa.ndiaye+tremplin@exemple.sn", InquiryValidator.validate(plus, Languages.ENGLISH, THIS_YEAR)
                .emailNormalized());
    }

    /** A partner's form that sends an intake already past (a stale list of months) is told so, in both languages. */
    @Test
    void anIntakeAlreadyPastIsRefusedAndThisMonthIsKept() {
        InquiryRequest request = complete();
        request.setPreferredIntake("2019-01");
        InvalidInquiryException refused = assertThrows(InvalidInquiryException.class,
                () -> InquiryValidator.validate(request, Languages.ENGLISH, java.time.YearMonth.of(2026, 12)));
        assertEquals(List.of("preferredIntake"), refused.problems().stream().map(FieldProblem::field).toList());
        assertEquals("The intake January 2019 is already past: give a month from December 2026 on.",
                refused.problems().get(0).message(Languages.ENGLISH), "the months as the person reads them");
        InvalidInquiryException inFrench = assertThrows(InvalidInquiryException.class,
                () -> InquiryValidator.validate(request, Languages.FRENCH, java.time.YearMonth.of(2026, 12)));
        assertEquals("La rentrée janvier 2019 est déjà passée : indiquez un mois à partir de décembre 2026.",
                inFrench.problems().get(0).message(Languages.FRENCH));
        request.setPreferredIntake("novembre 2026");
        assertThrows(InvalidInquiryException.class,
                () -> InquiryValidator.validate(request, Languages.FRENCH, java.time.YearMonth.of(2026, 12)));
        request.setPreferredIntake("décembre 2026");
        assertEquals("2026-12", InquiryValidator.validate(request, Languages.FRENCH, java.time.YearMonth.of(2026, 12))
                .preferredIntake());
    }

    @Test
    void anIntakeWrittenInWordsIsKeptAsTheMonthItNames() {
        InquiryRequest request = complete();
        request.setPreferredIntake("août 2027");
        assertEquals("2027-08", InquiryValidator.validate(request, Languages.FRENCH, THIS_YEAR).preferredIntake());
        request.setPreferredIntake("next summer");
        InvalidInquiryException refused = assertThrows(InvalidInquiryException.class,
                () -> InquiryValidator.validate(request, Languages.ENGLISH, THIS_YEAR));
        assertEquals(List.of("preferredIntake"), refused.problems().stream().map(FieldProblem::field).toList());
        assertEquals("Give a month and a year, for example August 2027 or 2027-08.",
                refused.problems().get(0).message(Languages.ENGLISH));
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        InquiryRequest request = new InquiryRequest();
        request.setEmail("not-an-email");
        request.setPhone("12");
        request.setCountryOfResidence("XX");
        request.setBirthYear(2027);
        request.setFrenchLevel("D9");
        request.setMessage("x".repeat(2001));

        InvalidInquiryException invalid = assertThrows(InvalidInquiryException.class,
                () -> InquiryValidator.validate(request, Languages.FRENCH, THIS_YEAR));

        Map<String, String> byField = invalid.problems().stream()
                .collect(Collectors.toMap(FieldProblem::field, FieldProblem::messageKey));
        assertEquals(Map.of("lastName", "inquiry.invalid.nameRequired",
                "email", "inquiry.invalid.email", "phone", "inquiry.invalid.phone",
                "countryOfResidence", "inquiry.invalid.country", "citizenship", "inquiry.invalid.required",
                "birthYear", "inquiry.invalid.birthYear", "frenchLevel", "inquiry.invalid.choice",
                "message", "inquiry.invalid.tooLong", "consentToContact", "inquiry.invalid.consentRequired"), byField);
        assertEquals("Une année entre 1930 et 2026.", invalid.problems().stream()
                .filter(p -> p.field().equals("birthYear")).findFirst().orElseThrow().message(Languages.FRENCH));
    }

    @Test
    void aPersonWithOneNameOnlyIsAcceptedWhicheverFieldHoldsItAndGreetedByIt() {
        InquiryRequest surnameOnly = complete();
        surnameOnly.setFirstName(" ");
        surnameOnly.setLastName("Sukarno");
        InquiryRequest givenOnly = complete();
        givenOnly.setFirstName("Aung");
        givenOnly.setLastName(null);

        ValidInquiry bySurname = InquiryValidator.validate(surnameOnly, Languages.FRENCH, THIS_YEAR);
        ValidInquiry byGiven = InquiryValidator.validate(givenOnly, Languages.FRENCH, THIS_YEAR);

        assertEquals(List.of("", "Sukarno"), List.of(bySurname.firstName(), bySurname.lastName()));
        assertEquals(List.of("Aung", ""), List.of(byGiven.firstName(), byGiven.lastName()));
        assertEquals("Sukarno", ContactDetails.addressedAs(bySurname.firstName(), bySurname.lastName()));
        assertEquals("Aung", ContactDetails.fullName(byGiven.firstName(), byGiven.lastName()));
    }

    @Test
    void withNoNameAtAllTheNameFieldSaysSoInTheVisitorsLanguage() {
        InquiryRequest nameless = complete();
        nameless.setFirstName("\u200B");
        nameless.setLastName("");

        InvalidInquiryException invalid = assertThrows(InvalidInquiryException.class,
                () -> InquiryValidator.validate(nameless, Languages.ENGLISH, THIS_YEAR));

        assertEquals(List.of("lastName"), invalid.problems().stream().map(FieldProblem::field).toList());
        assertEquals("Enter your name (one is enough if you have only one).",
                invalid.problems().get(0).message(Languages.ENGLISH));
        assertEquals("Indiquez votre nom (un seul suffit si vous n’en avez qu’un).",
                invalid.problems().get(0).message(Languages.FRENCH));
    }

    @Test
    void theSameRequestHasTheSameFingerprintAndAnotherOneDoesNot() {
        String first = InquiryValidator.validate(complete(), Languages.ENGLISH, THIS_YEAR).fingerprint();
        InquiryRequest changed = complete();
        changed.setMessage("Another question");

        assertEquals(first, InquiryValidator.validate(complete(), Languages.ENGLISH, THIS_YEAR).fingerprint());
        assertEquals(false, first.equals(InquiryValidator.validate(changed, Languages.ENGLISH, THIS_YEAR).fingerprint()));
    }

    @Test
    void someoneUnderFourteenFromTheBirthYearIsRefusedWithoutAParentOrGuardiansConsent() {
        InquiryRequest child = complete();
        child.setBirthYear(2013);
        child.setGuardianName("Lan Nguyễn");

        InvalidInquiryException refused = assertThrows(InvalidInquiryException.class,
                () -> InquiryValidator.validate(child, Languages.ENGLISH, THIS_YEAR));

        assertEquals(List.of("guardianEmail"), refused.problems().stream().map(FieldProblem::field).toList(),
                "said at the first of the three that is missing");
        assertEquals("Under 14: a parent or guardian must give their name and e-mail and tick their consent.",
                refused.problems().get(0).message(Languages.ENGLISH));
        child.setGuardianEmail("lan@example");
        child.setGuardianConsent(true);
        assertEquals(List.of("guardianEmail"), assertThrows(InvalidInquiryException.class,
                () -> InquiryValidator.validate(child, Languages.ENGLISH, THIS_YEAR)).problems().stream()
                .map(FieldProblem::field).toList(), "a guardian's address that cannot receive mail");
    }

    @Test
    void anAddressThatGrowsWhenCleanedIsMeasuredAsItWouldBeStored() {
        // "\uFB00" (the ff ligature) is one character typed and two once cleaned (NFKC): 200 of them are 212
        // characters as typed and 412 as stored, past the column's 254.
        String grown = "\uFB00".repeat(200) + "@example.com";
        InquiryRequest request = complete();
        request.setEmail(grown);
        InvalidInquiryException refused = assertThrows(InvalidInquiryException.class,
                () -> InquiryValidator.validate(request, Languages.FRENCH, THIS_YEAR));
        assertEquals(List.of("email"), refused.problems().stream().map(FieldProblem::field).toList());
        assertEquals("inquiry.invalid.tooLong", refused.problems().get(0).messageKey());

        InquiryRequest child = complete();
        child.setBirthYear(2013);
        child.setGuardianName("Lan Nguyễn");
        child.setGuardianConsent(true);
        child.setGuardianEmail(grown);
        InvalidInquiryException guardian = assertThrows(InvalidInquiryException.class,
                () -> InquiryValidator.validate(child, Languages.ENGLISH, THIS_YEAR));
        assertEquals(List.of("guardianEmail"), guardian.problems().stream().map(FieldProblem::field).toList(),
                "one message: too long, not also \"required\"");
        assertEquals("inquiry.invalid.tooLong", guardian.problems().get(0).messageKey());

        InquiryRequest fits = complete();
        fits.setEmail("\uFB00".repeat(100) + "@example.com");
        assertEquals("ff".repeat(100) + "@example.com",
                InquiryValidator.validate(fits, Languages.FRENCH, THIS_YEAR).emailNormalized());
    }

    @Test
    void aGuardiansConsentIsKeptForSomeoneUnderFourteenAndForNoOneElse() {
        InquiryRequest child = complete();
        child.setBirthYear(2013);
        child.setGuardianName(" Lan Nguyễn ");
        child.setGuardianEmail("lan@example.vn");
        child.setGuardianConsent(true);
        assertEquals(new ValidInquiry.Guardian("Lan Nguyễn", "lan@example.vn"),
                InquiryValidator.validate(child, Languages.FRENCH, THIS_YEAR).guardian());

        child.setBirthYear(2012);
        assertNull(InquiryValidator.validate(child, Languages.FRENCH, THIS_YEAR).guardian(),
                "14 this year: the person consents alone, and the guardian's details are not kept");
        assertTrue(InquiryValidator.underGuardianAge(2013, THIS_YEAR));
        assertFalse(InquiryValidator.underGuardianAge(2012, THIS_YEAR));
    }

    @Test
    void invisibleCharactersAroundAValueAreNoValueAndALineBreakCountsOnce() {
        InquiryRequest pasted = complete();
        pasted.setFirstName("Awa\u00A0");
        pasted.setLastName("\u200BNdiaye");
        pasted.setEmail("\u00A0awa.ndiaye@exemple.sn\u200B");
        pasted.setMessage("a".repeat(995) + "\r\n".repeat(10) + "a".repeat(995));
        ValidInquiry valid = InquiryValidator.validate(pasted, Languages.FRENCH, THIS_YEAR);
        assertEquals("Awa", valid.firstName());
        assertEquals("Ndiaye", valid.lastName());
        assertEquals("awa.ndiaye@exemple.sn", valid.email());
        assertEquals(2000, valid.message().length(), "as the form's maxlength counts: a line break is one");

        InquiryRequest blank = complete();
        blank.setFirstName("\u00A0\u200B\uFEFF");
        blank.setLastName("\u200B ");
        InvalidInquiryException refused = assertThrows(InvalidInquiryException.class,
                () -> InquiryValidator.validate(blank, Languages.FRENCH, THIS_YEAR));
        assertTrue(refused.problems().stream().anyMatch(p -> p.field().equals("lastName")));
    }

    @Test
    void aCentreNamedInALinkIsReadAsItsSlugOrLeftOut() {
        assertEquals("css-du-fjord", InquiryValidator.schoolBoardOfLink(" CSS-du-Fjord "));
        assertEquals("css-du-fjord", InquiryValidator.schoolBoardOfLink("css_du_fjord"));
        assertNull(InquiryValidator.schoolBoardOfLink("<script>"));
        assertNull(InquiryValidator.schoolBoardOfLink(null));
    }

    /**
     * Where the person came from, as a partner's page passes it along (a landing page of 559 characters, with its
     * click identifiers): cut to its column, never a reason to refuse what the person asked.
     */
    @Test
    void aPartnersLongTrackingValuesAreCutNotARefusal() {
        InquiryRequest request = complete();
        InquiryRequest.Attribution attribution = new InquiryRequest.Attribution();
        String landing = "https://partenaire.example/etudier-au-quebec?utm_source=facebook&fbclid=" + "IwAR".repeat(120);
        attribution.setLandingPage(landing);
        attribution.setUtmCampaign("salon-" + "é".repeat(250));
        attribution.setCampaignCode("c".repeat(70));
        attribution.setUtmSource("😀".repeat(201));
        request.setAttribution(attribution);

        ValidInquiry valid = InquiryValidator.validate(request, Languages.ENGLISH, THIS_YEAR);

        assertEquals(landing.substring(0, 500), valid.landingPage());
        assertEquals(200, valid.utmCampaign().length());
        assertEquals("c".repeat(60), valid.campaignCode());
        assertEquals("😀".repeat(200), valid.utmSource(), "cut between characters, never inside one");
    }

    static InquiryRequest complete() {
        InquiryRequest request = new InquiryRequest();
        request.setFirstName(" Thị Hoa ");
        request.setLastName("Nguyễn");
        request.setEmail("  Thi.Hoa@Example.VN ");
        request.setPhone("+84 91 234 56 78");
        request.setCountryOfResidence("vn");
        request.setCitizenship("VN");
        request.setBirthYear(2001);
        request.setFrenchLevel("B1");
        request.setProgramIds(new java.util.ArrayList<>(List.of(7L, 9L, 7L)));
        request.setConsentToContact(true);
        return request;
    }
}
