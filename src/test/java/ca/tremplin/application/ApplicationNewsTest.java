package ca.tremplin.application;

import static ca.tremplin.application.ApplicationStatus.APPLIED;
import static ca.tremplin.application.ApplicationStatus.HIRED;
import static ca.tremplin.application.ApplicationStatus.INTERVIEW;
import static ca.tremplin.application.ApplicationStatus.OFFER_MADE;
import static ca.tremplin.application.ApplicationStatus.REJECTED;
import static ca.tremplin.application.ApplicationStatus.SCREENED;
import static ca.tremplin.application.ApplicationStatus.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.Messages;
import ca.tremplin.mail.MailContent;
import ca.tremplin.offer.Offer;
import ca.tremplin.tenant.Tenant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What a candidate is told when their application moves: each step that changes what they may expect, once, moving
 * forward; a final decision always (when staff choose to); in their language, kindly, with how to reach the centre
 * and never a note of the centre's own.
 */
class ApplicationNewsTest {

    @Test
    void aScreeningAndAnOfferAreToldOnceMovingForwardAndAMoveBackNever() {
        assertTrue(ApplicationNews.isNews(APPLIED, SCREENED, null), "read and kept for a closer look: news");
        assertTrue(ApplicationNews.isNews(SCREENED, OFFER_MADE, SCREENED));
        assertTrue(ApplicationNews.isNews(INTERVIEW, OFFER_MADE, INTERVIEW));
        assertFalse(ApplicationNews.isNews(APPLIED, SCREENED, SCREENED), "told already");
        assertFalse(ApplicationNews.isNews(APPLIED, SCREENED, INTERVIEW), "invited already: reviewed, surely");
        assertFalse(ApplicationNews.isNews(INTERVIEW, SCREENED, null), "a move back is the centre's own work");
        assertFalse(ApplicationNews.isNews(OFFER_MADE, SCREENED, null));
        assertFalse(ApplicationNews.isNews(INTERVIEW, OFFER_MADE, OFFER_MADE), "an offer made again: told once");
        assertFalse(ApplicationNews.isNews(SCREENED, APPLIED, null));
    }

    @Test
    void anInterviewIsToldByItsInvitationAndAFinalDecisionAlways() {
        assertFalse(ApplicationNews.isNews(SCREENED, INTERVIEW, SCREENED), "the invitation tells it, with its time");
        assertFalse(ApplicationNews.isNews(APPLIED, INTERVIEW, null));
        for (ApplicationStatus decision : List.of(HIRED, REJECTED, WITHDRAWN)) {
            assertTrue(ApplicationNews.isNews(SCREENED, decision, OFFER_MADE), decision.name());
            assertFalse(ApplicationNews.isHeld(decision), "confirmed by staff first: mailed at once");
        }
        assertTrue(ApplicationNews.isHeld(SCREENED), "a card dropped on the wrong column can be put back unsaid");
        assertTrue(ApplicationNews.isHeld(OFFER_MADE));
    }

    @Test
    void aRefusalIsKindCarriesOnlyTheReasonTypedForThePersonAndSaysHowToReachTheCentre() {
        MailContent french = ApplicationNews.mail(REJECTED, Languages.FRENCH, "hoa@exemple.vn", "Thị Hoa", offer(),
                centre(), "Le poste exige un permis de conduire.", "Amani Nyambura");

        assertEquals("hoa@exemple.vn", french.recipient());
        assertEquals("Votre candidature : Soudeur chez Soudures du Fjord", french.subject());
        assertEquals("""
                Bonjour Thị Hoa,

                Merci de l’intérêt que vous portez au poste Soudeur chez Soudures du Fjord et du temps que vous avez \
                pris pour postuler. Votre candidature n’a pas été retenue.

                Motif : Le poste exige un permis de conduire.

                Cette décision ne vaut que pour ce poste : d’autres offres peuvent vous convenir, et vous pouvez y \
                postuler quand vous le voulez. Nous vous souhaitons bonne chance dans vos recherches.

                Pour toute question, répondez simplement à ce courriel ou joignez Centre de services scolaire du \
                Fjord : international@du-fjord.demo · +1 418 555 0142 · 350, rue Racine Est, Saguenay (Québec).

                Amani Nyambura
                Centre de services scolaire du Fjord""", french.text());
        assertTrue(french.html().startsWith("<!DOCTYPE html><html lang=\"fr\""), "its footer follows in French");

        MailContent english = ApplicationNews.mail(REJECTED, Languages.ENGLISH, "hoa@exemple.vn", "Thị Hoa", offer(),
                centre(), null, "Amani Nyambura");
        assertEquals("Your application: Welder at Soudures du Fjord", english.subject());
        assertTrue(english.text().startsWith("Hello Thị Hoa,\n\nThank you for your interest in the Welder position at"
                + " Soudures du Fjord and for the time you took to apply. Your application was not retained.\n\n"
                + "This decision concerns this position only"), "no reason line when none was typed: "
                + english.text());
        assertTrue(english.text().endsWith("simply reply to this e-mail or contact Fjord School Service Centre:"
                + " international@du-fjord.demo · +1 418 555 0142 · 350, rue Racine Est, Saguenay (Québec).\n\n"
                + "Amani Nyambura\nFjord School Service Centre"), english.text());
    }

