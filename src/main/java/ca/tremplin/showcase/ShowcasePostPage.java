package ca.tremplin.showcase;

import ca.tremplin.web.LanguagePreference;
import ca.tremplin.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/** The posting page ({@code /vitrine-publier.xhtml?invitation=}): the form an invitation opens, from a phone. */
@Named
@ViewScoped
public class ShowcasePostPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "post";

    @Inject
    ShowcasePosting posting;

    @Inject
    LanguagePreference language;

    @Inject
    PageMessages messages;

    @Inject
    HttpServletRequest request;

    private String invitation;
    private ShowcasePosting.PostingForm form;
    private String closedMessageKey;
    private ShowcasePosting.Posted posted;
    private final ProfileFormFields fields = new ProfileFormFields();
    /** The photo of a refused attempt, read and fit to show, sent again unless another is chosen. */
    private ca.tremplin.photo.ProcessedPhoto keptPhoto;
    /** Its file's name as the person's device gave it, to say which photo is kept. */
    private String keptPhotoName;

    /** View action: an unknown link is a 404; an expired or used one says so instead of the form. */
    public void load() {
        if (form != null || posted != null) {
            return;
        }
        try {
            form = posting.open(invitation);
        } catch (InvitationClosedException closed) {
            closedMessageKey = closed.messageKey();
        }
    }

    public void post() {
        fields.submit(() -> {
            String chosen = fields.photoName();
            try {
                posted = posting.post(invitation, fields.post(), fields.photo(), keptPhoto, language.getLocale(),
                        request.getRemoteAddr());
                keptPhoto = null;
                keptPhotoName = null;
            } catch (InvitationClosedException closed) {
                closedMessageKey = closed.messageKey();
            } catch (InvalidProfileException refused) {
                if (refused.photo() != null && refused.photo() != keptPhoto) {
                    keptPhoto = refused.photo();
                    keptPhotoName = chosen;
                }
                throw refused;
            }
        }, FORM_ID, messages);
    }

    public String getCentre() {
        return form == null ? null : form.centre(language.getLocale());
    }

    /** The name of the photo kept from a refused attempt; null when none is. */
    public String getKeptPhotoName() { return keptPhoto == null ? null : keptPhotoName; }
    public boolean isPhotoKept() { return keptPhoto != null; }
    public ShowcasePosting.PostingForm getForm() { return form; }
    public String getClosedMessageKey() { return closedMessageKey; }
    public ShowcasePosting.Posted getPosted() { return posted; }
    public ProfileFormFields getFields() { return fields; }
    public String getInvitation() { return invitation; }
    public void setInvitation(String invitation) { this.invitation = invitation; }
}
