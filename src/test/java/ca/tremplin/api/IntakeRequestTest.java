package ca.tremplin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class IntakeRequestTest {

    @Test
    void readsAProgramIdAndAnIsoDate() {
        IntakeRequest request = IntakeRequest.read("130", "2026-09-01");

        assertEquals(130, request.programId());
        assertEquals(LocalDate.of(2026, 9, 1), request.from());
    }

    @Test
    void withoutADateTheIntakesStartFromToday() {
        assertNull(IntakeRequest.read("130", null).from());
        assertNull(IntakeRequest.read("130", "").from());
    }

    @Test
    void aMissingProgramAndAMalformedDateAreRefusedTogether() {
        InvalidParametersException refused = assertThrows(InvalidParametersException.class,
                () -> IntakeRequest.read(null, "01/09/2026"));

        assertEquals(List.of(InvalidParameter.missing("program"), InvalidParameter.malformed("from", "01/09/2026")),
                refused.parameters());
    }

    @Test
    void aNonNumericProgramAndAnImpossibleDateAreMalformed() {
        InvalidParametersException refused = assertThrows(InvalidParametersException.class,
                () -> IntakeRequest.read("abc", "2026-02-30"));

        assertEquals(List.of(InvalidParameter.malformed("program", "abc"),
                InvalidParameter.malformed("from", "2026-02-30")), refused.parameters());
    }

    @Test
    void programIdsAreDigitsThatFitALong() {
        assertEquals(OptionalLong.of(42), ProgramIds.parse("42"));
        assertEquals(OptionalLong.empty(), ProgramIds.parse("-1"));
        assertEquals(OptionalLong.empty(), ProgramIds.parse("4e2"));
        assertEquals(OptionalLong.empty(), ProgramIds.parse("99999999999999999999"));
        assertEquals(OptionalLong.empty(), ProgramIds.parse(null));
    }
}
