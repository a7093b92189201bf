package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartJsonTest {

    /**
     * A campaign named to end the page's script shows as its name in the chart and adds nothing to the page: the
     * configuration holds no "&lt;/script" and reads back as the same label.
     */
    @Test
    void aLabelThatWouldEndThePagesScriptIsWrittenEscapedAndReadsBackTheSame() {
        String name = "</script><img src=x onerror=alert(1)>\"x & co\u2028";
        String chart = ChartJson.chart("bar", Json.createArrayBuilder().add(name),
                Json.createArrayBuilder().add(ChartJson.dataset("Demandes", "#1d4ed8", List.of(3L), n -> n)), true);

        assertFalse(chart.contains("<") || chart.contains(">") || chart.contains("&") || chart.contains("\u2028"),
                chart);
        JsonObject read = Json.createReader(new StringReader(chart)).readObject();
        assertEquals(name, read.getJsonObject("data").getJsonArray("labels").getString(0));
        assertEquals("y", read.getJsonObject("options").getString("indexAxis"));
    }
}
