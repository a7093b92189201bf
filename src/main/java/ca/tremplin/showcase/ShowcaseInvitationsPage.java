package ca.tremplin.showcase;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import ca.tremplin.web.PageMessages;
import ca.tremplin.web.ServerPagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

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
    /**
     * The centre's invitations, twenty a page, newest first, each page kept as shown (a button is found again by its
     * row's position: see {@link ServerPagedRows#keptAsShown}) until one is sent or created here.
     */
    private ServerPagedRows<ShowcaseInvitations.Listed> listed;
    /** The invitations closed on this page: their rows say so at once, the list itself kept as shown. */
    private final java.util.Set<Long> closedHere = new java.util.HashSet<>();

    @PostConstruct
    void init() {
        listed = ServerPagedRows.keptAsShown(() -> invitations.count(),
                (first, size, sort) -> invitations.page(first, size), ShowcaseInvitations.Listed::id);
    }

    public void invite() {
        try {
            invitations.inviteByEmail(email, Languages.fromTag(language));
            messages.info("showcase.invitations.sent", email);
            email = null;
            listed.readAgain();
        } catch (BusinessRuleException refused) {
            messages.explain(refused, "invite:email");
        }
    }

    public void createClassLink() {
        try {
            classLink = invitations.createClassLink(classLabel, uses, days, Languages.fromTag(language));
            listed.readAgain();
        } catch (BusinessRuleException refused) {
            messages.explain(refused);
        }
    }

    public void close(ShowcaseInvitations.Listed invitation) {
        try {
            invitations.close(invitation.id());
            closedHere.add(invitation.id());
            messages.info("showcase.invitations.closed");
        } catch (BusinessRuleException refused) {
            messages.explain(refused);
        }
    }

    /** Whether the invitation still opens the form, and may be closed: it did as listed, and was not closed here. */
    public boolean open(ShowcaseInvitations.Listed invitation) {
        return invitation.open() && !closedHere.contains(invitation.id());
    }

    public boolean closedHere(ShowcaseInvitations.Listed invitation) {
        return closedHere.contains(invitation.id());
    }

    public ServerPagedRows<ShowcaseInvitations.Listed> getInvitations() {
        return listed;
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
