package ca.tremplin.pipeline;

import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.Messages;
import ca.tremplin.kernel.SpreadsheetCells;
import ca.tremplin.person.EmailContact;
import ca.tremplin.security.Role;
import ca.tremplin.security.SignedInUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The lead list as a file, with the list's filters: every matching lead (not only a page), as CSV or as an XLSX
 * workbook, in the reader's language. Written as a stream a slice of {@link #SLICE} leads at a time — read, logged
 * in the access log and written out before the next is read — so that memory stays the same whatever the number of
 * people, and the download starts at once. Every text cell goes through {@link SpreadsheetCells}: a name that starts
 * like a formula is never run. Each person's row says where they stand on being written to ({@link EmailContact}),
 * read from their consent register and the centre's unsubscriptions a slice at a time.
 */
@ApplicationScoped
public class LeadListExport {

    static final int SLICE = 1_000;
    private static final ZoneId QUEBEC = ca.tremplin.kernel.QuebecTime.ZONE;

    @Inject
    LeadExportSlices slices;

    @Inject
    SignedInUser signedInUser;

    public enum Format { CSV, XLSX }

    /** Writes the list and returns how many people it holds. */
    public int write(LeadFilter filter, Format format, Locale language, OutputStream out) throws IOException {
        return write(filter, format, language, out, SLICE);
    }

    int write(LeadFilter filter, Format format, Locale language, OutputStream out, int sliceSize) throws IOException {
        signedInUser.require(Role.PLATFORM_ADMIN, Role.CSS_ADMIN, Role.RECRUITER);
        Map<Long, String> staff = slices.staffNames();
        Sink sink = format == Format.CSV ? new CsvSink(out, language) : new XlsxSink(out, Messages.get(language, "leads.title"));
        sink.row(headers(language));
        int written = 0;
        long after = 0;
        while (true) {
            LeadExportSlices.Slice slice = slices.next(filter, after, sliceSize);
            for (LeadRow row : slice.rows()) {
                sink.row(cells(row, slice.interests().get(row.id()), slice.emailContact().get(row.id()),
                        slice.contactRefused().contains(row.id()), staff, language));
                after = row.id();
            }
            written += slice.rows().size();
            sink.flush();
            if (slice.rows().size() < sliceSize) {
                break;
            }
        }
        sink.finish();
        return written;
    }

    static List<Object> headers(Locale language) {
        return List.of(m(language, "punct.numberHeading"), m(language, "inquiry.form.firstName"),
                m(language, "inquiry.form.lastName"), m(language, "inquiry.form.email"), m(language, "lead.field.PHONE"),
                m(language, "leads.export.emailContact"),
                m(language, "leads.export.emailContactSince"), m(language, "inquiry.form.country"),
                m(language, "lead.stage"), m(language, "lead.stageSince"), m(language, "lead.owner"),
                m(language, "leads.lastRequest"), m(language, "leads.export.program"),
                m(language, "leads.export.intake"));
    }

    /**
     * One person's row. The phone is the record's, in E.164 ("+15145550199", which the import reads back; a text cell
     * of the workbook, which a dialler takes as it is, where the CSV's guard against formulas puts a quote before the
     * "+"): left empty for a person whose latest word on being contacted is "no" (withdrawn, or refused on the form or
     * list they came from; {@code contactRefused}: so even when they asked for news, which is a yes to e-mail, not to
     * a call), since the column is there to make lists of people to call. Beside the phone, where the
     * person stands on being written to and since when (a day): the file goes on to mail programs, which know nothing
     * of who said no or whose consent lapsed, so a reader who mails the list sees it on each person's row.
     */
    static List<Object> cells(LeadRow row, String[] interest, EmailContact contact, boolean contactRefused,
                              Map<Long, String> staff, Locale language) {
        EmailContact standing = contact == null ? EmailContact.NONE : contact;
        List<Object> cells = new ArrayList<>();
        cells.add(row.id());
        cells.add(row.firstName());
        cells.add(row.lastName());
        cells.add(row.email());
        cells.add(contactRefused || standing.standing().declinedContact() ? null : row.phone());
        cells.add(m(language, standing.standing().messageKey()));
        cells.add(standing.since() == null ? null : LocalDate.ofInstant(standing.since(), QUEBEC));
        cells.add(row.country());
        cells.add(m(language, row.stage().messageKey()));
        cells.add(when(row.stageSince()));
        cells.add(row.ownerId() == null ? null : staff.getOrDefault(row.ownerId(),
                ca.tremplin.kernel.Messages.numbered(language, row.ownerId())));
        cells.add(when(row.lastInquiryAt()));
        cells.add(interest == null ? null : Languages.isEnglish(language) && interest[1] != null ? interest[1]
                : interest[0]);
        cells.add(interest == null ? null : interest[2]);
        return cells;
    }

    /** Québec's time of a moment: a date cell in a workbook, 2027-03-15 14:30 in a CSV. */
    private static java.time.LocalDateTime when(Instant instant) {
        return instant == null ? null : instant.atZone(QUEBEC).toLocalDateTime();
    }

    private static String m(Locale language, String key) {
        return Messages.get(language, key);
    }

    /** Where rows go: a CSV or a workbook, written as they come. */
    private interface Sink {
        void row(List<Object> cells) throws IOException;

        void flush() throws IOException;

        void finish() throws IOException;
    }

    private static final class CsvSink implements Sink {
        private final CSVPrinter csv;
        private final Locale language;

        CsvSink(OutputStream out, Locale language) throws IOException {
            OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF'); // so that Excel reads UTF-8
            csv = new CSVPrinter(writer, SpreadsheetCells.csvFormat(language));
            this.language = language;
        }

        @Override
        public void row(List<Object> cells) throws IOException {
            csv.printRecord(cells.stream().map(cell -> SpreadsheetCells.csvText(cell, language)).toList());
        }

        @Override
        public void flush() throws IOException {
            csv.flush();
        }

        @Override
        public void finish() throws IOException {
            csv.flush();
        }
    }

    private static final class XlsxSink implements Sink {
        private final Workbook workbook;
        private final Worksheet sheet;
        private int rowNumber;

        XlsxSink(OutputStream out, String sheetName) {
            workbook = new Workbook(out, "Tremplin", "1.0");
            sheet = workbook.newWorksheet(sheetName);
        }

        @Override
        public void row(List<Object> cells) {
            SpreadsheetCells.writeRow(sheet, rowNumber++, cells);
        }

        /** Writes the rows so far to the stream: the worksheet keeps none of them in memory. */
        @Override
        public void flush() throws IOException {
            sheet.flush();
        }

        @Override
        public void finish() throws IOException {
            sheet.finish();
            workbook.finish();
        }
    }
}
