package ca.tremplin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * What a form sent back says is wrong, field by field, for the summary at its top ({@code form-errors.xhtml}): a
 * page that comes back refused shows its messages beside their fields, which a screen reader does not reach before
 * the focus does, and which a phone's screen may not show. The summary takes the focus on load and links each
 * message to its field.
 */
@Named
@RequestScoped
public class FormErrors {

    /** A field's message: the field's client id, and what it says. */
    public record Problem(String fieldId, String text) {
    }

    /**
     * The field messages of this response so far, in the order they were given. Read anew each time, not kept: the
     * summary's {@code rendered} is asked in every phase of a post, before the messages are there.
     */
    public List<Problem> getProblems() {
        List<Problem> problems = new ArrayList<>();
        FacesContext context = FacesContext.getCurrentInstance();
        for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            if (id == null) {
                continue; // a message about the whole form: shown above it, by the form's own messages
            }
            // A field's message is what is wrong with it, whatever severity the form that wrote it gave it.
            for (FacesMessage message : context.getMessageList(id)) {
                problems.add(new Problem(id, message.getSummary()));
            }
        }
        return problems;
    }

    public boolean isAny() {
        return !getProblems().isEmpty();
    }
}
