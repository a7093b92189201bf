/**
 * Lists of people turned into leads of an event: Zoom webinar attendee and registration reports, Zoom meeting
 * participants, Microsoft Teams attendance reports, Google Meet attendance, Webex attendee reports, Eventbrite
 * attendee exports, and any CSV or Excel workbook (XLSX) in French or in English through a column mapping (saved
 * and reused). A person the row identifies is never dropped: what cannot be read is left out with a warning
 * ({@link ca.tremplin.leadimport.ImportedPerson}). {@link ca.tremplin.leadimport.ImportFiles} keeps the upload on
 * disk as it arrives
 * ({@link ca.tremplin.leadimport.ExcelWorkbook} writes a workbook's first sheet out as CSV);
 * {@link ca.tremplin.leadimport.ImportTable} streams a file whatever its encoding and delimiter and finds the table
 * under the report's header lines; {@link ca.tremplin.leadimport.LeadImportService} previews the first rows as
 * they will be imported (errors, duplicates, create / merge / skip) and runs the import as the restartable batch
 * job {@code lead-import}: {@link ca.tremplin.leadimport.LeadImportReader} reads on from the import's checkpoint,
 * {@link ca.tremplin.leadimport.LeadImportWriter} hands each chunk of 1,000 rows to
 * {@link ca.tremplin.leadimport.ImportedRegistrations}, which writes it with a few statements in the chunk's
 * transaction together with the counts and the checkpoint, and
 * {@link ca.tremplin.leadimport.InterruptedImports} resumes at start-up what a stopped server left running. A list
 * never rewrites a person the centre knows ({@link ca.tremplin.leadimport.JoinedLeadDetails}: what the record lacks
 * is filled and audited, what differs is proposed). {@link ca.tremplin.leadimport.ImportUndo} takes a whole import
 * back with the batch job {@code lead-import-undo}, keeping the people someone touched since, and
 * {@link ca.tremplin.leadimport.ImportFileRetention} deletes uploaded files once they are no longer needed.
 */
package ca.tremplin.leadimport;
