package ca.tremplin.leadimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.person.ConsentPurpose;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The never-drop rule: a row that identifies a person — a usable e-mail, or a name and a phone — is imported,
 * whatever secondary value cannot be read (left out, with a warning naming the column and why); only a row that
 * identifies nobody fails. Phones are read in the country of residence, else as international numbers.
 */
class ImportedPersonTest {

    @Test
    void fiveThousandPeopleAbroadWithNorthAmericanPhonesAreAllImportedWithTheirNumbers() {
        String[] countries = {"Maroc", "France", "Sénégal", "Côte d'Ivoire", "Tunisie", "Cameroun", "Belgique",
                "Algérie", "Brésil", "Viêt Nam"};
        StringBuilder csv = new StringBuilder("Prénom;Nom;Courriel;Téléphone;Pays\r\n");
        for (int i = 0; i < 5000; i++) {
            csv.append("Personne;N").append(i).append(";p").append(i).append("@exemple.org;")
                    .append(i % 2 == 0 ? "(514) 555-" : "1-438-555-").append(String.format("%04d", i)).append(';')
                    .append(countries[i % countries.length]).append("\r\n");
        }
        ImportTable table = ImportTable.read(csv.toString().getBytes(StandardCharsets.UTF_8));
        ColumnMapping mapping = ColumnMapping.guess(table.headers());

        List<ImportedPerson> people = table.firstRows(5000).stream()
                .map(row -> ImportedPerson.read(row, mapping, table, "liste.csv", Locale.FRENCH)).toList();

        assertEquals(5000, people.size());
        assertTrue(people.stream().allMatch(p -> p.isValid() && !p.hasWarnings()),
                people.stream().filter(ImportedPerson::hasWarnings).findFirst().map(ImportedPerson::warnings)
                        .orElse(""));
        assertEquals("+15145550000", people.get(0).person().phoneE164());
        assertEquals("MA", people.get(0).person().countryOfResidence());
        assertEquals("+14385554999", people.get(4999).person().phoneE164());
    }

    @Test
    void aPhoneIsReadInTheCountryOfResidenceElseAsAnInternationalNumber() {
        assertEquals("+33612345678", phone("06 12 34 56 78", "France"), "in the country's format");
        assertEquals("+442079460958", phone("+44 20 7946 0958", "France"), "international, with +");
        assertEquals("+442079460958", phone("0044 20 7946 0958", "France"), "international, with 00");
        assertEquals("+15145550199", phone("514.555.0199", "Sénégal"), "North American");
        assertEquals("+33612345678", phone("33612345678", "Canada"), "a + that a spreadsheet dropped");
        assertEquals("+15145550199", phone("'+1 514 555 0199", "Canada"), "the quote a download put before it");
        assertNull(phone("12", "France"));
        assertNull(phone("+91 98765 43210x", "Inde"), "a stray letter is no number");
        for (String withExtension : List.of("+1 418 641-6411 poste 22", "418-641-6411 ext. 22", "(418) 641-6411 x22")) {
            ImportedPerson read = row("Name;Email;Phone;Country", "Test Person;t@exemple.org;" + withExtension
                    + ";Canada");
            assertEquals("+14186416411", read.person().phoneE164(), withExtension + ": the number is kept");
            assertTrue(read.warnings().contains("le poste 22 est laissé de côté"),
                    withExtension + ": and the extension said left out: " + read.warnings());
        }
        assertNull(phone("0612", null));
    }

    @Test
    void aRowWithAUsableEmailIsImportedWhateverElseItLacks() {
        ImportedPerson nameless = row("Prénom;Nom;Courriel;Téléphone;Pays;Durée", ";;seule@exemple.org;abc;Mars;?");

        assertTrue(nameless.isValid());
        assertEquals("", nameless.person().firstName());
        assertNull(nameless.person().phoneE164());
        assertNull(nameless.person().countryOfResidence());
        assertNull(nameless.minutes());
        assertEquals(List.of("Pays", "Téléphone", "Nom complet", "Durée de présence (Durée)"),
                List.of(nameless.warnings().split(" ; ")).stream().map(w -> w.substring(0, w.indexOf(" : ")))
                        .toList(), "each value left out, by column: " + nameless.warnings());
    }

    @Test
    void aNameAndAPhoneIdentifyAPersonWithoutAnEmailButANameAloneDoesNot() {
        ImportedPerson named = row("Prénom;Nom;Courriel;Téléphone;Pays", "Awa;Diop;;77 123 45 67;Sénégal");
        assertTrue(named.isValid());
        assertNull(named.person().emailNormalized());
        assertEquals("+221771234567", named.person().phoneE164());

        ImportedPerson nameOnly = row("Prénom;Nom;Courriel;Téléphone;Pays", "Awa;Diop;;;Sénégal");
        assertFalse(nameOnly.isValid());
        assertFalse(nameOnly.isSkipped());
        assertEquals("Courriel : absent, et la ligne n’a pas de nom avec un téléphone : elle n’identifie personne.",
                nameOnly.problems());
        ImportedPerson badPhone = row("Prénom;Nom;Courriel;Téléphone;Pays", "Awa;Diop;;12;Sénégal");
        assertFalse(badPhone.isValid(), "a phone that cannot be read identifies nobody");
    }

