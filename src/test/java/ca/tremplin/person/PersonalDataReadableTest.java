package ca.tremplin.person;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.Languages;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The copy of a person's data that they read: tables and columns named in their language, times in Québec's time,
 * codes in words, the keys a database computes left out, what they typed shown as text and never as markup.
 */
class PersonalDataReadableTest {

    private static PersonalDataSet data(byte[] document) {
        Map<String, Object> lead = new LinkedHashMap<>();
        lead.put("id", 51L);
        lead.put("tenant_id", 3L);
        lead.put("email_normalized", "awa.diop@example.sn");
        lead.put("first_name", "Awa <script>alert(1)</script>");
        lead.put("country_of_residence", "SN");
        lead.put("language", "fr");
        lead.put("stage", "CONTACTED");
        lead.put("first_inquiry_at", "2026-12-05T17:51:13Z");
        lead.put("merged_into_id", null);
        Map<String, Object> inquiry = new LinkedHashMap<>();
        inquiry.put("id", 46L);
        inquiry.put("french_level", "A1");
        inquiry.put("received_at", "2026-07-01T03:05:00Z");
        Map<String, Object> consent = new LinkedHashMap<>();
        consent.put("purpose", "CONTACT");
        consent.put("granted", Boolean.TRUE);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("document_id", 7L);
        content.put("content", document);
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("kind", "FIRST_RESPONSE");
        task.put("title", "first-response");
        task.put("assigned_to", 5L);
        Map<String, Object> interest = new LinkedHashMap<>();
        interest.put("kind", "PROGRAM");
        interest.put("value", "11");
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("kind", "SOURCE");
        source.put("value", "SOCIAL_MEDIA");
        Map<String, Object> asked = new LinkedHashMap<>();
        asked.put("inquiry_id", 46L);
        asked.put("program_id", 24L);
        Map<String, Object> mail = new LinkedHashMap<>();
        mail.put("subject", "Bonjour");
        mail.put("body_text", "Bonjour Awa");
        mail.put("body_html", "<p>Bonjour Awa</p>");
        mail.put("status", "SENT");
        Map<String, PersonalDataSet.Table> tables = new LinkedHashMap<>();
        tables.put("lead_task", new PersonalDataSet.Table(List.copyOf(task.keySet()), List.of(task)));
        tables.put("lead_interest", new PersonalDataSet.Table(List.copyOf(interest.keySet()),
                List.of(interest, source)));
        tables.put("inquiry_program", new PersonalDataSet.Table(List.copyOf(asked.keySet()), List.of(asked)));
        tables.put("outbox_message", new PersonalDataSet.Table(List.copyOf(mail.keySet()), List.of(mail)));
        tables.put("lead", new PersonalDataSet.Table(List.copyOf(lead.keySet()), List.of(lead)));
        tables.put("inquiry", new PersonalDataSet.Table(List.copyOf(inquiry.keySet()), List.of(inquiry)));
        tables.put("consent_record", new PersonalDataSet.Table(List.copyOf(consent.keySet()), List.of(consent)));
        tables.put("lead_document_content", new PersonalDataSet.Table(List.copyOf(content.keySet()),
                List.of(content)));
        tables.put("offer_application", new PersonalDataSet.Table(List.of("id", "status"), List.of()));
        return new PersonalDataSet(Instant.parse("2026-12-05T18:00:00Z"), 3, "CSS du Fjord", "Fjord School Board",
                List.of(51L), List.of(), tables, new PersonalDataSet.Names(Map.of(5L, "Louis-Philippe Roy"),
                Map.of(11L, new String[] {"Boulangerie", "Baking"}, 24L,
                        new String[] {"Assistance technique en pharmacie", "Pharmacy Technical Assistance"})));
    }

