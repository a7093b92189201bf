package ca.tremplin.inquiry;

import ca.tremplin.tenant.TenantCreated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The reply templates a centre starts with, in French and English: a first contact and the documents to provide.
 * A new centre gets them when it is created, so that its recruiters can answer their first request before an admin
 * has written any (they are the centre's to edit or remove); the demo's centres get the same.
 */
@ApplicationScoped
public class StarterReplyTemplates {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /**
     * In the transaction that creates the centre (its row is not committed yet, so no other transaction could
     * refer to it), written for that centre by name: the platform's admin who creates it acts outside it.
     */
    void giveToNewCentre(@Observes TenantCreated created) {
        giveTo(created.tenantId());
    }

    /** Writes the starter templates for the centre, in the caller's transaction, whatever tenant it acts in. */
    public void giveTo(long tenantId) {
        for (ReplyTemplate template : all()) {
            em.createNativeQuery("insert into reply_template (tenant_id, name, language, subject, body)"
                            + " values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, tenantId).setParameter(2, template.getName())
                    .setParameter(3, template.getLanguage()).setParameter(4, template.getSubject())
                    .setParameter(5, template.getBody()).executeUpdate();
        }
    }

    /** New instances each time, ready to be persisted for one centre. */
    public static List<ReplyTemplate> all() {
        return List.of(new ReplyTemplate("Premier contact", "fr", "Votre projet d’études : {programTitle}", """
                Bonjour {firstName},

                Merci de votre intérêt pour {programTitle} au {schoolBoard}.
                Je suis {recruiter} et je vous accompagnerai dans vos démarches : admission, Certificat \
                d’acceptation du Québec (CAQ) et permis d’études.
                Quand pourrions-nous nous parler? Répondez simplement à ce courriel.

                {recruiter}
                {schoolBoard}"""),
                new ReplyTemplate("First contact", "en", "Your study plans: {programTitle}", """
                Hello {firstName},

                Thank you for your interest in {programTitle} at the {schoolBoard}.
                I am {recruiter} and I will help you through admission, the Québec Acceptance Certificate (CAQ) \
                and your study permit.
                When could we talk? Simply reply to this e-mail.

                {recruiter}
                {schoolBoard}"""),
                new ReplyTemplate("Documents à fournir", "fr", "Les documents pour votre demande d’admission", """
                Bonjour {firstName},

                Pour votre demande d’admission en {programTitle}, préparez : passeport, diplômes et relevés de \
                notes (traduits au besoin), preuve de niveau de français, preuve de capacité financière et acte de \
                naissance.

                {recruiter}"""),
                new ReplyTemplate("Documents to provide", "en", "Documents for your admission file", """
                Hello {firstName},

                For your admission to {programTitle}, please prepare: passport, diplomas and transcripts \
                (translated if needed), proof of French level, proof of financial capacity and birth certificate.

                {recruiter}"""));
    }
}
