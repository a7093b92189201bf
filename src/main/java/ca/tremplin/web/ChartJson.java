package ca.tremplin.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart}, written as JSON: a page gives the labels and one dataset
 * per series. Every chart sits beside a table of the same figures, for screen readers and for copying.
 */
public final class ChartJson {

    private ChartJson() {
    }

    /** One series: its name in the legend, its colour, and a value per item, in the labels' order. */
    public static <T> JsonObjectBuilder dataset(String label, String colour, List<T> items, ToLongFunction<T> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        items.forEach(item -> data.add(value.applyAsLong(item)));
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour)
                .add("borderColor", colour);
    }

    /** A chart of a type ("bar", "line"), its values' axis from zero; a horizontal one has its bars across. */
    public static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean horizontal) {
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y",
                        Json.createObjectBuilder().add("beginAtZero", true)));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return forScript(Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString());
    }

    /**
     * JSON made safe to stand inside a page's script, where PrimeFaces writes a chart's configuration: a label that
     * someone typed ("&lt;/script&gt;&lt;img ...&gt;" as a campaign's name) would otherwise end the script and add
     * markup to the page. {@code <}, {@code >} and {@code &} can only occur inside the JSON's strings, where their
     * backslash-u escapes read back as the same characters; so do the two line separators JavaScript once refused.
     */
    static String forScript(String json) {
        StringBuilder safe = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> safe.append("\\u003c");
                case '>' -> safe.append("\\u003e");
                case '&' -> safe.append("\\u0026");
                case '\u2028' -> safe.append("\\u2028");
                case '\u2029' -> safe.append("\\u2029");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }
}
