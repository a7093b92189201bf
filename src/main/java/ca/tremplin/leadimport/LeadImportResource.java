package ca.tremplin.leadimport;

import ca.tremplin.kernel.BusinessRuleException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Imports for staff scripts (signed-in session): send a list's bytes for an event (streamed to disk, up to
 * {@link ImportFiles#LARGEST_FILE}), the import starts with the
 * mapping guessed from its headers (or the saved one that fits them); then read its progress. The same use cases
 * as the import page, undo included. A list that cannot be imported (empty, not a table, no column recognised as
 * the e-mail or as the name and phone...) is refused with 400 and a problem document saying why, in the caller's
 * language, and nothing of it is kept.
 */
@Path("staff")
public class LeadImportResource {

    @Inject
    LeadImportService imports;

    @Inject
    ImportUndo undos;

    @POST
    @Path("events/{eventId}/imports")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response start(@PathParam("eventId") long eventId, @HeaderParam("X-File-Name") String fileName,
                          @HeaderParam("Content-Length") Long announcedLength, InputStream content) {
        LeadImport upload;
        try {
            // A list that says it is larger than the limit is refused with its size before a byte of it is read: the
            // server would cut it off at the same limit, and say nothing of why.
            if (announcedLength != null && announcedLength > ImportFiles.LARGEST_FILE) {
                throw ImportFiles.tooLarge(announcedLength, ImportFiles.LARGEST_FILE);
            }
            upload = imports.upload(eventId, headerText(fileName), content, ImportFiles.LARGEST_FILE);
        } catch (ImportProblem unreadable) {
            // Said as every refusal of the API is: a problem document, in the caller's language.
            throw new BusinessRuleException(unreadable.messageKey(), unreadable.arguments());
        }
        ColumnMapping guessed = imports.progress(upload.getId()).mapping();
        if (!guessed.isComplete()) {
            // No page will ask anyone to choose the columns: nothing is kept, and the caller is told what to name.
            imports.discard(upload.getId());
            throw new BusinessRuleException("import.api.noPersonColumns");
        }
        ImportProgress started;
        try {
            started = imports.start(upload.getId(), guessed, null);
        } catch (ImportProblem unreadable) {
            // A row the table cannot read further down (an open quote at line 9): said as the page says it, and
            // nothing of the list kept, as for a list refused at once.
            imports.discard(upload.getId());
            throw new BusinessRuleException(unreadable.messageKey(), unreadable.arguments());
        } catch (BusinessRuleException refused) {
            // Refused at its start (the same list imported already): nothing of it kept either.
            imports.discard(upload.getId());
            throw refused;
        }
        return Response.accepted(started).location(URI.create("staff/imports/" + upload.getId())).build();
    }

    @GET
    @Path("imports/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public ImportProgress progress(@PathParam("id") long id) {
        return imports.progress(id);
    }

    /** Starts undoing the import (as the import page's button does); its progress is read below. */
    @POST
    @Path("imports/{id}/undo")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response undo(@PathParam("id") long id) {
        return Response.accepted(undos.undo(id)).location(URI.create("staff/imports/" + id + "/undo")).build();
    }

    @GET
    @Path("imports/{id}/undo")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public UndoProgress undoProgress(@PathParam("id") long id) {
        return undos.progress(id);
    }

    /**
     * A header's value as the sender wrote it: HTTP hands header bytes over as ISO-8859-1, so a name sent in UTF-8
     * ("Séance Dakar.csv", as curl and scripts send it) arrives as "SÃ©ance Dakar.csv". Bytes that read as UTF-8 are
     * read so; anything else (a Latin-1 name, plain ASCII) is kept as it came.
     */
    static String headerText(String value) {
        if (value == null || value.chars().allMatch(c -> c < 0x80) || value.chars().anyMatch(c -> c > 0xFF)) {
            return value;
        }
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(value.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return value;
        }
    }
}
