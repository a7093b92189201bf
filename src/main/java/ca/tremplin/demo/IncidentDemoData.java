package ca.tremplin.demo;

import ca.tremplin.incident.IncidentDetails;
import ca.tremplin.incident.IncidentRegister;
import ca.tremplin.incident.IncidentStatus;
import ca.tremplin.incident.RiskAssessment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The first centre's register of confidentiality incidents, as a privacy officer would have kept it: a message sent
 * to the wrong school abroad, assessed as not serious and closed with its measures, and a lost phone of a recruiter
 * after a fair, still being assessed. Kinds of information, never the people's names, as the register asks.
 */
@ApplicationScoped
public class IncidentDemoData {

    private static final ZoneId QUEBEC = ca.tremplin.kernel.QuebecTime.ZONE;

    @Inject
    IncidentRegister register;

    /** Both incidents, in the current tenant's register, recorded by {@code officer}; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int fill(long officer, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, QUEBEC);

        IncidentDetails misdirected = new IncidentDetails();
        misdirected.setInformationConcerned("Nom, adresse courriel et programme d’intérêt de candidats "
                + "(aucune pièce d’identité, aucun document scolaire).");
        misdirected.setCircumstances("La liste des inscrits d’un webinaire a été envoyée par erreur à un bureau "
                + "partenaire qui n’y avait pas participé, au lieu du bureau organisateur.");
        misdirected.setStartedOn(today.minusDays(40));
        misdirected.setEndedOn(today.minusDays(40));
        misdirected.setLearnedOn(today.minusDays(39));
        misdirected.setPeopleConcerned(23);
        misdirected.setRisk(RiskAssessment.NOT_SERIOUS);
        misdirected.setRiskReasons("Le destinataire est un partenaire lié par une entente de confidentialité; il a "
                + "confirmé par écrit avoir supprimé le message sans l’avoir transmis; les renseignements ne "
                + "permettent ni fraude ni atteinte à la réputation.");
        misdirected.setCommissionNotNotifiedBecause("Risque de préjudice sérieux écarté.");
        misdirected.setPeopleNotNotifiedBecause("Risque de préjudice sérieux écarté.");
        misdirected.setMeasuresTaken("Confirmation écrite de la suppression; les listes d’inscrits sont désormais "
                + "partagées par lien à durée limitée plutôt qu’en pièce jointe.");
        misdirected.setStatus(IncidentStatus.CLOSED);
        register.recordAs(misdirected, officer, now.minusSeconds(39L * 24 * 3600));

        IncidentDetails lostPhone = new IncidentDetails();
        lostPhone.setInformationConcerned("Fiches saisies au salon en attente d’envoi sur le téléphone : noms, "
                + "courriels, téléphones, pays de résidence.");
        lostPhone.setCircumstances("Un téléphone de recruteur a été perdu au retour d’un salon; il était verrouillé "
                + "par code, et des fiches saisies hors ligne pouvaient ne pas avoir été envoyées.");
        lostPhone.setStartedOn(today.minusDays(3));
        lostPhone.setLearnedOn(today.minusDays(2));
        lostPhone.setPeopleEstimated(true);
        lostPhone.setPeopleConcerned(15);
        lostPhone.setMeasuresTaken("Effacement à distance demandé; mot de passe du compte changé, ce qui a fermé "
                + "ses autres sessions.");
        register.recordAs(lostPhone, officer, now.minusSeconds(2L * 24 * 3600));
        return 2;
    }
}
