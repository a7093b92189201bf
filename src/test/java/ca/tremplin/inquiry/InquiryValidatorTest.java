package ca.tremplin.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.Languages;
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
        assertEquals(Map.of("firstName", "inquiry.invalid.required", "lastName", "inquiry.invalid.required",
                "email", "inquiry.invalid.email", "phone", "inquiry.invalid.phone",
                "countryOfResidence", "inquiry.invalid.country", "citizenship", "inquiry.invalid.required",
                "birthYear", "inquiry.invalid.birthYear", "frenchLevel", "inquiry.invalid.choice",
                "message", "inquiry.invalid.tooLong", "consentToContact", "inquiry.invalid.consentRequired"), byField);
        assertEquals("Une année entre 1930 et 2026.", invalid.problems().stream()
                .filter(p -> p.field().equals("birthYear")).findFirst().orElseThrow().message(Languages.FRENCH));
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

        assertEquals(List.of("guardianConsent"), refused.problems().stream().map(FieldProblem::field).toList());
        assertEquals("Under 14: a parent or guardian must give their name and e-mail and tick their consent.",
                refused.problems().get(0).message(Languages.ENGLISH));
        child.setGuardianEmail("lan@example");
        child.setGuardianConsent(true);
        assertEquals(List.of("guardianEmail"), assertThrows(InvalidInquiryException.class,
                () -> InquiryValidator.validate(child, Languages.ENGLISH, THIS_YEAR)).problems().stream()
                .map(FieldProblem::field).toList(), "a guardian's address that cannot receive mail");
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
