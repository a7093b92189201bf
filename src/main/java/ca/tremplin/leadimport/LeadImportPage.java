package ca.tremplin.leadimport;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Messages;
import ca.tremplin.web.LanguagePreference;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * The import screen of an event ({@code admin/import.xhtml?event=}): upload a list, check the columns (guessed,
 * or a saved mapping), preview the first rows, start. Once started, the address names the import
 * ({@code ?id=}), so a reload finds the progress bar where the job is, then the report.
 */
@Named
@ViewScoped
public class LeadImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LeadImportService imports;

    @Inject
    ImportUndo undos;

    @Inject
    LanguagePreference language;

    private Long eventId;
    private Long id;
    private transient UploadedFile file;
    private ImportProgress current;
    private List<String> headers = List.of();
    /** A value of each column, read only when a column has no header: the menus name such a column by it. */
    private List<String> samples = List.of();
    private final List<FieldColumn> columns = new ArrayList<>();
    private List<PreviewRow> preview = List.of();
    private String saveAs;
    /** The name a start was refused for, taken by a mapping of the centre: the page then offers to replace it. */
    private String takenMappingName;
    private boolean replaceMapping;
    /** The list of an import not started is no longer kept (swept after some days, or erased): a new upload is offered. */
    private boolean fileGone;
    private Long savedMappingId;
    /**
     * The columns of the centre's saved mapping the page shows (the one the upload took for the list's headers, or the
     * one chosen from the menu); null when the columns were guessed. While they stay as saved, no name is asked: the
     * mapping is kept already, and a second name would only add a copy under another name.
     */
    private ColumnMapping savedColumns;
    private UndoProgress undo;
    /**
     * The people the undo kept, all of them, read a page at a time: an undo may keep thousands (a list tagged by staff
     * since), and a table cut at its first hundreds without a word left the others out of reach.
     */
    private final ca.tremplin.web.ServerPagedRows<KeptPerson> kept = new ca.tremplin.web.ServerPagedRows<>(
            () -> undo == null ? 0 : undo.kept(),
            (first, size, sort) -> undo == null || undo.kept() == 0 ? List.of() : undos.kept(id, first, size),
            KeptPerson::leadId);
    private java.util.Map<LeadImportFailure.Kind, Long> noteCounts =
            new java.util.EnumMap<>(LeadImportFailure.Kind.class);
    /**
     * The rows imported with warnings and those skipped with a reason, all of them, read a page at a time, as the
     * report's counts count them: a list of thousands of rows may have thousands of each.
     */
    private final ca.tremplin.web.ServerPagedRows<ReportLine> warningRows = reportLines(LeadImportFailure.Kind.WARNING);
    private final ca.tremplin.web.ServerPagedRows<ReportLine> skippedRows = reportLines(LeadImportFailure.Kind.SKIPPED);
    private long lostNames;

    /** A row of the report as the page lists it. */
    public record ReportLine(long lineNumber, String reason) implements Serializable {
    }

    /** A field of the mapping screen and the column chosen for it (index, or null for none). */
    public static final class FieldColumn implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ImportField field;
        private Integer column;

        FieldColumn(ImportField field, Integer column) {
            this.field = field;
            this.column = column;
        }

        public ImportField getField() { return field; }
        public Integer getColumn() { return column; }
        public void setColumn(Integer column) { this.column = column; }
    }

    public void load() {
        if (id == null) {
            // An upload form for an event that is not the centre's (or none) would only fail once a list is sent.
            if (eventId == null) {
                throw new ca.tremplin.kernel.NotFoundException("import without an event");
            }
            try {
                imports.requireEvent(eventId);
            } catch (ImportProblem closed) {
                // A draft or a cancelled event: said before a list is chosen, not once it is sent.
                error(closed.localizedMessage(language.getLocale()));
            }
        }
        if (id != null && (current == null || current.id() != id)) {
            current = imports.progress(id);
            eventId = current.eventId();
            // Only an import not yet started reads its file here: an ended one's file is deleted.
            headers = isReady() ? headersOfTheKeptList() : List.of();
            samples = headers.stream().anyMatch(String::isBlank) ? imports.samples(id) : List.of();
            showMapping(current.mapping());
            recogniseSavedMapping();
            readUndo();
            readReport();
        }
    }

    /**
     * The headers of the list uploaded for an import not yet started; none when the list is no longer kept (the sweep
     * deletes a list left unstarted for some days, an erasure one naming the person erased), which is said, with the
     * upload form to send it again, rather than an error page.
     */
    private List<String> headersOfTheKeptList() {
        try {
            return imports.headers(id);
        } catch (ImportProblem gone) {
            fileGone = true;
            error(gone.localizedMessage(language.getLocale()));
            return List.of();
        }
    }

    /**
     * The saved mapping the upload took for these headers, when the import's columns are still its own: the menu names
     * it, and the page asks for no name until a column is changed.
     */
    private void recogniseSavedMapping() {
        savedColumns = null;
        if (!isReady() || headers.isEmpty()) {
            return;
        }
        ColumnMapping shown = current.mapping();
        imports.savedMappingFor(headers).filter(saved -> saved.mapping().sameAs(shown)).ifPresent(saved -> {
            savedMappingId = saved.getId();
            savedColumns = saved.mapping();
        });
    }

    /** Once the import has ended: how many rows of each kind (their tables read their pages as they are shown). */
    private void readReport() {
        if (isFinished()) {
            noteCounts = imports.noteCounts(id);
            lostNames = imports.lostNames(id);
        }
    }

    public String upload() throws IOException {
        if (file == null || file.getSize() == 0) {
            error(Messages.get(language.getLocale(), "import.invalid.empty"));
            return null;
        }
        if (file.getSize() > LeadImportService.LARGEST_PAGE_FILE) {
            error(ImportFiles.tooLarge(file.getSize(), LeadImportService.LARGEST_PAGE_FILE)
                    .localizedMessage(language.getLocale()));
            return null;
        }
        try {
            LeadImport uploaded = imports.upload(eventId, file.getFileName(), file.getInputStream(),
                    LeadImportService.LARGEST_PAGE_FILE);
            return "/admin/import.xhtml?faces-redirect=true&id=" + uploaded.getId();
        } catch (ImportProblem unreadable) {
            error(unreadable.localizedMessage(language.getLocale()));
            return null;
        }
    }

    /** The largest list the page lets go ({@code resources/js/file-limits.js}), and what it says of a larger one. */
    public long getMaxFileBytes() { return LeadImportService.LARGEST_PAGE_FILE; }

    public String getFileTooLarge() {
        return ImportFiles.tooLargeWhenChosen(LeadImportService.LARGEST_PAGE_FILE, language.getLocale());
    }

    public void applySavedMapping() {
        // "—" keeps the columns shown, which are then the person's own: a name is asked for them.
        savedColumns = null;
        imports.savedMappings().stream().filter(saved -> saved.getId().equals(savedMappingId)).findFirst()
                .ifPresent(saved -> {
                    showMapping(saved.mapping());
                    savedColumns = saved.mapping();
                });
        preview = List.of();
    }

    /**
     * Whether the columns shown are new (guessed, or set by hand) or a saved mapping changed since it was chosen: only
     * then is the person asked to name them for the next lists.
     */
    public boolean isNewOrChangedMapping() {
        return savedColumns == null || !savedColumns.sameAs(mapping());
    }

    public void showPreview() {
        try {
            preview = imports.preview(id, mapping(), language.getLocale());
            // A line that cannot be read is said above the table too: the import will fail it, and read the others.
            preview.stream().filter(row -> row.outcome() == PreviewRow.Outcome.UNREADABLE).findFirst()
                    .ifPresent(row -> FacesContext.getCurrentInstance().addMessage(null,
                            new FacesMessage(FacesMessage.SEVERITY_WARN, row.reason(), null)));
        } catch (ImportProblem unreadable) {
            // A line past the first ones that the upload read (a quote never closed, say): said, not a 500.
            preview = List.of();
            error(unreadable.localizedMessage(language.getLocale()));
        }
    }

    public String start() {
        // A name typed before a saved mapping was chosen unchanged is not asked for any longer, nor kept.
        String name = !isNewOrChangedMapping() || saveAs == null || saveAs.isBlank() ? null : saveAs.strip();
        try {
            // "Replace" answers the refusal of one name: ticked, then the name changed, it replaces nothing.
            imports.start(id, mapping(), name, replaceMapping && java.util.Objects.equals(name, takenMappingName));
            return "/admin/import.xhtml?faces-redirect=true&id=" + id;
        } catch (BusinessRuleException refused) {
            error(refused.localizedMessage(language.getLocale()));
            if ("import.mappingNameTaken".equals(refused.messageKey())) {
                takenMappingName = name;
                replaceMapping = false;
            }
            return null;
        } catch (ImportProblem unreadable) {
            error(unreadable.localizedMessage(language.getLocale()));
            return null;
        }
    }

    public String restart() {
        try {
            imports.restart(id);
            return "/admin/import.xhtml?faces-redirect=true&id=" + id;
        } catch (BusinessRuleException refused) {
            error(refused.localizedMessage(language.getLocale()));
            return null;
        }
    }

    /** The report's rows of one kind, as many as its count says, a page at a time by line. */
    private ca.tremplin.web.ServerPagedRows<ReportLine> reportLines(LeadImportFailure.Kind kind) {
        return new ca.tremplin.web.ServerPagedRows<>(() -> noteCounts.getOrDefault(kind, 0L),
                (first, size, sort) -> id == null || noteCounts.getOrDefault(kind, 0L) == 0 ? List.of()
                        : imports.notes(id, kind, first, size).stream()
                                .map(note -> new ReportLine(note.getLineNumber(), note.getReason())).toList(),
                ReportLine::lineNumber);
    }

    /** Called by the poll: reads the counts the job committed. */
    public void refresh() {
        current = imports.progress(id);
        readUndo();
        readReport();
    }

    /** Starts undoing the import (the dialog confirmed it), or resumes an undo whose job stopped. */
    public String undo() {
        try {
            undos.undo(id);
            return "/admin/import.xhtml?faces-redirect=true&id=" + id;
        } catch (BusinessRuleException refused) {
            error(refused.localizedMessage(language.getLocale()));
            return null;
        }
    }

    /** Called by the undo's poll. */
    public void refreshUndo() {
        current = imports.progress(id);
        readUndo();
    }

    private void readUndo() {
        LeadImport.Status status = current.status();
        boolean undoStarted = status == LeadImport.Status.UNDOING || status == LeadImport.Status.UNDONE;
        undo = undoStarted ? undos.progress(id) : null;
    }

    /** A completed or stopped import may be undone. */
    public boolean isUndoable() {
        return current != null && (current.status() == LeadImport.Status.COMPLETED
                || current.status() == LeadImport.Status.FAILED);
    }

    public boolean isUndoing() {
        return undo != null && undo.status() == LeadImport.Status.UNDOING && !undo.stopped();
    }

    public boolean isRunning() {
        return current != null && current.status() == LeadImport.Status.RUNNING;
    }

    public boolean isReady() {
        return current != null && current.status() == LeadImport.Status.READY;
    }

    public boolean isFinished() {
        return current != null && current.status() != LeadImport.Status.READY
                && current.status() != LeadImport.Status.RUNNING;
    }

    public List<SavedMapping> getSavedMappings() {
        return imports.savedMappings();
    }

    private ColumnMapping mapping() {
        ColumnMapping mapping = new ColumnMapping();
        for (FieldColumn choice : columns) {
            mapping.set(choice.getField(), choice.getColumn());
        }
        return mapping;
    }

    private void showMapping(ColumnMapping mapping) {
        columns.clear();
        for (ImportField field : ImportField.values()) {
            columns.add(new FieldColumn(field, mapping.column(field).orElse(null)));
        }
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public Long getEventId() { return eventId; }
    public void setEventId(Long eventId) { this.eventId = eventId; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public ImportProgress getCurrent() { return current; }
    public UndoProgress getUndo() { return undo; }
    public ca.tremplin.web.ServerPagedRows<KeptPerson> getKept() { return kept; }
    public List<String> getHeaders() { return headers; }

    /**
     * Each column of the file, by its header, for the mapping's menus (the value is its index); a column without a
     * header in words, by its letter and a value it holds: "Colonne C (sans en-tête), p. ex. « Sénégal »".
     */
    public List<jakarta.faces.model.SelectItem> getHeaderChoices() {
        List<jakarta.faces.model.SelectItem> choices = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            choices.add(new jakarta.faces.model.SelectItem(i, columnName(i, headers.get(i),
                    i < samples.size() ? samples.get(i) : null, language.getLocale())));
        }
        return choices;
    }

    /** A column as the mapping's menus name it: its header, or, without one, its letter and a sample value. */
    static String columnName(int column, String header, String sample, java.util.Locale locale) {
        if (!header.isBlank()) {
            return header;
        }
        return sample == null ? ImportTable.unheadedColumn(column, locale)
                : Messages.get(locale, "import.column.unheadedWithSample", ImportTable.columnLetter(column),
                        ca.tremplin.kernel.ShortenedText.of(sample, 40));
    }
    public List<FieldColumn> getColumns() { return columns; }

    /** Rows created or merged into a lead, warnings or not. */
    public int getImported() {
        return current == null ? 0 : current.created() + current.merged();
    }

    public long getWithWarnings() { return noteCounts.getOrDefault(LeadImportFailure.Kind.WARNING, 0L); }

    /** Rows of people who ran the event; the other skipped rows were registered already, or twice in the file. */
    public long getSkippedRoles() { return noteCounts.getOrDefault(LeadImportFailure.Kind.SKIPPED, 0L); }

    public long getSkippedOthers() {
        return current == null ? 0 : Math.max(0, current.skipped() - getSkippedRoles());
    }

    /** Rows whose name the file lost the letters of: the report says so once, with how to get them back. */
    public long getLostNames() { return lostNames; }

    public ca.tremplin.web.ServerPagedRows<ReportLine> getWarningRows() { return warningRows; }
    public ca.tremplin.web.ServerPagedRows<ReportLine> getSkippedRows() { return skippedRows; }
    public List<PreviewRow> getPreview() { return preview; }
    public String getSaveAs() { return saveAs; }
    public void setSaveAs(String saveAs) { this.saveAs = saveAs; }
    /** Whether the name typed is one a start was refused for, taken by a saved mapping: "replace it" is offered. */
    public boolean isMappingNameTaken() {
        return takenMappingName != null && saveAs != null && takenMappingName.equals(saveAs.strip());
    }
    public boolean isReplaceMapping() { return replaceMapping; }
    public void setReplaceMapping(boolean replaceMapping) { this.replaceMapping = replaceMapping; }
    public boolean isFileGone() { return fileGone; }
    public Long getSavedMappingId() { return savedMappingId; }
    public void setSavedMappingId(Long savedMappingId) { this.savedMappingId = savedMappingId; }
}
