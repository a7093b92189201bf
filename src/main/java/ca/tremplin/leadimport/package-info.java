/**
 * Lists of people turned into leads of an event: Zoom webinar attendee and registration reports, Microsoft Teams
 * attendance reports, Eventbrite attendee exports, and any CSV through a column mapping (saved and reused).
 * {@link ca.tremplin.leadimport.ImportTable} reads a file whatever its encoding and delimiter and finds the table
 * under the report's header lines; {@link ca.tremplin.leadimport.LeadImportService} previews the first rows as
 * they will be imported (errors, duplicates, create / merge / skip) and runs the import as the restartable batch
 * job {@code lead-import} ({@link ca.tremplin.leadimport.LeadImportReader} checkpoints its line,
 * {@link ca.tremplin.leadimport.LeadImportWriter} registers each person through the events' registrar), whose
 * progress and report live in the database.
 */
package ca.tremplin.leadimport;
