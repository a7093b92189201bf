package ca.tremplin.incident;

import ca.tremplin.kernel.Messages;
import ca.tremplin.kernel.SpreadsheetCells;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The register as a file, in the reader's language: one row per incident with every field the regulation asks for,
 * who recorded it and who changed it last, as CSV or as an XLSX sheet. Days are written as ISO dates, and every text
 * cell goes through {@link SpreadsheetCells}, so a description typed as "=HYPERLINK(...)" is never run.
 */
public final class IncidentRegisterFile {

    private IncidentRegisterFile() {
    }

    public static void writeCsv(List<ConfidentialityIncident> incidents, Map<Long, String> staff, Locale language,
                                OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF'); // so that Excel reads UTF-8
        CSVPrinter csv = new CSVPrinter(writer, SpreadsheetCells.csvFormat(language));
        for (List<Object> row : rows(incidents, staff, language)) {
            csv.printRecord(row.stream().map(cell -> SpreadsheetCells.csvText(cell, language)).toList());
        }
        csv.flush();
    }

    public static void writeXlsx(List<ConfidentialityIncident> incidents, Map<Long, String> staff, Locale language,
                                 OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Tremplin", "1.0");
        Worksheet sheet = workbook.newWorksheet(Messages.get(language, "incident.sheet"));
        List<List<Object>> rows = rows(incidents, staff, language);
        for (int r = 0; r < rows.size(); r++) {
            SpreadsheetCells.writeRow(sheet, r, rows.get(r));
        }
        sheet.finish();
        workbook.finish();
    }

    /** The header, then one row per incident. */
    static List<List<Object>> rows(List<ConfidentialityIncident> incidents, Map<Long, String> staff, Locale language) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header = new ArrayList<>();
        header.add(Messages.get(language, "incident.number"));
        for (IncidentField field : IncidentField.values()) {
            header.add(Messages.get(language, field.messageKey()));
        }
        for (String key : List.of("incident.createdBy", "incident.createdAt", "incident.updatedBy",
                "incident.updatedAt")) {
            header.add(Messages.get(language, key));
        }
        rows.add(header);
        for (ConfidentialityIncident incident : incidents) {
            IncidentDetails details = incident.details();
            List<Object> row = new ArrayList<>();
            row.add(incident.getId());
            for (IncidentField field : IncidentField.values()) {
                if (field == IncidentField.PEOPLE_CONCERNED && incident.getPeopleConcerned() != null) {
                    row.add(incident.getPeopleConcerned());
                } else {
                    String stored = field.stored(details);
                    row.add(stored == null && field != IncidentField.PEOPLE_CONCERNED ? null
                            : field.shown(stored, language));
                }
            }
            row.add(staffName(staff, incident.getCreatedBy(), language));
            row.add(minute(incident.getCreatedAt()));
            row.add(staffName(staff, incident.getUpdatedBy(), language));
            row.add(minute(incident.getUpdatedAt()));
            rows.add(row);
        }
        return rows;
    }

    /** A member of staff by name; by their number, "n° 7" or "#7", once their account is gone. */
    static String staffName(Map<Long, String> staff, Long userId, Locale language) {
        return staff.getOrDefault(userId, Messages.numbered(language, userId));
    }

    /** Québec's time of a moment: a date cell in a workbook, 2027-03-15 14:30 in a CSV. */
    private static java.time.LocalDateTime minute(Instant instant) {
        return instant.atZone(IncidentRegister.QUEBEC).toLocalDateTime();
    }
}
