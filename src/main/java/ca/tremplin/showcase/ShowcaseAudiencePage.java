package ca.tremplin.showcase;

import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.Messages;
import ca.tremplin.web.ChartJson;
import ca.tremplin.web.LanguagePreference;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The showcase's audience on the moderation page: a chart of the last days and a table per trade. */
@Named
@RequestScoped
public class ShowcaseAudiencePage {

    private static final String VIEWS = "#1f5fa8";
    private static final String CLICKS = "#2e7d32";

    @Inject
    ShowcaseAudience audience;

    @Inject
    LanguagePreference language;

    private ShowcaseAudience.Audience figures;

    public ShowcaseAudience.Audience getFigures() {
        if (figures == null) {
            figures = audience.lastDays();
        }
        return figures;
    }

    /** Views and clicks per day, as lines: the table below the chart holds the same figures. */
    public String getChart() {
        Locale locale = language.getLocale();
        DateTimeFormatter day = DateTimeFormatter.ofPattern(Languages.isEnglish(locale) ? "MMM d" : "d MMM", locale);
        JsonArrayBuilder labels = Json.createArrayBuilder();
        getFigures().days().forEach(d -> labels.add(day.format(d.day())));
        return ChartJson.chart("line", labels, Json.createArrayBuilder()
                .add(ChartJson.dataset(Messages.get(locale, "showcase.audience.views"), VIEWS, getFigures().days(),
                        d -> d.counts().views()))
                .add(ChartJson.dataset(Messages.get(locale, "showcase.audience.clicks"), CLICKS, getFigures().days(),
                        d -> d.counts().clicks())), false);
    }

    public String period() {
        return Messages.get(language.getLocale(), "showcase.audience.period",
                ca.tremplin.web.Formats.longDay(getFigures().from(), language.getLocale()),
                ca.tremplin.web.Formats.longDay(getFigures().to(), language.getLocale()));
    }

    public String totals() {
        java.text.NumberFormat number = java.text.NumberFormat.getNumberInstance(language.getLocale());
        return Messages.get(language.getLocale(), "showcase.audience.totals",
                number.format(getFigures().total().views()), number.format(getFigures().total().clicks()));
    }

    public String program(ShowcaseAudience.Trade trade) {
        return Languages.isEnglish(language.getLocale()) ? trade.programEn() : trade.programFr();
    }
}
