package ca.tremplin.application;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.web.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The candidate's page for answering an interview's invitation, opened from the link in its e-mail: when and where,
 * what they answered before, and the three answers with a few words. The token stays in the view and in the
 * address it comes back to, never in a cookie.
 */
@Named
@ViewScoped
public class InterviewAnswerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InterviewAnswers answers;

    @Inject
    PageMessages messages;

    private String token;
    private transient InterviewAnswers.InterviewToAnswer interview;
    private boolean unknown;
    private InterviewAnswer answer;
    private String note;

    /** View action: the interview the link names, or why there is none to answer. */
    public void load() {
        interview = answers.open(token, messages.locale()).orElse(null);
        unknown = interview == null;
        if (interview != null && answer == null) {
            answer = interview.answer();
            note = interview.note();
        }
    }

    /** Records the answer and comes back to the page's own address (redirect after post), its link in it. */
    public String send() {
        try {
            answers.answer(token, answer, note);
            messages.info("interview.answer.thanks");
        } catch (BusinessRuleException refused) {
            messages.explain(refused, "answer:answer");
            // The interview as it stands now (moved or cancelled since the page was opened, it says so), what was
            // chosen and typed kept in the form.
            interview = answers.open(token, messages.locale()).orElse(null);
            unknown = interview == null;
            return null;
        } catch (ca.tremplin.kernel.RateLimitedException limited) {
            messages.rateLimited(limited);
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/entrevue.xhtml?faces-redirect=true&includeViewParams=true";
    }

    public InterviewAnswers.InterviewToAnswer getInterview() {
        if (interview == null && !unknown && token != null) {
            load();
        }
        return interview;
    }

    public List<InterviewAnswer> getChoices() { return List.of(InterviewAnswer.values()); }
    public int getNoteMax() { return InterviewAnswers.NOTE_MAX; }
    public boolean isUnknown() { return unknown; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public InterviewAnswer getAnswer() { return answer; }
    public void setAnswer(InterviewAnswer answer) { this.answer = answer; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
