package ca.tremplin.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * PrimeFaces checks an uploaded file's name before the application sees the file, and refuses a name with ":", "*",
 * "?", quotes and the like with the summary "File Error" — in English on every page, the reason in its detail, which
 * the forms do not show. Before a page is written, such a message says its reason instead (the reasons themselves
 * are the application's, in French and English: {@code primefaces.FileValidator.*} in the faces bundles), so that a
 * person whose phone named a file "Relevé: notes.pdf" learns what to do.
 */
public class FileNameMessages implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** PrimeFaces' fixed summary of a refused file name (org.primefaces.util.FileUploadUtils). */
    static final String PRIMEFACES_SUMMARY = "File Error";

    @Override
    public void beforePhase(PhaseEvent event) {
        for (FacesMessage message : event.getFacesContext().getMessageList()) {
            said(message);
        }
    }

    /** The message with its reason as its summary, when it is PrimeFaces' refusal of a file name. */
    static void said(FacesMessage message) {
        if (PRIMEFACES_SUMMARY.equals(message.getSummary()) && message.getDetail() != null
                && !message.getDetail().isBlank()) {
            message.setSummary(message.getDetail());
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}
