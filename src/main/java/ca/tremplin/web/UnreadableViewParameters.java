package ca.tremplin.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page opened with a parameter it cannot read — {@code ?id=abc}, a number too large for its type, a date that is
 * not one — answers 404 with the not-found page. Without this, Faces skips the page's view action after the failed
 * conversion and renders the page without what the action loads, which ends in a server error. A form's own post
 * (a postback) is left alone: its messages show next to its fields.
 */
public class UnreadableViewParameters implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Only after.
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.isPostback() || !context.isValidationFailed() || context.getResponseComplete()) {
            return;
        }
        try {
            context.getExternalContext().responseSendError(404, "unreadable parameter");
        } catch (IOException unsent) {
            throw new UncheckedIOException(unsent);
        }
        context.responseComplete();
    }
}
