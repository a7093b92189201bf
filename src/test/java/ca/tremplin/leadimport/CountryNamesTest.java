package ca.tremplin.leadimport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryNamesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "SN|SN", "sn|SN", "SEN|SN", "Senegal|SN", "Sénégal|SN", " SÉNÉGAL |SN",
            "CAN|CA", "Canada|CA", "Québec|CA",
            "USA|US", "U.S.A.|US", "United States of America|US", "États-Unis|US",
            "CIV|CI", "Côte d’Ivoire|CI", "Cote d'Ivoire|CI", "Côte-d'Ivoire|CI", "Ivory Coast|CI",
            "COD|CD", "RDC|CD", "DR Congo|CD", "Congo, The Democratic Republic of the|CD", "Congo-Kinshasa|CD",
            "Congo-Brazzaville|CG", "Republic of the Congo|CG",
            "Korea, Republic of|KR", "South Korea|KR", "Corée du Sud|KR",
            "Viet Nam|VN", "Vietnam|VN", "the Gambia|GM", "La Guinée|GN", "Cabo Verde|CV", "Cape Verde|CV",
            "UK|GB", "Royaume-Uni|GB", "MAR|MA", "Maroc|MA", "Morocco|MA", "Tunisie|TN", "Haïti|HT",
            "Trinidad & Tobago|TT", "Türkiye|TR", "Iran, Islamic Republic of|IR"})
    void namesCodesAndEverydayNamesAreRead(String written, String code) {
        assertEquals(Optional.of(code), CountryNames.code(written));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Brasil|BR", "México|MX", "Mexico|MX", "España|ES", "Colombia|CO", "Perú|PE", "Deutschland|DE",
            "Italia|IT", "Marruecos|MA", "Argélia|DZ", "المغرب|MA", "الجزائر|DZ", "تونس|TN", "中国|CN", "Việt Nam|VN",
            "Türkiye|TR", "Україна|UA", "Polska|PL", "România|RO", "Ayiti|HT"})
    void namesInThePeoplesOwnLanguagesAreRead(String written, String code) {
        assertEquals(Optional.of(code), CountryNames.code(written));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "'Quebec, Canada'|CA", "'Dakar, Sénégal'|SN", "'Casablanca, Maroc'|MA", "'Lagos, Nigeria'|NG",
            "'São Paulo, Brasil'|BR", "'Georgia, USA'|US"})
    void aPlaceBeforeItsCountryIsReadByTheCountry(String written, String code) {
        assertEquals(Optional.of(code), CountryNames.code(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Congo", "Kongo", "Atlantis", "XX", "ZZZ", "123", "-", "Sénégal ou Mali", "Dakar,",
            "Paris, Texas, Atlantis"})
    void ambiguousOrUnknownNamesAreNotGuessed(String written) {
        assertEquals(Optional.empty(), CountryNames.code(written));
    }
}
