package ca.tremplin.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.person.LeadStage;
import ca.tremplin.report.FunnelReport.CentreFunnel;
import ca.tremplin.report.FunnelReport.StageFigure;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A scheduled report's mail writes its shares as its reader's language does. */
class ScheduledReportMailTest {

    private static final CentreFunnel FUNNEL = new CentreFunnel(1L, "CSS du Fjord", List.of(
            new StageFigure(LeadStage.NEW, 33, 5, 20, null, 100.0),
            new StageFigure(LeadStage.CONTACTED, 16, 4, 10, 48.44, 48.44),
            new StageFigure(LeadStage.QUALIFIED, 2, 1, 1, 12.5, 6.06)), List.of());

    @Test
    void aShareIsWrittenTheEnglishWayInEnglishAndTheFrenchWayInFrench() {
        String english = ScheduledReportMail.figures(FUNNEL, Locale.ENGLISH);
        String french = ScheduledReportMail.figures(FUNNEL, Locale.FRENCH);

        assertTrue(english.contains("(48%)"), english);
        assertTrue(english.contains("(13%)"), "a half rounded up, as the page and the files round it: " + english);
        assertTrue(ScheduledReportMail.figures(new CentreFunnel(1L, "CSS du Fjord", List.of(
                new StageFigure(LeadStage.NEW, 33, 5, 20, null, 100.0),
                new StageFigure(LeadStage.CONTACTED, 16, 4, 10, 12.46, 12.46)), List.of()), Locale.ENGLISH)
                .contains("(13%)"), "the page's 12.5 %, rounded as the page rounds it");
        assertTrue(french.matches("(?s).*\\(48[\\u00a0\\u202f]%\\).*"), french);
    }
}
