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
                          InputStream content) {
        LeadImport upload;
        try {
            upload = imports.upload(eventId, fileName, content, ImportFiles.LARGEST_FILE);
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
        ImportProgress started = imports.start(upload.getId(), guessed, null);
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
}
