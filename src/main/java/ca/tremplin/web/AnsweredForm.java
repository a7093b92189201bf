package ca.tremplin.web;

import jakarta.faces.component.behavior.ClientBehaviorContext;
import jakarta.faces.context.FacesContext;

/**
 * Which of a page's forms the current answer is to, for a page whose forms each keep a list of messages beside them
 * (a program's page: the program, its intakes, a new intake). Each action updates every list, and only the list of
 * the form it came from shows its messages: the others empty, so that no earlier action's confirmation stays beside
 * the new one's result. A whole page (not an Ajax answer: a first visit, a redirect after an upload) is the main
 * form's.
 */
public final class AnsweredForm {

    private AnsweredForm() {
    }

    /** Whether this request's answer belongs to the form {@code formId} of a page whose main form is {@code mainFormId}. */
    public static boolean isAnswerTo(String formId, String mainFormId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String source = faces.getExternalContext().getRequestParameterMap()
                .get(ClientBehaviorContext.BEHAVIOR_SOURCE_PARAM_NAME);
        return isAnswerTo(formId, mainFormId, faces.getPartialViewContext().isAjaxRequest(), source);
    }

    /**
     * {@code source}: the client id of the component that sent an Ajax request ("intakes-form:intakes:0:mark"), whose
     * first part is its form's id; a request that names none is the main form's.
     */
    static boolean isAnswerTo(String formId, String mainFormId, boolean ajax, String source) {
        if (!ajax || source == null || source.isBlank()) {
            return formId.equals(mainFormId);
        }
        return source.equals(formId) || source.startsWith(formId + ":");
    }
}