    @Test
    void theReasonIsToldOnlyWithARefusal() {
        MailContent hired = ApplicationNews.mail(HIRED, Languages.FRENCH, "hoa@exemple.vn", "Thị Hoa", offer(),
                centre(), "Note interne : à rappeler", "Amani Nyambura");
        assertFalse(hired.text().contains("Note interne"), hired.text());
        assertTrue(hired.text().startsWith("Bonjour Thị Hoa,\n\nFélicitations : votre embauche au poste Soudeur chez"
                + " Soudures du Fjord est confirmée."), hired.text());
    }

    @Test
    void everyStepToldHasItsSubjectAndItsWordsInBothLanguages() {
        for (ApplicationStatus step : ApplicationStatus.values()) {
            if (step == APPLIED || step == INTERVIEW) {
                continue;
            }
            for (Locale language : List.of(Languages.FRENCH, Languages.ENGLISH)) {
                MailContent mail = ApplicationNews.mail(step, language, "hoa@exemple.vn", "Thị Hoa", offer(),
                        centre(), null, "Amani Nyambura");
                String trade = Languages.isEnglish(language) ? "Welder" : "Soudeur";
                assertTrue(mail.subject().contains(trade + (Languages.isEnglish(language) ? " at " : " chez ")
                        + "Soudures du Fjord") && !mail.subject().contains("???"), mail.subject());
                assertTrue(mail.text().contains(trade) && !mail.text().contains("???") && !mail.text().contains("{"),
                        step + " " + language + ": " + mail.text());
            }
        }
    }

    @Test
    void aCentreWithoutAContactAddressIsReachedByWhatItGaveAndOneThatGaveNothingByItsName() {
        Tenant byPhone = centre();
        byPhone.setContactEmail(null);
        byPhone.setMailingAddress(null);
        assertEquals("Pour toute question, joignez Centre de services scolaire du Fjord : +1 418 555 0142.",
                ApplicationNews.reach(byPhone, Languages.FRENCH), "no reply offered: it would reach nobody");
        byPhone.setContactPhone(null);
        assertEquals("For any question, please contact Fjord School Service Centre.",
                ApplicationNews.reach(byPhone, Languages.ENGLISH));
    }

    /**
     * A second application to an offer is refused saying how to add to the first: a reply to its confirmation only
     * when a reply reaches the centre; else the contact it gave, else its name — never a reply to no one.
     */
    @Test
    void aSecondApplicationIsToldToReplyOnlyWhenAReplyReachesTheCentre() {
        Tenant replies = centre();
        assertEquals("application.already", ApplicationService.alreadyApplied(replies, Languages.FRENCH).messageKey());
        assertTrue(ApplicationService.alreadyApplied(replies, Languages.FRENCH).localizedMessage(Languages.FRENCH)
                .endsWith("répondez au courriel qui l’a confirmée."));
        Tenant byPhone = centre();
        byPhone.setContactEmail(null);
        byPhone.setMailingAddress(null);
        BusinessRuleException noReply = ApplicationService.alreadyApplied(byPhone, Languages.ENGLISH);
        assertTrue(noReply.localizedMessage(Languages.ENGLISH).endsWith(
                "To add a CV or a message to it, contact Fjord School Service Centre: +1 418 555 0142."),
                noReply.localizedMessage(Languages.ENGLISH));
        assertFalse(noReply.localizedMessage(Languages.ENGLISH).contains("reply"));
        byPhone.setContactPhone(null);
        BusinessRuleException byName = ApplicationService.alreadyApplied(byPhone, Languages.FRENCH);
        assertTrue(byName.localizedMessage(Languages.FRENCH).endsWith(
                "Pour y ajouter un CV ou un message, adressez-vous à Centre de services scolaire du Fjord."),
                byName.localizedMessage(Languages.FRENCH));
        for (BusinessRuleException refusal : List.of(noReply, byName)) {
            assertTrue(ApplicationService.isAlreadyApplied(refusal), refusal.messageKey());
        }
    }

    @Test
    void theTimelineKeepsTheStepAndTheMinutesAHeldMailWaits() {
        assertEquals("#12 HIRED", ApplicationNews.detail(12, HIRED, false));
        assertEquals("#12 SCREENED " + ApplicationNews.HOLD.toMinutes(), ApplicationNews.detail(12, SCREENED, true));
    }

    @Test
    void whatStaffReadSaysTheMinutesAMailIsHeld() {
        String minutes = String.valueOf(ApplicationNews.HOLD.toMinutes());
        for (String key : List.of("application.movedHeld", "application.boardHint", "application.heldNewsChoice")) {
            assertTrue(Messages.get(Languages.FRENCH, key).contains(minutes + " minutes"), key);
            assertTrue(Messages.get(Languages.ENGLISH, key).contains(minutes + " minutes"), key);
        }
        for (MoveOutcome.News news : MoveOutcome.News.values()) {
            assertFalse(Messages.get(Languages.FRENCH, news.messageKey()).startsWith("???"), news.name());
            assertFalse(Messages.get(Languages.ENGLISH, news.messageKey()).startsWith("???"), news.name());
        }
    }

    private static Offer offer() {
        Offer offer = new Offer();
        offer.setEmployerName("Soudures du Fjord");
        offer.setTradeFr("Soudeur");
        offer.setTradeEn("Welder");
        return offer;
    }

    private static Tenant centre() {
        Tenant centre = new Tenant();
        centre.setNameFr("Centre de services scolaire du Fjord");
        centre.setNameEn("Fjord School Service Centre");
        centre.setContactEmail("international@du-fjord.demo");
        centre.setContactPhone("+1 418 555 0142");
        centre.setMailingAddress("350, rue Racine Est\nSaguenay (Québec)");
        return centre;
    }
}
