package ca.tremplin.leadimport;

import ca.tremplin.event.Event;
import ca.tremplin.event.EventRepository;
import ca.tremplin.event.EventService;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Messages;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.person.LeadRepository;
import ca.tremplin.security.Role;
import ca.tremplin.security.StaffChange;
import ca.tremplin.security.StaffChanges;
import ca.tremplin.security.SignedInUser;
import ca.tremplin.tenant.Tenancy;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * What staff do with lists of attendees: upload one for an event (stored on disk as it arrives, then its first
 * lines read: encoding, delimiter, the table under the report's lines, a mapping guessed or saved), preview its first rows as they will be imported, start
 * the batch job, follow its progress, restart it after a failure, and read its report. Every step is
 * tenant-filtered: another centre's event or import is not found.
 */
@ApplicationScoped
public class LeadImportService {

    public static final String JOB = "lead-import";
    static final int PREVIEW_ROWS = 20;
    /** Rows committed together: a chunk costs a fixed handful of statements, so bigger chunks go faster. */
    static final int ROWS_PER_CHUNK = 1000;
    /** The largest list the import page takes; staff scripts may send up to {@link ImportFiles#LARGEST_FILE}. */
    public static final long LARGEST_PAGE_FILE = 15L * 1024 * 1024;

    @Inject
    ImportOwnership ownership;

    @Inject
    LeadImportRepository imports;

    @Inject
    EventService eventService;

    @Inject
    EventRepository events;

    @Inject
    LeadRepository leads;

    @Inject
    SignedInUser signedInUser;

    @Inject
    Tenancy tenancy;

    @Inject
    Clock clock;

    @Inject
    ImportFiles files;

    @Inject
    StaffChanges changes;

    /**
     * The centre's event that a list would be imported into; another centre's, or none, is not found.
     *
     * @throws ImportProblem when the event takes no registration (a draft, a cancelled event)
     */
    public void requireEvent(long eventId) {
        requireRegistrationsOpen(eventService.find(eventId));
    }

    /**
     * A list registers its people to the event: a draft (not published yet) or a cancelled event takes no
     * registration, and the import that the job would stop at its first row is refused up front, with the reason.
     */
    private static void requireRegistrationsOpen(Event event) {
        if (event.getStatus() == ca.tremplin.event.EventStatus.DRAFT) {
            throw new ImportProblem("import.invalid.eventDraft");
        }
        if (event.getStatus() == ca.tremplin.event.EventStatus.CANCELLED) {
            throw new ImportProblem("import.invalid.eventCancelled");
        }
    }

    /**
     * Who attended an event that has not begun cannot be known: an attendance report (Zoom, Teams, Meet, Webex), or a
     * list whose attendance or time spent is read, is refused for it, with its start, rather than marking people
     * present at the moment of the import or leaving out what the list says. A list of registrations (no attendance
     * read) is taken before the event.
     */
    private void requireHeldForAttendance(Event event, ImportTable table, ColumnMapping mapping) {
        boolean attendance = ImportedPerson.isAttendanceReport(table.format())
                || mapping.column(ImportField.DURATION).isPresent() || mapping.column(ImportField.ATTENDED).isPresent();
        if (attendance && event.getStartsAt().isAfter(clock.instant())) {
            throw new BusinessRuleException("import.eventNotHeldYet", java.time.LocalDate.ofInstant(
                    event.getStartsAt(), event.zone()));
        }
    }

    /** As {@link #upload(long, String, InputStream, long)}, for a list already in memory. */
    @Transactional
    public LeadImport upload(long eventId, String fileName, byte[] content) {
        return upload(eventId, fileName, new ByteArrayInputStream(content == null ? new byte[0] : content),
                ImportFiles.LARGEST_FILE);
    }

    /**
     * Copies the upload to the data directory as it arrives (an Excel workbook: its first sheet, as CSV), reads its
     * first lines to find the table, and keeps it for the import.
     *
     * @throws ImportProblem when it is larger than {@code largest} bytes, empty, not text, has no table with an
     *                       e-mail column, or no row under it
     */
    @Transactional
    public LeadImport upload(long eventId, String fileName, InputStream content, long largest) {
        Event event = eventService.find(eventId);
        requireRegistrationsOpen(event);
        Path stored = files.store(content, largest);
        try {
            String encoding = null;
            if (ExcelWorkbook.isOldWorkbook(stored)) {
                throw new ImportProblem("import.invalid.oldWorkbook");
            }
            if (ExcelWorkbook.isOpenDocument(stored)) {
                throw new ImportProblem("import.invalid.openDocument");
            }
            if (ExcelWorkbook.isWorkbook(stored)) {
                Path workbook = stored;
                try {
                    stored = files.write(sheet -> ExcelWorkbook.firstSheetAsCsv(workbook, sheet));
                } finally {
                    files.delete(workbook);
                }
                encoding = "XLSX";
            }
            ImportTable table = ImportTable.read(ImportSource.of(stored));
            if (table.firstRows(1).isEmpty()) {
                throw new ImportProblem("import.invalid.headerOnly");
            }
            LeadImport uploaded = new LeadImport(event.getId(), fileName, files.nameOf(stored), table,
                    encoding == null ? table.encoding() : encoding, signedInUser.getUserId(), clock.instant());
            imports.savedMappingFor(table.headers()).ifPresent(saved -> uploaded.useMapping(saved.mapping()));
            imports.persist(uploaded);
            imports.markWritesBefore(uploaded.getId());
            return uploaded;
        } catch (RuntimeException refused) {
            files.delete(stored);
            throw refused;
        }
    }

    /**
     * Forgets an upload that was never started, its row and its file: a staff script's list whose columns name
     * nobody, which the API refuses rather than leave waiting for a mapping that no one will choose.
     */
    @Transactional
    public void discard(long importId) {
        LeadImport upload = find(importId);
        if (upload.getStatus() != LeadImport.Status.READY) {
            throw new BusinessRuleException("import.alreadyStarted");
        }
        if (upload.getFilePath() != null) {
            files.deleteKept(upload.getFilePath());
        }
        imports.remove(upload);
    }

    @Transactional
    public LeadImport find(long importId) {
        requireStaff();
        return imports.find(importId).orElseThrow(() -> new NotFoundException("import " + importId));
    }

    @Transactional
    public List<String> headers(long importId) {
        return ImportTable.read(files.source(find(importId))).headers();
    }

    /** A sample value of each column of the import's list, from its first rows ({@link ImportTable#samples}). */
    @Transactional
    public List<String> samples(long importId) {
        return ImportTable.read(files.source(find(importId))).samples(PREVIEW_ROWS);
    }

    @Transactional
    public List<SavedMapping> savedMappings() {
        requireStaff();
        return imports.savedMappings();
    }

    /** The centre's mapping saved for lists with these headers: the one an upload takes by itself. */
    @Transactional
    public java.util.Optional<SavedMapping> savedMappingFor(List<String> headers) {
        requireStaff();
        return imports.savedMappingFor(headers);
    }

    /**
     * The first rows as the mapping reads them, with what will happen to each, by the rules the import follows
     * ({@link ImportedRegistrations}): a row joins the registration of the person it names — under its address, or
     * under their lead's (found by address, a merged record's survivor included, or by name and phone), or the one a
     * row higher in the list made — else joins the lead it finds, else creates one. A line that cannot be read among
     * them is shown as {@link PreviewRow.Outcome#UNREADABLE} with its line and why, the rows below it after it: the
     * import fails that line alone.
     */
    @Transactional
    public List<PreviewRow> preview(long importId, ColumnMapping mapping, Locale language) {
        LeadImport upload = find(importId);
        ImportTable table = ImportTable.read(files.source(upload));
        // The line where each person first appears (by e-mail, by the lead they join, by the name and phone of a lead
        // they create): their later rows join it.
        Map<String, Long> firstByEmail = new HashMap<>();
        Map<Long, Long> firstByLead = new HashMap<>();
        Map<String, Long> firstByNameAndPhone = new HashMap<>();
        List<PreviewRow> rows = new ArrayList<>();
        Event event = events.find(upload.getEventId()).orElseThrow();
        FileAddresses addresses = new FileAddresses(table.format());
        RegistrationTimeText.SlashOrder dates = RegistrationTimeText.orderIn(table, mapping);
        for (ImportTable.Row row : table.firstRows(PREVIEW_ROWS)) {
            if (row.unreadable() != null) {
                rows.add(PreviewRow.unreadable(row.unreadable(), language));
                continue;
            }
            ImportedPerson read = addresses.checked(ImportedPerson.read(row, mapping, table, dates,
                    upload.getFileName(), language), language);
            if (read.isSkipped() || !read.isValid()) {
                rows.add(new PreviewRow(row.line(), null, null, null, null, false, null,
                        read.isSkipped() ? PreviewRow.Outcome.SKIP : PreviewRow.Outcome.FAIL,
                        read.isSkipped() ? read.skipped() : read.problems()));
                continue;
            }
            var person = read.person();
            PreviewRow.Outcome outcome = PreviewRow.Outcome.JOIN;
            String joins = null;
            String email = person.emailNormalized();
            Long firstLine = email == null ? null : firstByEmail.get(email);
            if (firstLine != null) {
                joins = Messages.get(language, "import.preview.sameAsLine", firstLine);
            } else if (email != null && events.registration(event.getId(), email).isPresent()) {
                joins = Messages.get(language, "import.preview.registeredAlready");
            } else {
                java.util.Optional<ca.tremplin.person.Lead> known = email == null ? java.util.Optional.empty()
                        : leads.findLead(event.getTenantId(), email);
                if (known.isEmpty() && person.phoneE164() != null) {
                    known = leads.findLeadByNameAndPhone(event.getTenantId(), person.firstName(),
                            person.lastName(), person.phoneE164());
                }
                if (known.isPresent()) {
                    Long leadFirstLine = firstByLead.putIfAbsent(known.get().getId(), row.line());
                    if (leadFirstLine != null) {
                        joins = Messages.get(language, "import.preview.sameAsLine", leadFirstLine);
                    } else if (events.registrationOfLead(event.getId(), known.get().getId()).isPresent()) {
                        joins = Messages.get(language, "import.preview.registeredUnderLead");
                    } else {
                        outcome = PreviewRow.Outcome.MERGE;
                    }
                } else {
                    String nameAndPhone = person.phoneE164() == null ? null : (person.phoneE164() + "|"
                            + person.firstName() + "|" + person.lastName()).toLowerCase(Locale.ROOT);
                    Long createdAtLine = nameAndPhone == null ? null : firstByNameAndPhone.get(nameAndPhone);
                    if (createdAtLine != null) {
                        joins = Messages.get(language, "import.preview.sameAsLine", createdAtLine);
                    } else {
                        outcome = PreviewRow.Outcome.CREATE;
                        if (nameAndPhone != null) {
                            firstByNameAndPhone.put(nameAndPhone, row.line());
                        }
                    }
                }
            }
            if (email != null) {
                firstByEmail.putIfAbsent(email, row.line());
            }
            rows.add(new PreviewRow(row.line(), (person.firstName() + " " + person.lastName()).strip(),
                    person.email(), person.phoneE164(), person.countryOfResidence(), read.attended(), read.minutes(),
                    outcome, joins == null ? read.warnings() : joined(joins, read.warnings())));
        }
        return rows;
    }

    /** What a row joins, then its warnings, if any. */
    private static String joined(String what, String warnings) {
        return warnings == null || warnings.isBlank() ? what : what + " " + warnings;
    }

    /**
     * Starts the import with this mapping (saved under the name, when one is given: a name the centre's mappings
     * already have is refused, {@code import.mappingNameTaken}, rather than another's mapping overwritten unseen).
     */
    public ImportProgress start(long importId, ColumnMapping mapping, String saveAs) {
        return start(importId, mapping, saveAs, false, ROWS_PER_CHUNK);
    }

    /**
     * As {@link #start(long, ColumnMapping, String)}; {@code replaceSaved}: the person chose to replace the mapping
     * saved under that name.
     */
    public ImportProgress start(long importId, ColumnMapping mapping, String saveAs, boolean replaceSaved) {
        return start(importId, mapping, saveAs, replaceSaved, ROWS_PER_CHUNK);
    }

    /**
     * As {@link #start(long, ColumnMapping, String)}, committing every {@code rowsPerChunk} rows (the checkpoint
     * a restart resumes from).
     */
    public ImportProgress start(long importId, ColumnMapping mapping, String saveAs, int rowsPerChunk) {
        return start(importId, mapping, saveAs, false, rowsPerChunk);
    }

    private ImportProgress start(long importId, ColumnMapping mapping, String saveAs, boolean replaceSaved,
                                 int rowsPerChunk) {
        if (!mapping.isComplete()) {
            throw new BusinessRuleException("import.mappingIncomplete");
        }
        long tenantId = signedInUser.getTenantId();
        int total = tenancy.asTenant(tenantId, () -> {
            // Read under its lock: a second click, or a colleague starting the same list at once, waits for the first
            // start and is told the list is already under way, rather than meeting the first one's version.
            requireStaff();
            LeadImport upload = imports.findLocked(importId)
                    .orElseThrow(() -> new NotFoundException("import " + importId));
            if (upload.getStatus() != LeadImport.Status.READY) {
                throw new BusinessRuleException("import.alreadyStarted");
            }
            // Cancelled (or back to a draft) since the list was uploaded: said now, not by a job stopped at row 0.
            Event event = events.find(upload.getEventId()).orElseThrow();
            requireRegistrationsOpen(event);
            ImportTable table = ImportTable.read(files.source(upload));
            requireHeldForAttendance(event, table, mapping);
            if (saveAs != null && !saveAs.isBlank()) {
                saveMapping(saveAs, table.headers(), mapping, replaceSaved);
            }
            ImportTable.Summary summary = table.summary();
            imports.sameListImported(upload.getEventId(), summary.fingerprint(), importId).ifPresent(earlier -> {
                // The same rows again (a report exported twice, a file chosen twice): each person's time would be
                // added a second time. Undoing the first import lets the list be imported again.
                throw new BusinessRuleException("import.sameListAlready", earlier.getId(),
                        java.time.LocalDate.ofInstant(earlier.getCreatedAt(), ca.tremplin.kernel.QuebecTime.ZONE));
            });
            upload.start(mapping, summary, 0, Math.max(1, rowsPerChunk));
            ownership.own(importId);
            return summary.rows();
        });
        Properties parameters = new Properties();
        parameters.setProperty("importId", String.valueOf(importId));
        parameters.setProperty("tenantId", String.valueOf(tenantId));
        parameters.setProperty("actorId", String.valueOf(signedInUser.getUserId()));
        parameters.setProperty("rowsPerChunk", String.valueOf(Math.max(1, rowsPerChunk)));
        // The job records its execution itself (LeadImportListener): it may have written chunks, or even ended, by now.
        operator().start(JOB, parameters);
        return tenancy.asTenant(tenantId, () -> imports.progress(importId).orElseThrow());
    }

    /**
     * Keeps the mapping under the name for the centre's next lists, traced as the centre's other settings are (who,
     * when, from what to what). A name taken already (a colleague's mapping, maybe) is refused unless the person
     * chose to replace that mapping; the start is refused with it, nothing saved or started.
     */
    private void saveMapping(String saveAs, List<String> headers, ColumnMapping mapping, boolean replaceSaved) {
        String name = saveAs.strip().substring(0, Math.min(saveAs.strip().length(), 100));
        Locale language = signedInUser.getPreferredLocale() == null ? Locale.FRENCH
                : signedInUser.getPreferredLocale();
        java.util.Optional<SavedMapping> taken = imports.savedMapping(name);
        if (taken.isPresent() && !replaceSaved) {
            throw new BusinessRuleException("import.mappingNameTaken", name);
        }
        if (taken.isPresent()) {
            String before = taken.get().described(language);
            taken.get().replace(headers, mapping);
            changes.record(StaffChange.Subject.SETTINGS, taken.get().getId(), StaffChange.What.COLUMNS_REPLACED,
                    name + ": " + before + " → " + taken.get().described(language));
        } else {
            SavedMapping saved = new SavedMapping(name, headers, mapping);
            imports.persist(saved);
            changes.record(StaffChange.Subject.SETTINGS, saved.getId(), StaffChange.What.COLUMNS_SAVED,
                    name + ": " + saved.described(language));
        }
    }

    /**
     * Resumes a failed import from its last checkpoint (the rows it committed): no row is read twice. After a
     * server restart, whose batch runtime no longer knows the failed execution, a new one reads on from there.
     */
    public ImportProgress restart(long importId) {
        long tenantId = signedInUser.getTenantId();
        ImportProgress upload = tenancy.asTenant(tenantId, () -> progress(importId));
        if (upload.status() != LeadImport.Status.FAILED) {
            throw new BusinessRuleException("import.notFailed");
        }
        tenancy.asTenant(tenantId, () -> {
            // Read again under its lock: a colleague's restart or undo may have begun since the status above was
            // read, and a second execution, or one beside an undo, would write every row again.
            requireStaff();
            LeadImport failed = imports.findLocked(importId)
                    .orElseThrow(() -> new NotFoundException("import " + importId));
            if (failed.getStatus() != LeadImport.Status.FAILED) {
                throw new BusinessRuleException("import.notFailed");
            }
            if (!files.isKept(failed)) {
                throw new BusinessRuleException("import.fileGone");
            }
            failed.restarting();
            ownership.own(importId);
        });
        Long failedExecution = upload.jobExecutionId();
        // Failed before its execution was recorded, or the server restarted since (its batch runtime no longer knows
        // the execution): a new execution reads on from the import's own checkpoint. Either records itself
        // (LeadImportListener).
        if (failedExecution == null || failedExecution <= 0 || !restarted(failedExecution)) {
            LeadImport failed = tenancy.asTenant(tenantId, () -> find(importId));
            Properties parameters = new Properties();
            parameters.setProperty("importId", String.valueOf(importId));
            parameters.setProperty("tenantId", String.valueOf(tenantId));
            parameters.setProperty("actorId", String.valueOf(signedInUser.getUserId()));
            parameters.setProperty("rowsPerChunk", String.valueOf(Math.max(1, failed.getRowsPerChunk())));
            operator().start(JOB, parameters);
        }
        return tenancy.asTenant(tenantId, () -> imports.progress(importId).orElseThrow());
    }

    private static boolean restarted(long failedExecution) {
        try {
            operator().restart(failedExecution, operator().getParameters(failedExecution));
            return true;
        } catch (jakarta.batch.operations.NoSuchJobExecutionException forgotten) {
            return false;
        }
    }

    /** The import as the progress bar shows it; the batch runtime's word wins if the job ended unseen. */
    @Transactional
    public ImportProgress progress(long importId) {
        requireStaff();
        ImportProgress shown = imports.progress(importId)
                .orElseThrow(() -> new NotFoundException("import " + importId));
        // Only the server running the import knows its job: another one's batch runtime has never heard of it.
        if (shown.status() == LeadImport.Status.RUNNING && shown.jobExecutionId() != null
                && shown.jobExecutionId() > 0 && ownership.ownedHere(importId)) {
            BatchStatus status;
            try {
                status = operator().getJobExecution(shown.jobExecutionId()).getBatchStatus();
            } catch (jakarta.batch.operations.NoSuchJobExecutionException forgotten) {
                // The batch runtime no longer knows the execution: the import cannot go on by itself.
                status = BatchStatus.ABANDONED;
            }
            if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED || status == BatchStatus.ABANDONED) {
                imports.finish(importId, LeadImport.Status.FAILED, clock.instant());
                return imports.progress(importId).orElseThrow();
            } else if (status == BatchStatus.COMPLETED) {
                imports.finish(importId, LeadImport.Status.COMPLETED, clock.instant());
                return imports.progress(importId).orElseThrow();
            }
        }
        return shown;
    }

    @Transactional
    public List<LeadImportFailure> failures(long importId) {
        progress(importId);
        return imports.failures(importId);
    }

    /**
     * A page of the rows imported with values left out, or skipped with a reason (hosts...), by line, as the report
     * lists them: all of them, {@code size} at a time from {@code first}.
     */
    @Transactional
    public List<LeadImportFailure> notes(long importId, LeadImportFailure.Kind kind, int first, int size) {
        find(importId);
        return imports.notes(importId, kind, first, size);
    }

    /** How many rows of each kind the report lists: failed, imported with warnings, skipped with a reason. */
    @Transactional
    public java.util.Map<LeadImportFailure.Kind, Long> noteCounts(long importId) {
        find(importId);
        return imports.noteCounts(importId);
    }

    /** How many rows lost a name because the file lost its letters (a Windows-1252 "CSV" writes "?" for them). */
    @Transactional
    public long lostNames(long importId) {
        find(importId);
        return imports.lostNames(importId);
    }

    /** The failed rows of an import, with what their download needs of the list's layout. */
    public record FailedRows(String encoding, char delimiter, List<String> headers, List<LeadImportFailure> rows) {
    }

    /**
     * The failed rows with the list's headers: kept with the import, else read from the stored file, else each
     * column named as the mapping's menus name a column without a header, in {@code language} (an import made before
     * headers were kept, whose file is gone).
     */
    @Transactional
    public FailedRows failedRows(long importId, Locale language) {
        LeadImport upload = find(importId);
        List<LeadImportFailure> failed = failures(importId);
        char delimiter = upload.getDelimiter() == null || upload.getDelimiter().isEmpty() ? ','
                : upload.getDelimiter().charAt(0);
        List<String> headers;
        if (upload.getHeaderRow() != null) {
            headers = FailedRowsFile.cells(upload.getHeaderRow(), delimiter);
        } else {
            try {
                headers = ImportTable.read(files.source(upload)).headers();
            } catch (RuntimeException fileGone) {
                int widest = failed.stream().mapToInt(f -> FailedRowsFile.cells(f.getRawRow(), delimiter).size())
                        .max().orElse(0);
                headers = FailedRowsFile.unheaded(widest, language);
            }
        }
        return new FailedRows(upload.getEncoding(), delimiter, headers, failed);
    }

    private void requireStaff() {
        signedInUser.require(Role.RECRUITER, Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
