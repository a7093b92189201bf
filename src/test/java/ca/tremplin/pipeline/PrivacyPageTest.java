package ca.tremplin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.access.AccessRequestPart;
import ca.tremplin.access.AccessRequests;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import ca.tremplin.web.PageMessages;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Answering an access request from the privacy page: a showing of the form sent twice mails the person once, and
 * says so; sending again on purpose is done from the page shown after, where its confirmation says to whom and what.
 */
class PrivacyPageTest {

    /** The parts mailed, in order, and what the page said. */
    private final List<Long> mailed = new ArrayList<>();
    private final List<String> said = new ArrayList<>();
    private boolean erased;

    private final PrivacyPage page = new PrivacyPage();

    PrivacyPageTest() {
        page.accessRequests = new AccessRequests() {
            @Override
            public void send(long partId) {
                if (erased) {
                    throw new BusinessRuleException("access.noAddressLeft");
                }
                mailed.add(partId);
            }
        };
        page.messages = new PageMessages() {
            @Override
            public void info(String key, Object... arguments) {
                said.add(key);
            }

            @Override
            public void explain(BusinessRuleException broken) {
                said.add(broken.messageKey());
            }
        };
    }

    @Test
    void theSameShowingSentTwiceMailsThePersonOnceAndSaysItWasSentAlready() {
        String shown = page.getSendings().getCurrent();
        page.send(7, shown);
        page.send(7, shown);
        assertEquals(List.of(7L), mailed, "a double click, or the browser sending the post again, mails once");
        assertEquals(List.of("access.sent.done", "access.sent.already"), said);

        page.send(7, page.getSendings().getCurrent());
        assertEquals(List.of(7L, 7L), mailed, "sent again from the page shown after: on purpose, and confirmed");
        page.send(8, shown);
        assertEquals(List.of(7L, 7L, 8L), mailed, "another person's request, from the same page, is their own");
    }

    @Test
    void aSendingRefusedIsNoSendingAndAFormWithoutItsTokenIsNeverTakenForOneSentAgain() {
        String shown = page.getSendings().getCurrent();
        erased = true;
        page.send(7, shown);
        assertEquals(List.of("access.noAddressLeft"), said);
        erased = false;
        page.send(7, shown);
        assertEquals(List.of(7L), mailed, "what was refused was not sent: trying again sends");

        page.send(9, null);
        page.send(9, null);
        assertEquals(List.of(7L, 9L, 9L), mailed, "a page rendered before it had a token");
    }

    @Test
    void theConfirmationSaysToWhomWhatAndWhenItWasAnswered() {
        AccessRequests.Row answered = new AccessRequests.Row(7L, 41L, "kofi@example.gh", Instant.now(),
                LocalDate.now(), AccessRequestPart.Answer.SENT, Instant.now(), 3L);
        assertEquals("Envoyer de nouveau à kofi@example.gh tout son dossier : un courriel avec, en pièce jointe, tous"
                        + " les renseignements personnels que votre centre conserve aujourd’hui à son sujet ? Cette"
                        + " demande a déjà eu sa réponse (envoyée par le centre, 2 mars 2027 à 14 h 05).",
                PrivacyPage.sendAgainQuestion(answered, Languages.FRENCH, "2 mars 2027 à 14 h 05"));
        AccessRequests.Row downloaded = new AccessRequests.Row(7L, 41L, "kofi@example.gh", Instant.now(),
                LocalDate.now(), AccessRequestPart.Answer.DOWNLOADED, Instant.now(), null);
        assertEquals("Send kofi@example.gh their whole file again: an e-mail with, attached, all the personal"
                        + " information your centre keeps about them today? This request was already answered"
                        + " (downloaded by the person, Mar 2, 2027, 2:05 PM).",
                PrivacyPage.sendAgainQuestion(downloaded, Languages.ENGLISH, "Mar 2, 2027, 2:05 PM"));
    }

    @Test
    void aRowsButtonSendsTheRequestTheRowWasShownWithAndAForgedOrMissingOneNothing() {
        assertEquals(42L, PrivacyPage.shownPart("42"));
        org.junit.jupiter.api.Assertions.assertNull(PrivacyPage.shownPart(null), "a form shown without it");
        org.junit.jupiter.api.Assertions.assertNull(PrivacyPage.shownPart("-1"));
        org.junit.jupiter.api.Assertions.assertNull(PrivacyPage.shownPart("4 2"));
        org.junit.jupiter.api.Assertions.assertNull(PrivacyPage.shownPart("99999999999999999999"), "past a number");
    }
}
