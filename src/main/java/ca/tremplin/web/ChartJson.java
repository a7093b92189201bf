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
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}