    @Test
    void aTooLongNameIsCutWithAWarningAndAnOrganiserIsSkippedWithTheReason() {
        ImportedPerson long_ = row("Name,Email", "A" + "b".repeat(150) + ",long@exemple.org");
        assertEquals(100, long_.person().firstName().length());
        assertTrue(long_.warnings().startsWith("Nom complet (Name) : plus de 100 caractères"), long_.warnings());

        ImportedPerson organiser = row("Nom complet,Courriel,Rôle", "Geneviève Fortin,gf@exemple.org,Organisateur");
        assertTrue(organiser.isSkipped());
        assertFalse(organiser.isValid());
        assertEquals("Organisateur de l’événement : ce n’est pas un participant.", organiser.skipped());
        assertFalse(row("Nom complet,Courriel,Rôle", "Ines Ben Salah,ibs@exemple.tn,Participant").isSkipped());
    }

    /** HubSpot's contacts: "Phone Number" empty, the number in "Mobile Phone Number" is the one taken. */
    @Test
    void aHubSpotContactWithoutPhoneNumberHasTheMobilePhoneNumber() {
        String headers = "First Name,Last Name,Email,Phone Number,Mobile Phone Number,Country/Region";
        assertEquals("+221771112233", row(headers, "Awa,Diop,awa@exemple.sn,,+221 77 111 22 33,Senegal")
                .person().phoneE164());
        assertEquals("+221338001122", row(headers, "Awa,Diop,awa@exemple.sn,+221 33 800 11 22,+221 77 111 22 33,"
                + "Senegal").person().phoneE164(), "the phone number first, when there is one");
        ImportedPerson mobileOnly = row(headers, "Awa,Diop,,,+221 77 111 22 33,Senegal");
        assertTrue(mobileOnly.isValid(), "her name and her mobile identify her: " + mobileOnly.problems());
    }

    /**
     * A Microsoft Forms form anyone can answer writes "anonymous" as the respondent's "Adresse de messagerie": the
     * address the person typed in the form's "Courriel" question is theirs.
     */
    @Test
    void aMicrosoftFormsAnswerWithoutAnAccountTakesTheAddressTypedInTheForm() {
        ImportedPerson read = row("ID;Heure de début;Adresse de messagerie;Nom;Courriel;Numéro de cellulaire",
                "1;05/12/2026 10:00;anonymous;Awa Diop;awa.diop@exemple.sn;+221 77 111 22 33");

        assertTrue(read.isValid(), String.valueOf(read.problems()));
        assertEquals("awa.diop@exemple.sn", read.person().email());
        assertFalse(read.hasWarnings(), read.warnings());
    }

    private static String phone(String typed, String country) {
        ImportedPerson read = row("Name;Email;Phone;Country", "Test Person;t@exemple.org;" + typed + ";"
                + (country == null ? "" : country));
        return read.person().phoneE164();
    }

    @Test
    void aNameWhoseLettersTheFileLostIsLeftOutWithHowToGetItBackAndPunctuationInANameIsNoLoss() {
        ImportedPerson replaced = row("Name;Email", "Zh\uFFFDng Wei;wei@exemple.cn");
        assertTrue(replaced.isValid(), "the e-mail still identifies him");
        assertEquals("", replaced.person().firstName());
        assertEquals("", replaced.person().lastName());
        assertTrue(replaced.warnings().startsWith("Nom complet (Name) : illisible, le fichier a perdu des lettres de"
                + " ce nom (« Zh\uFFFDng Wei ») : laissé de côté. Enregistrez le fichier en « CSV UTF-8 »"),
                replaced.warnings());
        assertFalse(replaced.warnings().contains("aucun nom"), "said once: " + replaced.warnings());

        for (String lost : List.of("? ?", "Th? Hoa Nguy?n", "???? ???????", "Hoa ?", "?Lan")) {
            ImportedPerson read = row("Name;Email", lost + ";p@exemple.org");
            assertEquals("", read.person().firstName() + read.person().lastName(), lost);
            assertTrue(read.warnings().contains("(« " + lost + " »)"), lost + ": " + read.warnings());
        }
        for (String name : List.of("Mary-Kate O'Brien", "N’Diaye Aïssatou", "J.-P. Côté", "Awa Diop (?)")) {
            ImportedPerson read = row("Name;Email", name + ";p@exemple.org");
            assertFalse(read.hasWarnings(), name + ": " + read.warnings());
        }

        ImportedPerson renamed = row("Name (Original Name);User Email", "Wei Li (??);wei.li@exemple.cn");
        assertEquals("Wei", renamed.person().firstName(), "Zoom's original name, left out, loses nothing");
        assertEquals("Li", renamed.person().lastName());
        assertFalse(renamed.hasWarnings(), renamed.warnings());

        ImportedPerson english = ImportedPerson.read(ImportTable.read(
                "First name;Last name;Email\r\nTh? Hoa;Nguyen;hoa@exemple.vn\r\n".getBytes(StandardCharsets.UTF_8))
                .firstRows(1).get(0), ColumnMapping.guess(List.of("First name", "Last name", "Email")),
                ImportTable.read("First name;Last name;Email\r\nx;y;z\r\n".getBytes(StandardCharsets.UTF_8)),
                "list.csv", Locale.ENGLISH);
        assertEquals("Nguyen", english.person().lastName(), "only the value that lost letters is left out");
        assertEquals("First name: unreadable, the file lost letters of this name (“Th? Hoa”): left out. Save the"
                + " file as “CSV UTF-8” or as an Excel workbook (.xlsx) and import it again.", english.warnings());
    }

