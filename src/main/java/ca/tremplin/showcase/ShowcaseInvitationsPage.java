package ca.tremplin.showcase;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import ca.tremplin.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Invitations ({@code admin/showcase-invitations.xhtml}): one apprentice by e-mail, or a class's link. */
@Named
@ViewScoped
public class ShowcaseInvitationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ShowcaseInvitations invitations;

    @Inject
    PageMessages messages;

    private String email;
    private String language = "fr";
    private String classLabel;
    private int uses = 30;
    private int days = 14;
    private String classLink;
    private transient List<ShowcaseInvitation> recent;

    public void invite() {
        try {
            invitations.inviteByEmail(email, Languages.fromTag(language));
            messages.info("showcase.invitations.sent", email);
            email = null;
            recent = null;
        } catch (BusinessRuleException refused) {
            messages.explain(refused, "invite:email");
        }
    }

    public void createClassLink() {
        try {
            classLink = invitations.createClassLink(classLabel, uses, days, Languages.fromTag(language));
            recent = null;
        } catch (BusinessRuleException refused) {
            messages.explain(refused);
        }
    }

    public void close(ShowcaseInvitation invitation) {
        try {
            invitations.close(invitation.getId());
            messages.info("showcase.invitations.closed");
        } catch (BusinessRuleException refused) {
            messages.explain(refused);
        }
        recent = null;
    }

    /** Whether the invitation still opens the form, and may be closed. */
    public boolean open(ShowcaseInvitation invitation) {
        return invitation.isOpenAt(java.time.Instant.now());
    }

    public List<ShowcaseInvitation> getRecent() {
        if (recent == null) {
            recent = invitations.recent();
        }
        return recent;
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getClassLabel() { return classLabel; }
    public void setClassLabel(String classLabel) { this.classLabel = classLabel; }
    public int getUses() { return uses; }
    public void setUses(int uses) { this.uses = uses; }
    public int getDays() { return days; }
    public void setDays(int days) { this.days = days; }
    public String getClassLink() { return classLink; }
}