    @Test
    void inFrenchTheTablesColumnsTimesAndCodesAreInWords() {
        byte[] passport = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Map<byte[], String> files = new IdentityHashMap<>();
        files.put(passport, "files/lead_document_content/7-content.pdf");

        String page = PersonalDataReadable.html(data(passport), Languages.FRENCH, files);

        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"fr\">"), page);
        assertTrue(page.contains("<h1>Vos données personnelles — CSS du Fjord</h1>"), page);
        assertTrue(page.contains("Copie faite le 5 déc. 2026 à 13 h 00"), "the copy's time, Québec's: " + page);
        assertTrue(page.contains("<h2>Votre dossier</h2>") && page.contains("<th scope=\"col\">Prénom</th>")
                && page.contains("<th scope=\"col\">Pays de résidence</th>"), page);
        assertTrue(page.contains("<td>Sénégal (SN)</td>"), "a country by its name: " + page);
        assertTrue(page.contains("<td>français</td>"), "a language by its name: " + page);
        assertTrue(page.contains("<td>5 déc. 2026 à 12 h 51</td>"), "UTC 17:51 in December is 12:51 in Québec");
        assertTrue(page.contains("<td>30 juin 2026 à 23 h 05</td>"), "and a summer night the day before: " + page);
        assertTrue(page.contains("<td>A1 (débutant)</td>"), "a level of French in words: " + page);
        assertTrue(page.contains("<td>Oui</td>"), "yes and no in words");
        assertTrue(page.contains("<td><span aria-hidden=\"true\">—</span>"), "nothing as a dash");
        assertTrue(page.contains("Fichier files/lead_document_content/7-content.pdf"), "a file by its place in the zip");
        assertTrue(page.contains("Awa &lt;script&gt;alert(1)&lt;/script&gt;"), "what was typed, as text");
        assertFalse(page.contains("<script>"), "never as markup");
        assertFalse(page.contains("email_normalized") || page.contains("awa.diop@example.sn")
                || page.contains("tenant_id"), "the keys a database computes are not shown: " + page);
        assertTrue(page.contains("Rien n’est conservé à votre sujet dans :</h2>\n<ul><li>Vos candidatures</li>"),
                "an empty table is named, not shown as an empty grid: " + page);
        assertTrue(page.contains("<td>Première réponse à donner</td><td>Répondre à votre demande</td>"
                + "<td>Louis-Philippe Roy</td>"), "a task in words, its staff member by name: " + page);
        assertTrue(page.contains("<td>Programme</td><td>Boulangerie</td>")
                && page.contains("<td>Connu par</td><td>Réseaux sociaux</td>"), "interests in words: " + page);
        assertTrue(page.contains("<td>46</td><td>Assistance technique en pharmacie</td>"), "a program by its title");
        assertTrue(page.contains("<td>Envoyé</td>") && !page.contains("&lt;p&gt;Bonjour"),
                "a mail's status in words, its text without its HTML: " + page);
        assertTrue(page.contains("personal-data.json les garde"), "what the page leaves out is said");
    }

    /** A value the person never gave looks like a dash and is heard in words, not as "dash". */
    @Test
    void aValueNotGivenIsSaidInWordsToAScreenReader() {
        String french = PersonalDataReadable.html(data(new byte[0]), Languages.FRENCH, new IdentityHashMap<>());
        String english = PersonalDataReadable.html(data(new byte[0]), Languages.ENGLISH, new IdentityHashMap<>());

        assertTrue(french.contains("<td><span aria-hidden=\"true\">—</span><span class=\"visually-hidden\">non précisé"
                + "</span></td>") && french.contains(".visually-hidden{"), french);
        assertTrue(english.contains("<span class=\"visually-hidden\">not given</span></td>"), english);
    }

    @Test
    void inEnglishTheSameInEnglish() {
        String page = PersonalDataReadable.html(data(new byte[0]), Languages.ENGLISH, new IdentityHashMap<>());

        assertTrue(page.contains("<html lang=\"en\">") && page.contains("Your personal data — Fjord School Board"));
        assertTrue(page.contains("<h2>Your record</h2>") && page.contains("<th scope=\"col\">First name</th>"), page);
        assertTrue(page.contains("<td>Senegal (SN)</td>") && page.contains("<td>French</td>"), page);
        // Canadian English writes "Dec. 5, 2026 at 12:51 p.m."; the runtime's own data decides the dots.
        assertTrue(page.matches("(?s).*<td>Dec\\.? 5, 2026 at 12:51\\s[pP]\\.?[mM]\\.?</td>.*"), page);
        assertTrue(page.contains("<td>A1 (beginner)</td>") && page.contains("<td>Yes</td>"), page);
        assertTrue(page.contains("<td>Baking</td>") && page.contains("<td>First answer to give</td>"), page);
        assertFalse(page.contains(".."), "no double full stop after \"p.m.\"");
    }

    /**
     * Every way a consent was changed and every way an address unsubscribed reads in words, in French and in
     * English: a consent given again by registering for an event or applying again included, not its code.
     */
    @Test
    void everyWayAConsentChangedOrAnAddressUnsubscribedIsSaidInWordsInBothLanguages() {
        for (java.util.Locale language : List.of(Languages.FRENCH, Languages.ENGLISH)) {
            java.util.ResourceBundle labels = java.util.ResourceBundle.getBundle(PersonalDataReadable.LABELS,
                    language);
            for (ConsentChannel channel : ConsentChannel.values()) {
                String said = PersonalDataReadable.said("consent_change", "channel", Map.of("channel",
                        channel.name()), language, Map.of(), labels, PersonalDataSet.Names.NONE);
                assertFalse(said.equals(channel.name()), language + ": " + channel);
            }
            for (ca.tremplin.unsubscribe.MailOptOut.Channel channel : ca.tremplin.unsubscribe.MailOptOut.Channel
                    .values()) {
                String said = PersonalDataReadable.said("mail_opt_out", "channel", Map.of("channel",
                        channel.name()), language, Map.of(), labels, PersonalDataSet.Names.NONE);
                assertFalse(said.equals(channel.name()), language + ": " + channel);
            }
        }
    }

    /**
     * A place on an event's waiting list reads in words: its status, since when the person waited, and the timeline's
     * lines of joining, leaving and being given a seat, in French and in English.
     */
    @Test
    void aPlaceOnAnEventsWaitingListReadsInWordsInBothLanguages() {
        Map<String, Object> waiting = new LinkedHashMap<>();
        waiting.put("id", 8L);
        waiting.put("status", "WAITLISTED");
        waiting.put("waitlisted_at", "2026-12-05T17:51:13Z");
        Map<String, Object> joined = new LinkedHashMap<>();
        joined.put("kind", "EVENT_WAITLISTED");
        Map<String, PersonalDataSet.Table> tables = new LinkedHashMap<>();
        tables.put("event_registration", new PersonalDataSet.Table(List.copyOf(waiting.keySet()), List.of(waiting)));
        tables.put("lead_event", new PersonalDataSet.Table(List.copyOf(joined.keySet()), List.of(joined)));
        PersonalDataSet data = new PersonalDataSet(Instant.parse("2026-12-06T18:00:00Z"), 3, "CSS du Fjord",
                "Fjord School Board", List.of(51L), List.of(), tables, PersonalDataSet.Names.NONE);

        String french = PersonalDataReadable.html(data, Languages.FRENCH, new IdentityHashMap<>());
        String english = PersonalDataReadable.html(data, Languages.ENGLISH, new IdentityHashMap<>());

        assertTrue(french.contains("<th scope=\"col\">Sur la liste d’attente depuis le</th>")
                && french.contains("<td>Sur la liste d’attente</td>")
                && french.contains("<td>5 déc. 2026 à 12 h 51</td>")
                && french.contains("<td>Inscription sur la liste d’attente d’un événement</td>"), french);
        assertTrue(english.contains("<th scope=\"col\">On the waiting list since</th>")
                && english.contains("<td>On the waiting list</td>")
                && english.contains("<td>Joined an event’s waiting list</td>"), english);
        for (String kind : List.of("EVENT_WAITLIST_LEFT", "EVENT_WAITLIST_SEATED")) {
            for (java.util.Locale language : List.of(Languages.FRENCH, Languages.ENGLISH)) {
                String said = PersonalDataReadable.said("lead_event", "kind", Map.of("kind", kind), language,
                        Map.of(), java.util.ResourceBundle.getBundle(PersonalDataReadable.LABELS, language),
                        PersonalDataSet.Names.NONE);
                assertFalse(said.equals(kind), language + ": " + kind);
            }
        }
    }

    /**
     * The trail of a showcase profile's moderation reads in words: the move and the statuses before and after, in
     * French and in English; the table and its columns are named.
     */
    @Test
    void aShowcaseProfilesTrailReadsInWordsInBothLanguages() {
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("kind", "TAKEN_DOWN");
        decision.put("from_status", "APPROVED");
        decision.put("to_status", "AWAITING_MODERATION");
        decision.put("reason", "Une cliente sur la photo");
        Map<String, PersonalDataSet.Table> tables = new LinkedHashMap<>();
        tables.put("showcase_decision", new PersonalDataSet.Table(List.copyOf(decision.keySet()), List.of(decision)));
        PersonalDataSet data = new PersonalDataSet(Instant.parse("2026-12-06T18:00:00Z"), 3, "CSS du Fjord",
                "Fjord School Board", List.of(), List.of(), tables, PersonalDataSet.Names.NONE);

        String french = PersonalDataReadable.html(data, Languages.FRENCH, new IdentityHashMap<>());
        String english = PersonalDataReadable.html(data, Languages.ENGLISH, new IdentityHashMap<>());

        assertTrue(french.contains("Décisions de modération de votre profil de la vitrine")
                && french.contains("<th scope=\"col\">Statut avant</th>")
                && french.contains("<td>Retrait de la vitrine pour vérification</td>")
                && french.contains("<td>Publié</td>") && french.contains("<td>En attente de modération</td>")
                && french.contains("<td>Une cliente sur la photo</td>"), french);
        assertTrue(english.contains("<th scope=\"col\">Status after</th>")
                && english.contains("<td>Taken off the showcase for a review</td>"), english);
    }

    /**
     * A parent's or guardian's answer: the page says, before any table, that the address was given by a parent or
     * guardian, that the children's own records are not in it and whom to write to for them; each child is named with
     * what the consent was for, in words, in French and in English.
     */
    @Test
    void aGuardiansAnswerNamesTheChildrenAndSaysWhereToAskForTheirRecordsInBothLanguages() {
        Map<String, Object> child = new LinkedHashMap<>();
        child.put("record_kind", "INQUIRY");
        child.put("record_id", 46L);
        child.put("person_name", "Léa Tremblay");
        child.put("purpose", "GUARDIAN");
        child.put("granted", Boolean.TRUE);
        child.put("given_at", "2026-12-05T17:51:13Z");
        child.put("guardian_name", "Nadia Tremblay");
        Map<String, PersonalDataSet.Table> tables = new LinkedHashMap<>();
        tables.put("outbox_message", new PersonalDataSet.Table(List.of("subject"), List.of()));
        tables.put(PersonalDataExport.GUARDIAN_OF, new PersonalDataSet.Table(List.copyOf(child.keySet()),
                List.of(child)));
        PersonalDataSet data = new PersonalDataSet(Instant.parse("2026-12-06T18:00:00Z"), 3, "CSS du Fjord",
                "Fjord School Board", List.of(), List.of(), tables, PersonalDataSet.Names.NONE);

        String french = PersonalDataReadable.html(data, Languages.FRENCH, new IdentityHashMap<>());
        String english = PersonalDataReadable.html(data, Languages.ENGLISH, new IdentityHashMap<>());

        assertTrue(french.contains("<p class=\"guardian\">Cette adresse a été donnée par un parent ou tuteur")
                && french.contains("Leur propre dossier n’est pas joint")
                && french.indexOf("class=\"guardian\"") < french.indexOf("<h2>"), french);
        assertTrue(french.contains("<h2>Personnes de moins de 14 ans rattachées à votre adresse"
                + " (parent ou tuteur)</h2>")
                && french.contains("<td>Sa demande d’information</td><td>46</td><td>Léa Tremblay</td>"), french);
        assertTrue(english.contains("Their own records are not part of this answer")
                && english.contains("<td>Their information request</td><td>46</td><td>Léa Tremblay</td>"), english);
        String own = PersonalDataReadable.html(data(new byte[0]), Languages.FRENCH, new IdentityHashMap<>());
        assertFalse(own.contains("class=\"guardian\""), "a person's own answer says nothing of guardians");
    }
}