    @Test
    void onlyAnExplicitYesOrNoToBeingContactedIsRecordedAndAnUnclearAnswerIsSaidOnItsRow() {
        String headers = "Prénom;Nom;Courriel;Consentement contact";
        ImportedPerson yes = row(headers, "Awa;Diallo;awa@exemple.sn;Oui ");
        assertEquals(Boolean.TRUE, yes.granted().get(ConsentPurpose.CONTACT));
        assertTrue(yes.consents().get(ConsentPurpose.CONTACT).text().contains("« Consentement contact » = « Oui »"),
                "the header and the answer are the proof");
        assertFalse(yes.hasWarnings());

        ImportedPerson no = row(headers, "Karim;Benali;karim@exemple.ma;NON");
        assertEquals(Boolean.FALSE, no.granted().get(ConsentPurpose.CONTACT), "an explicit no is a refusal");
        assertTrue(no.consents().containsKey(ConsentPurpose.CONTACT));
        assertFalse(no.hasWarnings());

        ImportedPerson blank = row(headers, "Fatou;Sow;fatou@exemple.sn; ");
        assertTrue(blank.isValid());
        assertTrue(blank.consents().isEmpty() && blank.granted().isEmpty(), "a blank answer records no refusal");
        assertFalse(blank.hasWarnings(), "nothing to say of a question left unanswered");

        ImportedPerson maybe = row(headers, "Inès;Haddad;ines@exemple.tn;peut-être");
        assertTrue(maybe.isValid(), "the person is imported");
        assertTrue(maybe.consents().isEmpty() && maybe.granted().isEmpty(), "no consent and no refusal");
        assertEquals("Consentement à être contacté (Consentement contact) : réponse non comprise, ni oui ni non"
                + " (« peut-être ») : rien n’est enregistré, ni consentement ni refus.", maybe.warnings());

        ImportedPerson unknown = row(headers, "Moussa;Ba;moussa@exemple.sn;N/A", Locale.ENGLISH);
        assertTrue(unknown.granted().isEmpty());
        assertEquals("Consent to be contacted (Consentement contact): answer not understood, neither yes nor no"
                + " (“N/A”): nothing recorded, neither consent nor refusal.", unknown.warnings());
    }

    @Test
    void theNewsColumnIsReadByTheSameRulesAsTheContactColumn() {
        String headers = "Name;Email;Consent to contact;Newsletter";
        ImportedPerson read = row(headers, "Rafael Souza;rafael@exemplo.br;I agree;maybe");
        assertEquals(Boolean.TRUE, read.granted().get(ConsentPurpose.CONTACT));
        assertFalse(read.granted().containsKey(ConsentPurpose.NEWS), "maybe records nothing");
        assertTrue(read.warnings().contains("« maybe »"), read.warnings());
        assertEquals(Boolean.FALSE, row(headers, "Rafael Souza;rafael@exemplo.br;;Unsubscribed").granted()
                .get(ConsentPurpose.NEWS));
    }

    private static ImportedPerson row(String headers, String line) {
        return row(headers, line, Locale.FRENCH);
    }

    private static ImportedPerson row(String headers, String line, Locale staffLanguage) {
        ImportTable table = ImportTable.read((headers + "\r\n" + line + "\r\n").getBytes(StandardCharsets.UTF_8));
        ColumnMapping mapping = ColumnMapping.guess(table.headers());
        return ImportedPerson.read(table.firstRows(1).get(0), mapping, table, "liste.csv", staffLanguage);
    }
}
