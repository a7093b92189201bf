package ca.tremplin.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * Every filter of the report page has its label in both languages, and those typed rather than chosen from a list
 * their hint (a missing one showed its key).
 */
class ReportDimensionTextsTest {

    @Test
    void everyDimensionHasItsLabelAndHintInFrenchAndEnglish() {
        for (Locale language : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
            ResourceBundle texts = ResourceBundle.getBundle("ca.tremplin.i18n.messages", language);
            for (ReportDimension dimension : ReportDimension.values()) {
                if (dimension.typed()) {
                    assertTrue(texts.containsKey("report.hint." + dimension.name()),
                            language + ": report.hint." + dimension);
                }
                assertTrue(texts.containsKey(dimension.messageKey()), language + ": " + dimension.messageKey());
            }
        }
    }
}
