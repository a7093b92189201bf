package ca.tremplin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.inquiry.ReplyTemplate;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import ca.tremplin.mail.MailContent;
import ca.tremplin.person.MailingConsents.Standing;
import ca.tremplin.pipeline.BulkEmailRules.Addressee;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.unsubscribe.Unsubscriptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The preview of a bulk e-mail, before anything is sent: how many people will receive it, how many are left out and
 * why, grouped by the reason the sending's own rules give (no address, unsubscribed, consent withdrawn, refused,
 * lapsed, none) with the first of each group by name, and the message exactly as the first recipient of each version
 * will receive it — their name merged in, the centre's footer and the unsubscribe link included. A sending is the one
 * previewed only for the same people and the same message.
 */
class BulkEmailingTest {

    private static final Function<Locale, String> CENTRE = language ->
            Languages.isEnglish(language) ? "Fjord School Service Centre" : "Centre de services scolaire du Fjord";
    private static final String SHOWN_TOKEN = "…";
    private static final Function<String, Unsubscriptions.Link> SHOWN_LINK = language -> link(SHOWN_TOKEN, language);
    /** What the outbox adds to every message, its consent link with its token shown "…". */
    private static final UnaryOperator<MailContent> OUTBOX_FOOTER = content -> new MailContent(content.recipient(),
            content.subject(), content.text() + "\nVos consentements : https://tremplin.example/consentements.xhtml?token=…",
            content.html());
    private static final ReplyTemplate FRENCH = new ReplyTemplate("Relance", "fr",
            "{firstName}, votre projet en {programTitle}", "Bonjour {firstName},\nÀ bientôt. {recruiter}");
    private static final ReplyTemplate ENGLISH = new ReplyTemplate("Follow-up", "en",
            "{firstName}, your plans in {programTitle}", "Hello {firstName},\nSee you soon. {recruiter}");

    private final Map<Long, Standing> standing = new HashMap<>();
    private final List<Addressee> chosen = new ArrayList<>();

