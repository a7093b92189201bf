package ca.tremplin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.Messages;
import ca.tremplin.security.StaffHandover.Work;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * After a deactivation, the admin reads what the person held, exactly: only the kinds of work they held, each with its
 * count — events only, leads only, or both — never "0 requests" said beside it, in French and in English.
 */
class HandoverReportTest {

    @Test
    void aPersonWhoHeldEventsOnlyReadsOfTheirEventsOnly() {
        StaffHandover handover = byRules(Map.of(Work.EVENTS, 2));

        assertEquals(List.of("2 événements à venir nomment encore cette personne : choisissez quelqu’un à sa place"
                + " depuis la page Événements."), said(handover, Languages.FRENCH), "no rule to share, no zero");
        assertEquals(List.of("2 events to come still name them: choose someone in their place from the Events page."),
                said(handover, Languages.ENGLISH));
        assertEquals(List.of("1 événement à venir nomme encore cette personne : choisissez quelqu’un à sa place"
                + " depuis la page Événements."), said(byRules(Map.of(Work.EVENTS, 1)), Languages.FRENCH));
    }

    @Test
    void aPersonWhoHeldLeadsOnlyReadsOfTheirLeadsOnly() {
        StaffHandover handover = byRules(Map.of(Work.LEADS, 3));

        assertEquals(List.of("Selon les règles du centre : 3 leads sans responsable (filtre « (personne) »)."),
                said(handover, Languages.FRENCH));
        assertEquals(List.of("By the centre’s rules: 3 leads left with nobody (filter “(nobody)”)."),
                said(handover, Languages.ENGLISH));
    }

    @Test
    void aPersonWhoHeldBothReadsOfBothEachWithItsCount() {
        StaffHandover handover = byRules(Map.of(Work.LEADS, 1, Work.EVENTS, 4, Work.TASKS, 2));

        assertEquals(List.of("Selon les règles du centre : 2 tâches et 1 lead sans responsable (filtre « (personne) »).",
                "4 événements à venir nomment encore cette personne : choisissez quelqu’un à sa place depuis la page"
                        + " Événements."), said(handover, Languages.FRENCH));
        assertEquals(List.of("By the centre’s rules: 2 tasks and 1 lead left with nobody (filter “(nobody)”).",
                "4 events to come still name them: choose someone in their place from the Events page."),
                said(handover, Languages.ENGLISH));
    }

    @Test
    void everyKindSharedByTheRulesIsNamedInTheOrderOfTheCount() {
        StaffHandover handover = byRules(Map.of(Work.REQUESTS, 5, Work.ROUTING_LINES, 1,
                Work.CAMPAIGN_ACTIVITIES, 2));

        assertEquals(List.of("Selon les règles du centre : 5 demandes réparties ; 1 ligne de routage retirée ;"
                + " 2 activités de campagne sans responsable."), said(handover, Languages.FRENCH));
        assertEquals(List.of("By the centre’s rules: 5 requests shared out; 1 routing line removed; 2 campaign"
                + " activities left with no owner."), said(handover, Languages.ENGLISH));
    }

    @Test
    void workHandedToAColleagueNamesWhatWentAndRoutingLinesRemovedApart() {
        StaffHandover handover = StaffHandover.handOver(1, 7, 8L, "Awa Diop", null);
        handover.held(Work.LEADS, 3);
        handover.held(Work.EVENTS, 1);
        handover.held(Work.ROUTING_LINES_REMOVED, 2);

        assertEquals(List.of("Confié à Awa Diop : 3 leads ; 1 événement à venir.",
                "2 ligne(s) de routage retirée(s) plutôt que confiée(s) : Awa Diop ne reçoit pas de demandes par le"
                        + " routage (seuls les recruteurs en reçoivent). Leurs pays ou programmes vont désormais au tour"
                        + " de rôle ; ajoutez des lignes dans les réglages des demandes au besoin."),
                said(handover, Languages.FRENCH));
        assertEquals("Handed to Awa Diop: 3 leads; 1 event to come.", said(handover, Languages.ENGLISH).get(0));
    }

    @Test
    void aPersonWhoHeldNothingLeavesNothingToSay() {
        assertEquals(List.of(), said(byRules(Map.of()), Languages.FRENCH));
        assertEquals(List.of(), said(StaffHandover.handOver(1, 7, 8L, "Awa Diop", null), Languages.ENGLISH));
    }

    /**
     * Before a deactivation, the admin is asked, naming the person, what they hold (only the kinds held, with their
     * counts), where it goes — the colleague chosen, or the centre's rules — and that reactivating gives nothing back.
     */
    @Test
    void theDeactivationsQuestionNamesThePersonWhatTheyHoldAndWhereItGoes() {
        StaffHandover held = StaffHandover.count(1, 7);
        held.held(Work.REQUESTS, 2);
        held.held(Work.LEADS, 1);

        assertEquals("Marie Tremblay ne pourra plus se connecter. Son travail en cours passera à Awa Diop : 2 demandes ;"
                + " 1 lead. Réactiver le compte plus tard ne lui rendra rien de ce travail.",
                HandoverReport.question("Marie Tremblay", held, "Awa Diop", Languages.FRENCH));
        assertEquals("Marie Tremblay will no longer be able to sign in. With nobody chosen, their work in progress"
                + " follows the centre’s rules: 2 requests; 1 lead. Reactivating the account later gives none of this"
                + " work back.", HandoverReport.question("Marie Tremblay", held, null, Languages.ENGLISH));
    }

    @Test
    void theDeactivationsQuestionSaysSoWhenThePersonHoldsNothing() {
        assertEquals("Nour Haddad ne pourra plus se connecter. Ce compte ne détient aucun travail en cours. Réactiver le"
                + " compte plus tard ne lui rendra rien de ce travail.",
                HandoverReport.question("Nour Haddad", StaffHandover.count(1, 7), "Awa Diop", Languages.FRENCH));
        assertEquals("Nour Haddad will no longer be able to sign in. This account holds no work in progress."
                + " Reactivating the account later gives none of this work back.",
                HandoverReport.question("Nour Haddad", null, null, Languages.ENGLISH));
    }

    private static StaffHandover byRules(Map<Work, Integer> held) {
        StaffHandover handover = StaffHandover.handOver(1, 7, null, null, null);
        held.forEach(handover::held);
        return handover;
    }

    /** The messages as the page shows them, in {@code language}. */
    private static List<String> said(StaffHandover handover, Locale language) {
        return HandoverReport.of(handover, language).stream()
                .map(line -> Messages.get(language, line.key(), line.args())).toList();
    }
}
