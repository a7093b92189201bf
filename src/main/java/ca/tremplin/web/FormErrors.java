package ca.tremplin.web;

import jakarta.enterprise.context.RequestScoped;
import ca.tremplin.kernel.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlOutputLabel;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a form sent back says is wrong, field by field, for the summary at its top ({@code form-errors.xhtml}): a
 * page that comes back refused shows its messages beside their fields, which a screen reader does not reach before
 * the focus does, and which a phone's screen may not show. The summary takes the focus on load and links each
 * message to its field. Read there, away from its field, "This field is required." would not say which: each message
 * is preceded by its field's label, unless the label is a sentence (a consent) or the message already names it.
 */
@Named
@RequestScoped
public class FormErrors {

    /** A field's message: the field's client id, and what it says, its field named. */
    public record Problem(String fieldId, String text) {
    }

    /** Longer than this, a label is a sentence (a consent's text), which the summary does not repeat. */
    static final int LONGEST_NAMING_LABEL = 60;

    /**
     * The field messages of this response so far, in the order they were given. Read anew each time, not kept: the
     * summary's {@code rendered} is asked in every phase of a post, before the messages are there.
     */
    public List<Problem> getProblems() {
        List<Problem> problems = new ArrayList<>();
        FacesContext context = FacesContext.getCurrentInstance();
        Map<String, String> labels = null;
        for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            if (id == null) {
                continue; // a message about the whole form: shown above it, by the form's own messages
            }
            // A field's message is what is wrong with it, whatever severity the form that wrote it gave it.
            if (labels == null) {
                labels = labelsByField(context);
            }
            for (FacesMessage message : context.getMessageList(id)) {
                problems.add(new Problem(id, named(labels.get(id), message.getSummary(),
                        context.getViewRoot().getLocale())));
            }
        }
        return problems;
    }

    public boolean isAny() {
        return !getProblems().isEmpty();
    }

    /** "Label : message", or the message alone when the label would say nothing more or is a whole sentence. */
    static String named(String label, String message, Locale locale) {
        if (label == null || label.isEmpty() || label.length() > LONGEST_NAMING_LABEL || message == null) {
            return message;
        }
        // "CV (PDF ou Word)" is named by a message that says "votre CV": what the brackets add is not looked for;
        // a whole word only ("Nom" is not named by "prénom").
        String named = label.replaceAll("\\s*\\([^)]*\\)$", "");
        if (java.util.regex.Pattern.compile("(?<![\\w-])" + java.util.regex.Pattern.quote(named) + "(?![\\w-])",
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE
                        | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS).matcher(message).find()) {
            return message;
        }
        return Messages.get(locale, "form.errors.item", label, message);
    }

    /**
     * The text of each label of the page, by the client id of the field it is for, its mark "*" left out. The tree
     * is walked by hand: a visit would ask each component whether it is rendered, and the summary's own
     * {@code rendered} asks for these problems.
     */
    private static Map<String, String> labelsByField(FacesContext context) {
        Map<String, String> labels = new HashMap<>();
        collectLabels(context, context.getViewRoot(), labels);
        return labels;
    }

    private static void collectLabels(FacesContext context, UIComponent component, Map<String, String> labels) {
        if (component instanceof HtmlOutputLabel label && label.getFor() != null && label.getValue() != null) {
            UIComponent field = label.findComponent(label.getFor());
            if (field != null) {
                labels.putIfAbsent(field.getClientId(context), label.getValue().toString().strip()
                        .replaceAll("\\s*\\*$", "").replaceAll("\\s*:$", "").strip());
            }
        }
        for (Iterator<UIComponent> kids = component.getFacetsAndChildren(); kids.hasNext(); ) {
            collectLabels(context, kids.next(), labels);
        }
    }
}
