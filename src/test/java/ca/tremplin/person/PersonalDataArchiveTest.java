package ca.tremplin.person;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The zip a person receives: a JSON document that says what it is and lists every table, empty ones too; the same
 * tables as CSV, where a cell a spreadsheet would run as a formula is written harmless; stored files beside them,
 * named where the bytes would be.
 */
class PersonalDataArchiveTest {

    @Test
    void theArchiveHoldsTheJsonTheCsvAndTheFiles() throws Exception {
        byte[] passport = {37, 80, 68, 70, 1, 2, 3};
        Map<String, Object> lead = new LinkedHashMap<>();
        lead.put("id", 42L);
        lead.put("first_name", "Thị Hoa");
        lead.put("last_name", "=HYPERLINK(\"x\")");
        lead.put("birth_year", null);
        lead.put("erased", false);
        Map<String, PersonalDataSet.Table> tables = new LinkedHashMap<>();
        tables.put("lead", new PersonalDataSet.Table(List.of("id", "first_name", "last_name", "birth_year", "erased"),
                List.of(lead)));
        tables.put("lead_document_content", new PersonalDataSet.Table(List.of("document_id", "content"),
                List.of(Map.of("document_id", 7L, "content", passport))));
        tables.put("lead_task", new PersonalDataSet.Table(List.of("id", "title"), List.of()));
        PersonalDataSet data = new PersonalDataSet(Instant.parse("2026-12-02T15:00:00Z"), 3L, "CSS du Fjord",
                "Fjord SSC", List.of(42L), tables);

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        PersonalDataArchive.write(data, zip);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }

        JsonObject json = Json.createReader(new StringReader(new String(entries.get("personal-data.json"),
                StandardCharsets.UTF_8))).readObject();
        assertEquals("tremplin-personal-data", json.getString("format"));
        assertEquals(1, json.getInt("version"));
        assertEquals("2026-12-02T15:00:00Z", json.getString("exportedAt"));
        assertEquals("CSS du Fjord", json.getJsonObject("centre").getString("nameFr"));
        assertEquals(List.of("lead", "lead_document_content", "lead_task"),
                List.copyOf(json.getJsonObject("tables").keySet()));
        JsonObject person = json.getJsonObject("tables").getJsonArray("lead").getJsonObject(0);
        assertEquals("Thị Hoa", person.getString("first_name"));
        assertEquals(42, person.getInt("id"));
        assertTrue(person.isNull("birth_year"));
        assertEquals(false, person.getBoolean("erased"));
        String file = json.getJsonObject("tables").getJsonArray("lead_document_content").getJsonObject(0)
                .getJsonObject("content").getString("file");
        assertArrayEquals(passport, entries.get(file), "the file itself, where the JSON says");
        assertTrue(json.getJsonObject("tables").getJsonArray("lead_task").isEmpty());

        String csv = new String(entries.get("csv/lead.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("id,first_name,last_name,birth_year,erased\r\n"), csv);
        assertTrue(csv.contains("'=HYPERLINK"), "a formula is written harmless: " + csv);
        assertTrue(new String(entries.get("csv/lead_document_content.csv"), StandardCharsets.UTF_8).contains(file));
        assertEquals("id,title\r\n", new String(entries.get("csv/lead_task.csv"), StandardCharsets.UTF_8));
    }
}
