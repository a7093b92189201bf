package ca.tremplin.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.Languages;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * An apprentice's withdrawal of their showcase profile said to the centre's staff, who record it for them: the
 * register keeps a sentence saying it was asked of the centre, in the profile's language, and who wrote it down and how
 * it was asked, within its column and never cut inside a character.
 */
class ShowcaseWithdrawalSaidToStaffTest {

    private static final Instant AT = Instant.parse("2027-03-10T17:00:00Z");

    @Test
    void theRegisterSaysTheWithdrawalWasAskedOfTheCentreWhoWroteItAndHow() {
        ConsentRecord record = ConsentRecord.forShowcaseProfile(41L, "lea@exemple.test", ConsentPurpose.PUBLICATION,
                false, ConsentTexts.showcase(ConsentTexts.SHOWCASE_WITHDRAWAL_TO_STAFF_VERSION, Languages.FRENCH),
                Languages.FRENCH, AT, null).saidToStaff(7L, "Par téléphone le 5 décembre");

        assertFalse(record.isGranted());
        assertEquals("showcase, said to staff #7: Par téléphone le 5 décembre", record.getSource());
        assertTrue(record.getTextShown().startsWith("J’ai demandé à mon centre"), record.getTextShown());
        assertTrue(ConsentTexts.showcase(ConsentTexts.SHOWCASE_WITHDRAWAL_TO_STAFF_VERSION, Languages.ENGLISH).text()
                .startsWith("I asked my centre"));
    }

    @Test
    void aLongAccountOfTheRequestIsCutBetweenCharactersWithinItsColumn() {
        String how = "Au téléphone 📞 ".repeat(60);

        String source = ConsentRecord.forShowcaseProfile(41L, "lea@exemple.test", ConsentPurpose.IMAGE_RIGHTS, false,
                ConsentTexts.showcase(ConsentTexts.SHOWCASE_WITHDRAWAL_TO_STAFF_VERSION, Languages.FRENCH),
                Languages.FRENCH, AT, null).saidToStaff(7L, how).getSource();

        assertTrue(source.codePointCount(0, source.length()) <= 500, source);
        assertFalse(Character.isHighSurrogate(source.charAt(source.length() - 1)), "never half an emoji");
        assertTrue(source.startsWith("showcase, said to staff #7: Au téléphone"));
    }
}
