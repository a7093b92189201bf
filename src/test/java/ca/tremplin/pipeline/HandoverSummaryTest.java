package ca.tremplin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.Languages;
import ca.tremplin.mail.MailContent;
import ca.tremplin.person.LeadStage;
import ca.tremplin.security.StaffHandover.Work;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The colleague who takes over a departing colleague's work reads, in their own language, what came to them: each kind
 * of work they received with its count (none they did not), the leads by stage, and the links to the leads and the
 * requests that are theirs now.
 */
class HandoverSummaryTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 1);

    @Test
    void theColleagueReadsInFrenchWhatTheyReceivedWithTheLeadsByStageAndWhereToFindThem() {
        MailContent mail = received(Languages.FRENCH, Map.of(Work.REQUESTS, 2, Work.TASKS, 3, Work.LEADS, 3,
                Work.ROUTING_LINES, 0)).mail();

        assertEquals("benoit.roy@fjord.example", mail.recipient());
        assertEquals("Travail confié : ce que suivait Awa Diop", mail.subject());
        String text = mail.text();
        assertTrue(text.startsWith("Bonjour Benoît Roy,\n\nLuc Admin a désactivé le compte de Awa Diop le 1er mars 2027"
                + " et vous a confié son travail :\n– 2 demandes\n– 3 tâches\n– 3 leads (Nouveau : 1, Contacté : 2)\n"),
                text);
        assertFalse(text.contains("routage"), "nothing of what they did not receive: " + text);
        assertTrue(text.contains("Les candidats qui vous sont confiés, dans votre liste des candidats : "
                + "http://localhost:8080/admin/leads.xhtml?owner=7&handedOverFrom=3&lang=fr"), text);
        assertTrue(text.contains("/admin/inquiries.xhtml?scope=MINE&lang=fr"), "their requests: " + text);
        assertTrue(mail.html().contains("<a href=\"http://localhost:8080/admin/leads.xhtml?owner=7&amp;"
                + "handedOverFrom=3&amp;lang=fr\">"), "the link clickable: " + mail.html());
    }

    @Test
    void inEnglishForAColleagueWhoReadsEnglishAndWithoutLinksToWhatTheyDidNotReceive() {
        MailContent mail = received(Languages.ENGLISH, Map.of(Work.CAMPAIGN_ACTIVITIES, 1, Work.EVENTS, 2)).mail();

        assertEquals("Handed over to you: the work of Awa Diop", mail.subject());
        String text = mail.text();
        assertTrue(text.startsWith("Hello Benoît Roy,\n\nLuc Admin deactivated the account of Awa Diop on March 1, 2027"
                + " and handed their work over to you:\n– 1 campaign activity\n– 2 events to come"), text);
        assertFalse(text.contains("/admin/leads.xhtml"), "no leads, no list of them: " + text);
        assertFalse(text.contains("/admin/inquiries.xhtml"), "no requests, no inbox: " + text);
    }

    @Test
    void theLeadListLinkReadsBackAsTheColleaguesLeadsOfThatHandover() {
        String address = received(Languages.FRENCH, Map.of(Work.LEADS, 1)).leadListAddress();
        LeadFilter filter = LeadFilter.parse(address.substring(address.indexOf('?') + 1));
        assertEquals(Long.valueOf(7), filter.ownerId());
        assertEquals(Long.valueOf(3), filter.handedOverFrom());
        assertTrue(filter.narrowsBeyondFields(), "the list says what it is narrowed to");
    }

    private static HandoverSummary.ReceivedWork received(java.util.Locale language, Map<Work, Integer> counts) {
        Map<LeadStage, Integer> byStage = new LinkedHashMap<>();
        if (counts.getOrDefault(Work.LEADS, 0) == 3) {
            byStage.put(LeadStage.NEW, 1);
            byStage.put(LeadStage.CONTACTED, 2);
        }
        return new HandoverSummary.ReceivedWork("benoit.roy@fjord.example", language, "Benoît Roy", 7L, "Awa Diop", 3L,
                "Luc Admin", DAY, counts, byStage);
    }
}
