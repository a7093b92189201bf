package ca.tremplin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.event.CapturedPerson;
import ca.tremplin.inquiry.InquiryRequest;
import ca.tremplin.kernel.Languages;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A JSON body is bound only when it is JSON of the right shape; otherwise the caller learns where the JSON breaks,
 * or which members are unknown or of the wrong kind, in their language.
 */
class JsonBodyReaderTest {

    @Test
    void aWellFormedRequestIsBoundWithItsNestedMembers() throws Exception {
        InquiryRequest request = (InquiryRequest) read("""
                {"firstName": "Awa", "birthYear": 2001, "programIds": [3, 4], "consentToContact": true,
                 "attribution": {"utmSource": "partenaire"}}""", InquiryRequest.class);

        assertEquals("Awa", request.getFirstName());
        assertEquals(2001, request.getBirthYear());
        assertEquals(List.of(3L, 4L), request.getProgramIds());
        assertEquals("partenaire", request.getAttribution().getUtmSource());
    }

    @Test
    void malformedJsonSaysWhereItBreaksInTheCallersLanguage() {
        MalformedBodyException malformed = assertThrows(MalformedBodyException.class,
                () -> read("{\"firstName\": \"Awa\",\n \"lastName\": ,}", InquiryRequest.class));

        assertEquals(2, malformed.line());
        assertEquals(14, malformed.column());
        assertEquals("The request body is not valid JSON: error at line 2, column 14.",
                Problems.malformedJson(Languages.ENGLISH, malformed.line(), malformed.column()).detail());
        assertEquals("Le corps de la requête n’est pas du JSON valide : erreur à la ligne 2, colonne 14.",
                Problems.malformedJson(Languages.FRENCH, malformed.line(), malformed.column()).detail());
    }

    @Test
    void anEmptyBodyOrInvalidUtf8IsMalformedToo() {
        assertThrows(MalformedBodyException.class, () -> read("", InquiryRequest.class));
        byte[] latin1 = "{\"firstName\": \"Ren\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(MalformedBodyException.class,
                () -> JsonBodyReader.read(new ByteArrayInputStream(latin1), InquiryRequest.class, InquiryRequest.class));
    }

    @Test
    void aMemberGivenTwiceIsNamedRatherThanTheLastValueTakenSilently() {
        MalformedBodyException twice = assertThrows(MalformedBodyException.class,
                () -> read("{\"email\": \"awa@example.sn\",\n \"email\": \"autre@example.sn\"}", InquiryRequest.class));
        assertEquals("email", twice.repeatedMember());
        assertEquals("Le champ « email » est donné deux fois (la seconde à la ligne 2) : donnez-le une seule fois.",
                Problems.repeatedMember(Languages.FRENCH, "email", twice.line(), twice.column()).detail());
        assertEquals("The member \"email\" is given twice (the second time on line 2): give it once.",
                Problems.repeatedMember(Languages.ENGLISH, "email", twice.line(), twice.column()).detail());
    }

    @Test
    void aNumberLongerThanTheReaderTakesIsSaidSoWhateverMemberHoldsIt() {
        for (String body : List.of("{\"birthYear\": 1" + "0".repeat(1100) + "}",
                "{\"unknown\": -0." + "1".repeat(1200) + "}")) {
            MalformedBodyException tooLong = assertThrows(MalformedBodyException.class,
                    () -> read(body, InquiryRequest.class));
            assertTrue(tooLong.isNumberTooLong());
        }
        assertTrue(Problems.numberTooLong(Languages.FRENCH).detail().contains("nombre trop long"));
        assertTrue(Problems.numberTooLong(Languages.ENGLISH).detail().contains("number that is too long"));
    }

    @Test
    void aBodyNestedThousandsOfLevelsDeepIsRefusedBeforeATreeIsBuilt() {
        MalformedBodyException deep = assertThrows(MalformedBodyException.class,
                () -> read("[".repeat(100_000), InquiryRequest.class));

        assertEquals(1, deep.line());
        assertTrue(deep.column() <= JsonBodyReader.MOST_NESTING + 2, "refused where it went too deep: " + deep.column());
        assertTrue(deep.isTooDeep());
    }

    /** Valid JSON only too deep is said to be so, not "not valid JSON", which would send the caller hunting. */
    @Test
    void aValidBodyNestedTooDeepIsSaidToBeSo() {
        String twenty = "[".repeat(20) + "]".repeat(20);
        MalformedBodyException deep = assertThrows(MalformedBodyException.class,
                () -> read(twenty, InquiryRequest.class));

        assertTrue(deep.isTooDeep());
        assertEquals("The JSON nests arrays and objects more than 16 levels deep (line 1, column " + deep.column()
                + "): no request of this API nests more than two.",
                Problems.tooDeep(Languages.ENGLISH, deep.line(), deep.column()).detail());
        assertTrue(Problems.tooDeep(Languages.FRENCH, deep.line(), deep.column()).detail()
                .startsWith("Le JSON imbrique tableaux et objets sur plus de 16 niveaux"));
    }

    @Test
    void unknownAndMistypedMembersAreNamedOneByOne() {
        InvalidBodyException invalid = assertThrows(InvalidBodyException.class, () -> read("""
                {"firstName": ["Awa"], "bogus": 1, "birthYear": "deux mille", "programIds": [1, "x"],
                 "consentToContact": "yes", "attribution": {"utmSauce": "x"}, "lastName": 12}""",
                InquiryRequest.class));

        Map<String, String> messages = Problems.invalidBody(Languages.ENGLISH, invalid.mismatches()).errors().stream()
                .collect(Collectors.toMap(ParameterError::parameter, ParameterError::message));
        assertEquals(Map.of("firstName", "Text is expected.",
                "bogus", "Unknown field: remove it or check its name.",
                "birthYear", "A whole number is expected, within the limits of the field.",
                "programIds", "A whole number is expected, within the limits of the field.",
                "consentToContact", "The value true or false is expected.",
                "attribution.utmSauce", "Unknown field: remove it or check its name.",
                "lastName", "Text is expected."), messages);
    }

    @Test
    void numbersBeyondTheFieldAreRefusedRatherThanTruncated() {
        for (String year : List.of("99999999999", "1e400", "2001.5", "null")) {
            InvalidBodyException invalid = assertThrows(InvalidBodyException.class,
                    () -> read("{\"consentToContact\": " + (year.equals("null") ? "null" : "true")
                            + ", \"birthYear\": " + (year.equals("null") ? "1" : year) + "}", InquiryRequest.class),
                    year);
            assertEquals(1, invalid.mismatches().size(), year);
        }
    }

    @Test
    void aQuickCaptureIsCheckedByTheSameRules() {
        InvalidBodyException invalid = assertThrows(InvalidBodyException.class,
                () -> read("{\"firstName\": \"Awa\", \"notes\": \"x\"}", CapturedPerson.class));

        assertEquals("notes", invalid.mismatches().get(0).name());
    }

    private static Object read(String json, Class<?> type) throws Exception {
        return JsonBodyReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), type, type);
    }
}