    @Test
    void thePreviewCountsWhoReceivesItAndGroupsTheOthersByReasonWithTheirNames() {
        Addressee awa = person(1, "Awa", "Diop", "fr", Standing.EXPRESS);
        person(2, "Bo", "Chen", "fr", Standing.LAPSED);
        Addressee sione = person(3, "Sione", "Tupou", "fr", Standing.IMPLIED);
        person(4, "Dina", "Haddad", "fr", Standing.WITHDRAWN);
        person(5, "Eli", "Mensah", "fr", Standing.REFUSED);
        person(6, "Fatou", "Sarr", "fr", Standing.NONE);
        chosen.add(new Addressee(7, "Gaël", "Roy", null, null, "fr"));
        standing.put(7L, Standing.EXPRESS);
        person(8, "Hoa", "Nguyen", "fr", Standing.EXPRESS);
        person(9, "Ines", "Kaci", "fr", Standing.LAPSED);

        // Lead 10 was chosen, then merged into another record: no longer in the list.
        BulkEmailPreview preview = emailing(Set.of("hoa.nguyen@exemple.ca"), FRENCH, null)
                .preview(List.of(9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L, 10L), 42, null, SHOWN_LINK, OUTBOX_FOOTER);

        assertEquals(2, preview.recipients(), "express consent, and implied consent less than six months old");
        assertEquals(List.of(awa.id(), sione.id()), preview.recipientIds());
        assertEquals(8, preview.leftOutCount());
        assertEquals(List.of("casl.standing.LAPSED", "casl.standing.WITHDRAWN", "casl.standing.REFUSED",
                "casl.standing.NONE", "casl.noEmail", "casl.unsubscribed", LeadListService.GONE),
                preview.leftOut().stream().map(BulkEmailPreview.LeftOut::reason).toList(),
                "each reason once, in the order of the leads' ids, those no longer listed last");
        assertEquals(Map.of("casl.standing.LAPSED", 2, "casl.standing.WITHDRAWN", 1, "casl.standing.REFUSED", 1,
                "casl.standing.NONE", 1, "casl.noEmail", 1, "casl.unsubscribed", 1, LeadListService.GONE, 1),
                preview.whyLeftOut());
        assertEquals(List.of(new BulkEmailPreview.Named(2, "Bo Chen"), new BulkEmailPreview.Named(9, "Ines Kaci")),
                preview.leftOut().get(0).named(), "each left out named, with their lead for a link to their page");
        assertEquals(List.of(), preview.leftOut().get(6).named(), "a lead no longer listed has no name to give");
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), preview.chosen(), "every lead chosen, kept");
        assertEquals(42, preview.templateId());
    }

    /**
     * One message per address: V76 kept apart two records whose keys differed only by the spelling of the domain, in
     * Unicode on one and in ASCII on the other — one mailbox. The first of its records in the sending's order that may
     * be written to receives it; the other is left out under a reason of its own, and not named among those not sent
     * to, since the message reaches that person there. A record left out for its consent leaves the next one at its
     * address to receive it.
     */
    @Test
    void oneMessageGoesToEachAddressHoweverManyRecordsChosenAreThere() {
        Addressee awa = addressee(1, "Awa", "Diop", "awa.diop@école.ca", Standing.EXPRESS);
        // The key V76 kept: the domain as it was typed, in ASCII.
        addressee(2, "Awa", "Diop", "awa.diop@xn--cole-9oa.ca", Standing.IMPLIED);
        addressee(3, "Bo", "Chen", "chen@xn--cole-9oa.ca", Standing.LAPSED);
        Addressee li = addressee(4, "Li", "Chen", "chen@école.ca", Standing.EXPRESS);
        Addressee sione = person(5, "Sione", "Tupou", "fr", Standing.IMPLIED);

        BulkEmailing emailing = emailing(Set.of(), FRENCH, null);
        BulkEmailPreview preview = emailing.preview(ids(), 1, null, SHOWN_LINK, OUTBOX_FOOTER);

        assertEquals(List.of(awa.id(), li.id(), sione.id()), preview.recipientIds());
        assertEquals(List.of(BulkEmailRules.SAME_ADDRESS, "casl.standing.LAPSED"), preview.leftOut().stream()
                .map(BulkEmailPreview.LeftOut::reason).toList());
        assertEquals(List.of(new BulkEmailPreview.Named(2, "Awa Diop")), preview.leftOut().get(0).named(),
                "the record left out at an address that receives it, named");
        assertEquals(List.of("Bo Chen"), emailing.leftOutNames(), "not sent: Bo, whose consent lapsed; Awa is"
                + " written to at her address once");
        assertEquals(3, preview.first().recipients(), "three messages");
    }

    @Test
    void aLargeGroupNamesItsFirstPeopleAndCountsTheOthers() {
        LongStream.rangeClosed(1, 13).forEach(id -> person(id, "Personne " + id, "Échue", "fr", Standing.LAPSED));
        person(14, "Awa", "Diop", "fr", Standing.EXPRESS);

        BulkEmailPreview.LeftOut lapsed = emailing(Set.of(), FRENCH, null).preview(ids(), 1, null, SHOWN_LINK,
                OUTBOX_FOOTER).leftOut().get(0);

        assertEquals(13, lapsed.count());
        assertEquals(BulkEmailing.NAMES_SHOWN, lapsed.named().size());
        assertEquals("Personne 1 Échue", lapsed.named().get(0).name());
        assertEquals(3, lapsed.unnamed(), "\"and 3 others\"");
    }

    @Test
    void theMessageIsShownAsTheFirstRecipientWillReceiveItTheFooterAndTheUnsubscribeLinkIncluded() {
        person(3, "Bo", "Chen", "fr", Standing.LAPSED);
        person(5, "Sione", "Tupou", "fr", Standing.EXPRESS);
        person(8, "Awa", "Diop", "fr", Standing.IMPLIED);

        BulkEmailPreview preview = emailing(Set.of(), FRENCH, null).preview(ids(), 1, null, SHOWN_LINK,
                OUTBOX_FOOTER);

        assertEquals(1, preview.versions().size());
        BulkEmailPreview.Version shown = preview.first();
        assertEquals("fr", shown.language());
        assertEquals(2, shown.recipients());
        assertEquals("Sione Tupou", shown.firstRecipient(), "the first recipient in the sending's order, not Bo");
        assertEquals("sione.tupou@exemple.ca", shown.address());
        assertEquals("Sione, votre projet en Soudage-montage", shown.subject(), "the placeholders filled");
        assertTrue(shown.text().startsWith("Bonjour Sione,\nÀ bientôt. Marie Tremblay\n\n-- \n"), shown.text());
        assertTrue(shown.text().contains("Centre de services scolaire du Fjord (350, rue Racine Est, Saguenay)"),
                "the sender and its mailing address, as CASL wants: " + shown.text());
        assertTrue(shown.text().contains("/desabonnement.xhtml?token=…&lang=fr"), "the unsubscribe link, its token"
                + " hidden: each person gets one of their own");
        assertTrue(shown.text().endsWith("/consentements.xhtml?token=…"), "and what the outbox adds to every message");
    }

    @Test
    void recipientsWhoReadTwoLanguagesAreCountedPerVersionAndBothMessagesAreShownTheFirstRecipientsFirst() {
        person(2, "Sione", "Tupou", "en", Standing.EXPRESS);
        person(4, "Awa", "Diop", "fr", Standing.EXPRESS);
        person(6, "Bo", "Chen", null, Standing.IMPLIED);
        person(8, "Dina", "Haddad", "en", Standing.WITHDRAWN);

        BulkEmailPreview preview = emailing(Set.of(), FRENCH, ENGLISH).preview(ids(), 1, 2L, SHOWN_LINK,
                OUTBOX_FOOTER);

        assertEquals(List.of("en", "fr"), preview.versions().stream().map(BulkEmailPreview.Version::language).toList(),
                "the first recipient reads English: their version first");
        assertEquals(List.of(1, 2), preview.versions().stream().map(BulkEmailPreview.Version::recipients).toList(),
                "a person whose language is not known gets the template's version");
        BulkEmailPreview.Version english = preview.versions().get(0);
        assertEquals("Sione, your plans in Welding and Fitting", english.subject());
        assertTrue(english.text().startsWith("Hello Sione,") && english.text().contains("Fjord School Service Centre")
                && english.text().contains("&lang=en"), english.text());
        BulkEmailPreview.Version french = preview.versions().get(1);
        assertEquals("Awa Diop", french.firstRecipient());
        assertTrue(french.text().startsWith("Bonjour Awa,") && french.text().contains("&lang=fr"), french.text());
    }

    @Test
    void nobodyToReceiveItShowsNoMessage() {
        person(1, "Bo", "Chen", "fr", Standing.LAPSED);

        BulkEmailPreview preview = emailing(Set.of(), FRENCH, null).preview(ids(), 1, null, SHOWN_LINK,
                OUTBOX_FOOTER);

        assertTrue(preview.reachesNobody());
        assertNull(preview.first());
        assertEquals(1, preview.leftOutCount());
    }

    @Test
    void theMessageSentIsThePreviewedOneItsTokenAside() {
        person(1, "Awa", "Diop", "fr", Standing.EXPRESS);
        BulkEmailing emailing = emailing(Set.of(), FRENCH, null);

        BulkEmailPreview preview = emailing.preview(ids(), 1, null, SHOWN_LINK, UnaryOperator.identity());
        MailContent sent = emailing.composedFor(emailing.recipients().get(0), language -> link("s3cr3t", language));

        assertEquals(preview.first().subject(), sent.subject());
        assertEquals(preview.first().text(), sent.text().replace("s3cr3t", SHOWN_TOKEN));
        assertEquals("https://tremplin.example/api/unsubscribe/s3cr3t", sent.oneClickUnsubscribe(),
                "the one-click address for mail programs");
    }

    @Test
    void aSendingIsThePreviewedOneOnlyForTheSamePeopleAndTheSameMessage() {
        person(1, "Awa", "Diop", "fr", Standing.EXPRESS);
        person(2, "Bo", "Chen", "fr", Standing.IMPLIED);
        BulkEmailPreview previewed = emailing(Set.of(), FRENCH, null).preview(ids(), 1, null, SHOWN_LINK,
                OUTBOX_FOOTER);

        assertTrue(previewed.sendsAsPreviewed(emailing(Set.of(), FRENCH, null).preview(ids(), 1, null, SHOWN_LINK,
                OUTBOX_FOOTER)), "nothing changed");
        assertFalse(previewed.sendsAsPreviewed(emailing(Set.of("bo.chen@exemple.ca"), FRENCH, null).preview(ids(),
                1, null, SHOWN_LINK, OUTBOX_FOOTER)), "Bo unsubscribed meanwhile");
        ReplyTemplate edited = new ReplyTemplate("Relance", "fr", FRENCH.getSubject(), "Bonjour {firstName} !");
        assertFalse(previewed.sendsAsPreviewed(emailing(Set.of(), edited, null).preview(ids(), 1, null, SHOWN_LINK,
                OUTBOX_FOOTER)), "a colleague edited the template meanwhile");
        standing.put(2L, Standing.WITHDRAWN);
        person(3, "Dina", "Haddad", "fr", Standing.EXPRESS);
        BulkEmailPreview swapped = emailing(Set.of(), FRENCH, null).preview(ids(), 1, null, SHOWN_LINK,
                OUTBOX_FOOTER);
        assertEquals(previewed.recipients(), swapped.recipients());
        assertFalse(previewed.sendsAsPreviewed(swapped), "as many people, not the same ones");
    }

    @Test
    void aCentreWithoutItsMailingAddressOrTwoVersionsInOneLanguageAreRefusedBeforeAnythingIsShown() {
        person(1, "Awa", "Diop", "fr", Standing.EXPRESS);
        Tenant withoutAddress = sender();
        withoutAddress.setMailingAddress(" ");

        assertEquals("leads.bulkNeedsMailingAddress", assertThrows(BusinessRuleException.class,
                () -> new BulkEmailing(chosen, standing, Set.of(), FRENCH, null, withoutAddress, "R", CENTRE,
                        ids -> Map.of())).messageKey());
        assertEquals("leads.otherLanguageSame", assertThrows(BusinessRuleException.class,
                () -> emailing(Set.of(), FRENCH, new ReplyTemplate("Autre", "fr", "S", "T"))).messageKey());
    }

    private Addressee person(long id, String firstName, String lastName, String language, Standing consent) {
        String email = (firstName + "." + lastName).toLowerCase(Locale.ROOT).replace(' ', '-') + "@exemple.ca";
        Addressee person = new Addressee(id, firstName, lastName, email, email, language);
        chosen.add(person);
        standing.put(id, consent);
        return person;
    }

    /** A person chosen at this address, which is also their key. */
    private Addressee addressee(long id, String firstName, String lastName, String key, Standing consent) {
        Addressee person = new Addressee(id, firstName, lastName, key, key, "fr");
        chosen.add(person);
        standing.put(id, consent);
        return person;
    }

    private List<Long> ids() {
        return chosen.stream().map(Addressee::id).toList();
    }

    private BulkEmailing emailing(Set<String> unsubscribed, ReplyTemplate template, ReplyTemplate otherLanguage) {
        List<Addressee> inIdOrder = chosen.stream().sorted(java.util.Comparator.comparing(Addressee::id)).toList();
        return new BulkEmailing(inIdOrder, standing, unsubscribed, template, otherLanguage, sender(),
                "Marie Tremblay", CENTRE, recipients -> {
                    Map<Long, String[]> asked = new HashMap<>();
                    recipients.forEach(id -> asked.put(id, new String[] {"Soudage-montage", "Welding and Fitting",
                            null}));
                    return asked;
                });
    }

    private static Tenant sender() {
        Tenant sender = new Tenant();
        sender.setNameFr("Centre de services scolaire du Fjord");
        sender.setNameEn("Fjord School Service Centre");
        sender.setMailingAddress("350, rue Racine Est\nSaguenay");
        return sender;
    }

    private static Unsubscriptions.Link link(String token, String language) {
        return new Unsubscriptions.Link("https://tremplin.example/desabonnement.xhtml?token=" + token + "&lang="
                + language, "https://tremplin.example/api/unsubscribe/" + token);
    }
}
