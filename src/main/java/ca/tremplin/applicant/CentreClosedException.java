package ca.tremplin.applicant;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.Messages;
import ca.tremplin.tenant.Tenant;
import java.util.Locale;

/**
 * The link's centre was closed by the coordinating organisation: its staff no longer read the file, so the link opens
 * nothing and takes nothing. The page says so in the person's language, and to whom to write instead — the
 * coordination, by its name and the contact it gives — as an expired link says how to get a new one.
 */
public class CentreClosedException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    private final String centreFr;
    private final String centreEn;
    private final String coordinationFr;
    private final String coordinationEn;

    CentreClosedException(Tenant centre, Tenant coordination) {
        super("applicant.centreClosed");
        this.centreFr = centre.getNameFr();
        this.centreEn = centre.getNameEn();
        this.coordinationFr = reachable(coordination.getNameFr(), coordination.contactLine());
        this.coordinationEn = reachable(coordination.getNameEn(), coordination.contactLine());
    }

    /** "Its name (its e-mail · its phone)", or its name alone when it gave no contact. */
    private static String reachable(String name, String contact) {
        return contact.isEmpty() ? name : name + " (" + contact + ")";
    }

    @Override
    public Object[] arguments() {
        return new Object[] {centreFr, coordinationFr};
    }

    @Override
    public String localizedMessage(Locale locale) {
        boolean english = Languages.isEnglish(locale);
        return Messages.get(locale, messageKey(), english ? centreEn : centreFr,
                english ? coordinationEn : coordinationFr);
    }
}
