package ca.tremplin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two lost reasons are one when they differ only by capitals, accents, an emoji or another pictograph, punctuation or
 * spaces: the reports would otherwise count the same leads on two lines.
 */
class LostReasonNamesTest {

    @Test
    void reasonsDifferingByCaseAccentsEmojiPunctuationOrSpacesAreTheSame() {
        Map<String, String> alike = Map.of(
                "visa refuse", "capitals and accents",
                "Visa refusé 🛂", "an emoji",
                "🛂 VISA-REFUSÉ !", "punctuation around and inside",
                "Visa  refusé\u00a0✈️", "a pictograph with its variation, and blanks",
                "Visa refusé 👨‍👩‍👧", "an emoji made of several joined ones",
                "Visa refusé 👍🏽", "a skin tone",
                "Ｖｉｓａ refusé", "full-width letters");
        alike.forEach((written, why) -> assertTrue(LostReasonNames.same("Visa refusé", written), why));
        assertTrue(LostReasonNames.same("Études reportées / Studies postponed", "etudes reportees studies postponed"));
    }

    @Test
    void otherWordsOrOtherDigitsAreAnotherReason() {
        assertFalse(LostReasonNames.same("Visa refusé", "Visa refusé deux fois"));
        assertFalse(LostReasonNames.same("Rentrée 2027", "Rentrée 2028"));
        assertFalse(LostReasonNames.same("Вiза", "Виза"), "letters of another script are letters");
    }

    /** A reason of emoji alone keeps its own signs: nothing else of it would tell it apart. */
    @Test
    void aReasonOfPictographsAloneIsComparedAsItIsWritten() {
        assertEquals("", LostReasonNames.comparable("🛂 !"));
        assertTrue(LostReasonNames.same("🛂", "🛂"));
        assertFalse(LostReasonNames.same("🛂", "✈️"));
        assertEquals("visarefuse2027", LostReasonNames.comparable("Visa refusé — 2027 🛂"));
    }
}
