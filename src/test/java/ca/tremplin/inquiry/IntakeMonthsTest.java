package ca.tremplin.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IntakeMonthsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2027-08|2027-08", "2027-8|2027-08", "2027/08|2027-08", "08/2027|2027-08", "8-2027|2027-08",
        "août 2027|2027-08", "Aout 2027|2027-08", "August 2027|2027-08", "Aug. 2027|2027-08",
        "septembre 2027|2027-09", "Sept 2027|2027-09", "janvier 2028|2028-01", "janv. 2028|2028-01",
        "mai 2027|2027-05", "May, 2027|2027-05", "février 2028|2028-02", "FÉVR. 2028|2028-02",
        "juillet 2027|2027-07", "June 2027|2027-06", "décembre 2027|2027-12", "Dec 2027|2027-12",
        "août de 2027|2027-08", "mars 2028|2028-03", "March 2028|2028-03"})
    void readsTheMonthAsPeopleWriteIt(String typed, String month) {
        assertEquals(Optional.of(month), IntakeMonths.read(typed), typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "2027", "2027-13", "13/2027", "jui 2027", "ju 2027", "l'an prochain",
        "August", "1999-08", "2027-08-15"})
    void leavesWhatNamesNoSingleMonth(String typed) {
        assertEquals(Optional.empty(), IntakeMonths.read(typed), typed);
    }
}
