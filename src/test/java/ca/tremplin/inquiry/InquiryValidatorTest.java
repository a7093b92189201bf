package ca.tremplin.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
        request.setBirthYear(2020);
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
        assertEquals("Une année entre 1930 et 2012.", invalid.problems().stream()
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
