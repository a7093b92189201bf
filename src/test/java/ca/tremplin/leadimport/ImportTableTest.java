package ca.tremplin.leadimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.SampleFiles;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The exports recruiters bring back from their events, read as the people in them: the table found under each
 * report's summary, whatever the encoding and delimiter, and bad files refused with a reason.
 */
class ImportTableTest {

    @Test
    void aZoomAttendeeReportIsReadFromItsAttendeeSectionWithWhoCame() {
        ImportTable table = ImportTable.read(SampleFiles.bytes("zoom-webinar-attendees.csv"));

        assertEquals(ImportFormat.ZOOM_ATTENDEES, table.format());
        assertEquals("UTF-8 (BOM)", table.encoding());
        assertEquals(12, table.headerLine(), "the Attendee Details table, not the host's or panelists'");
        List<ImportedPerson> people = people(table);
        assertEquals(6, people.size());
        ImportedPerson aminata = people.get(0);
        assertEquals(13, aminata.line());
        assertTrue(aminata.isValid(), aminata.problems());
        assertEquals("aminata.kone@exemple.ci", aminata.person().emailNormalized());
        assertEquals("CI", aminata.person().countryOfResidence(), "Côte d'Ivoire read as its ISO code");
        assertEquals("+2250708091011", aminata.person().phoneE164());
        assertTrue(aminata.attended());
        assertFalse(people.get(3).attended(), "Thị Hoa registered but did not come");
        assertEquals("VN", people.get(3).person().countryOfResidence());
        assertFalse(people.get(5).isValid());
        assertTrue(people.get(5).problems().contains("Courriel"), people.get(5).problems());
        assertTrue(aminata.consents().isEmpty(), "a Zoom report proves no consent");
    }

    @Test
    void aZoomRegistrationReportIsReadFromItsRegistrantSection() {
        ImportTable table = ImportTable.read(SampleFiles.bytes("zoom-webinar-registrants.csv"));

        assertEquals(ImportFormat.ZOOM_REGISTRANTS, table.format());
        assertEquals("UTF-8", table.encoding());
        List<ImportedPerson> people = people(table);
        assertEquals(List.of("fatou.diop@exemple.sn", "liang.zhou@example.cn", "olena.kovalenko@example.ua"),
                people.stream().map(p -> p.person().emailNormalized()).toList());
        assertFalse(people.get(0).attended());
        assertEquals("CN", people.get(1).person().countryOfResidence());
    }

    @Test
    void aTeamsAttendanceReportInUtf16WithTabsIsReadFromItsParticipantsSection() {
        ImportTable table = ImportTable.read(SampleFiles.bytes("teams-attendance.csv"));

        assertEquals(ImportFormat.TEAMS_ATTENDANCE, table.format());
        assertEquals("UTF-16LE", table.encoding());
        assertEquals('\t', table.delimiter());
        List<ImportedPerson> people = people(table);
        assertEquals(3, people.size(), "the participants only, not the activities section");
        assertTrue(people.get(0).isSkipped(), "the organizer is not an attendee");
        ImportedPerson ines = people.get(1);
        assertEquals("Ines", ines.person().firstName());
        assertEquals("Ben Salah", ines.person().lastName(), "a full name split at its first space");
        assertTrue(ines.attended(), "an attendance report lists people who came");
    }

    @Test
    void anEventbriteExportGivesTheConsentItsColumnProves() {
        ImportTable table = ImportTable.read(SampleFiles.bytes("eventbrite-attendees.csv"));
        assertEquals(ImportFormat.EVENTBRITE, table.format());
        ColumnMapping mapping = ColumnMapping.guess(table.headers());
        mapping.set(ImportField.CONSENT_CONTACT, table.headers().indexOf(
                "I agree to be contacted by the school service centres"));

        List<ImportedPerson> people = table.firstRows(10).stream().map(row -> ImportedPerson.read(row, mapping,
                table, "eventbrite.csv", Locale.FRENCH)).toList();

        assertEquals(Boolean.TRUE, people.get(0).granted().get(ca.tremplin.person.ConsentPurpose.CONTACT));
        assertEquals(Boolean.FALSE, people.get(1).granted().get(ca.tremplin.person.ConsentPurpose.CONTACT));
        assertTrue(people.get(0).consents().get(ca.tremplin.person.ConsentPurpose.CONTACT).text()
                .contains("eventbrite.csv, ligne 2"), "the proof names the file and line");
        assertEquals("+33612345678", people.get(2).person().phoneE164(), "a national number read for its country");
    }

    @Test
    void aFrenchCrmExportInWindows1252WithSemicolonsHasItsFrenchHeadersRecognised() {
        ImportTable table = ImportTable.read(SampleFiles.bytes("crm-export-windows-1252.csv"));

        assertEquals("windows-1252", table.encoding());
        assertEquals(';', table.delimiter());
        assertEquals(ImportFormat.CSV, table.format());
        assertEquals(List.of("Nom complet", "Adresse électronique", "Cellulaire", "Pays de résidence", "Remarque"),
                table.headers());
        ColumnMapping mapping = ColumnMapping.guess(table.headers());
        assertEquals(List.of(0, 1, 2, 3), List.of(mapping.column(ImportField.FULL_NAME).orElseThrow(),
                mapping.column(ImportField.EMAIL).orElseThrow(), mapping.column(ImportField.PHONE).orElseThrow(),
                mapping.column(ImportField.COUNTRY).orElseThrow()));
        assertTrue(mapping.isComplete());
    }

    @Test
    void badFilesAreRefusedWithAReason() {
        assertEquals("import.invalid.empty", refused(new byte[0]));
        assertEquals("import.invalid.binary", refused(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2}));
        byte[] oneLine = new byte[10 * 1024 * 1024];
        Arrays.fill(oneLine, (byte) 'a');
        assertEquals("import.invalid.oneLine", refused(oneLine));
        ImportTable headerOnly = ImportTable.read("First Name,Last Name,Email\r\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(headerOnly.firstRows(1).isEmpty());
    }

    /**
     * A survey's export (Google Forms) with 120 long questions as columns: a header line of 11,000 characters is
     * still headers, and a first line too long to be headers above other lines is said as such, not as a file of one
     * line.
     */
    @Test
    void anExcelListWithWrappedHeadersNoBreakSpacesAndAMacsDecomposedAccentsIsReadAsItShows() {
        // Headers wrapped in their cells (Alt+Enter), "Prénom(s) :" and "Nom :" with French typography's no-break
        // space, "Téléphone cellulaire"; names with no-break spaces around them, and accents in two pieces.
        ImportTable table = ImportTable.read(SampleFiles.bytes("excel-fr-entetes-mises-en-forme.csv"));

        assertEquals(3, table.headerLine(), "the headers' record, not its second line");
        assertEquals(List.of("Adresse courriel", "Prénom(s)\u00A0:", "Nom\u00A0:", "Téléphone cellulaire",
                "Date d'inscription"), table.headers());
        List<ImportedPerson> people = people(table);
        assertEquals(2, people.size());
        ImportedPerson awa = people.get(0);
        assertEquals(6, awa.line(), "the line after the headers' three");
        assertTrue(awa.isValid(), awa.problems());
        assertEquals("awa.diop@exemple.sn", awa.person().email());
        assertEquals("Awa", awa.person().firstName(), "no no-break space kept around the name");
        assertEquals("Diop", awa.person().lastName(), "\"Nom :\" beside \"Prénom(s) :\" is the last name");
        assertEquals("+15145550199", awa.person().phoneE164());
        ImportedPerson elodie = people.get(1);
        assertEquals(7, elodie.line());
        assertEquals("\u00C9lodie", elodie.person().firstName(), "composed, as every form writes it");
        assertEquals("Gagn\u00E9", elodie.person().lastName());
        assertEquals("+14385550142", elodie.person().phoneE164());
    }

    @Test
    void aHeaderNamedWithAQualifierOrANoBreakSpaceIsRecognised() {
        assertTrue(ImportField.EMAIL.isNamedBy("Courriel (obligatoire)"));
        assertTrue(ImportField.EMAIL.isNamedBy("Email (required)"));
        assertTrue(ImportField.EMAIL.isNamedBy("Adresse\u00A0courriel\u202F:"));
        assertTrue(ImportField.FIRST_NAME.isNamedBy("Prénom(s)"));
        assertTrue(ImportField.PHONE.isNamedBy("Téléphone cellulaire"));
        assertFalse(ImportField.EMAIL.isNamedBy("Courriel (parent)"), "another person's address is not theirs");
    }

    @Test
    void aStrayQuoteInATitleDoesNotHideTheHeadersBelowIt() {
        byte[] list = ("Salon \"Emploi 2026\r\n\r\nCourriel,Prénom,Nom\r\nawa@exemple.sn,Awa,Diop\r\n")
                .getBytes(StandardCharsets.UTF_8);

        ImportTable table = ImportTable.read(list);

        assertEquals(3, table.headerLine());
        assertEquals(List.of("Courriel", "Prénom", "Nom"), table.headers());
        assertEquals("awa@exemple.sn", people(table).get(0).person().email());
    }

    @Test
    void aSurveysExportWithAHundredLongQuestionsIsReadAndAnOverlongFirstLineIsSaidForWhatItIs() {
        StringBuilder headers = new StringBuilder("Horodateur,Adresse e-mail,Prénom,Nom");
        StringBuilder row = new StringBuilder("2026/12/05 9:14:03 AM UTC−5,awa.diop@exemple.sn,Awa,Diop");
        for (int i = 1; i <= 120; i++) {
            headers.append(",Question ").append(i).append(" : Dans quelle mesure la séance vous a-t-elle été utile")
                    .append(" pour choisir votre programme d’études professionnelles au Québec ?");
            row.append(",5");
        }
        assertTrue(headers.length() > 11_000);
        ImportTable table = ImportTable.read((headers + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(1, table.headerLine());
        assertEquals("awa.diop@exemple.sn", people(table).get(0).person().emailNormalized());

        String tooLong = "a".repeat(ImportTable.LONGEST_HEADER_LINE + 10);
        assertEquals("import.invalid.headerTooLong", refused((tooLong + "\nb\nc\n").getBytes(StandardCharsets.UTF_8)));
    }

    /** An export of several pages repeats its header line: passed over, not a person who identifies nobody. */
    @Test
    void aHeaderLineRepeatedInTheDataIsNoRow() {
        ImportTable table = ImportTable.read(("Timestamp,Email Address,First name,Last name\n"
                + "2026/12/05,awa@exemple.sn,Awa,Diop\n"
                + "Timestamp,Email Address,First name,Last name\n"
                + "2026/12/05,karim@exemple.ma,Karim,Benali\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("awa@exemple.sn", "karim@exemple.ma"),
                people(table).stream().map(p -> p.person().emailNormalized()).toList());
        assertEquals(2, table.countRows());
    }

    /**
     * The same list exported again (another title line, another file's encoding and delimiter) has the same
     * fingerprint; another list has another.
     */
    @Test
    void theSameListHasTheSameFingerprintWhateverItsTitleLineEncodingOrDelimiter() {
        String once = "Attendee Report\nReport Generated:,2026-12-05 09:14\n\nFirst Name,Last Name,Email,Time in"
                + " Session (minutes)\nAwa,Diop,awa@exemple.sn,30\nKarim,Benali,karim@exemple.ma,45\n";
        String again = "Attendee Report\nReport Generated:,2026-12-06 17:02\n\nFirst Name;Last Name;Email;Time in"
                + " Session (minutes)\r\nAwa;Diop;awa@exemple.sn;30\r\nKarim;Benali;karim@exemple.ma;45\r\n";
        ImportTable.Summary first = ImportTable.read(once.getBytes(StandardCharsets.UTF_8)).summary();
        ImportTable.Summary second = ImportTable.read(again.getBytes(java.nio.charset.Charset.forName("windows-1252")))
                .summary();
        assertEquals(2, first.rows());
        assertEquals(first.fingerprint(), second.fingerprint());
        assertFalse(first.fingerprint().equals(ImportTable.read(once.replace("45", "46")
                .getBytes(StandardCharsets.UTF_8)).summary().fingerprint()), "another time is another list");
    }

    @Test
    void nomBesidePrenomIsTheLastNameUnlessAColumnIsNamedSo() {
        assertEquals(java.util.Optional.of(1), ColumnMapping.guess(List.of("Prénom", "Nom", "Courriel"))
                .column(ImportField.LAST_NAME));
        ColumnMapping forms = ColumnMapping.guess(List.of("ID", "Heure de début", "Adresse de messagerie", "Nom",
                "Prénom", "Nom de famille", "Courriel"));
        assertEquals(java.util.Optional.of(5), forms.column(ImportField.LAST_NAME),
                "a French Microsoft Forms export names the respondent's whole name \"Nom\"");
        assertEquals(java.util.Optional.of(3), forms.column(ImportField.FULL_NAME));
    }

    @Test
    void unreadableSecondaryValuesAreLeftOutWithAWarningAndOnlyRowsIdentifyingNobodyFail() {
        String csv = "First Name,Last Name,Email,Phone,Country\n"
                + "Ana,Silva,ana@example.pt,,Portugal\n"
                + "Bad,Phone,bad@example.org,12,France\n"
                + ",,,,\n"
                + "Zoé,Roy,zoe@example.fr,,Atlantide\n"
                + "Li,Wei,li.wei@example.cn,,CN\n"
                + "No,Address,not-an-address,,France\n";
        List<ImportedPerson> people = people(ImportTable.read(csv.getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of(2L, 3L, 5L, 6L, 7L), people.stream().map(ImportedPerson::line).toList(),
                "the row of empty cells is no row");
        assertEquals(List.of(true, true, true, true, false), people.stream().map(ImportedPerson::isValid).toList());
        assertNull(people.get(1).person().phoneE164());
        assertTrue(people.get(1).warnings().startsWith("Téléphone (Phone) : « 12 »"), people.get(1).warnings());
        assertNull(people.get(2).person().countryOfResidence());
        assertTrue(people.get(2).warnings().startsWith("Pays (Country) : « Atlantide »"), people.get(2).warnings());
        assertFalse(people.get(3).hasWarnings());
        assertTrue(people.get(4).problems().startsWith("Courriel (Email) : « not-an-address »"),
                people.get(4).problems());
    }

    @Test
    void linesEndingInACarriageReturnAloneAsExcelForMacintoshSavesThemAreLines() {
        String csv = "First Name,Last Name,Email\rMarie,Curie,marie.curie@exemple.fr\rPaul,Dirac,paul.dirac@exemple.uk\r";
        ImportTable table = ImportTable.read(csv.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of("First Name", "Last Name", "Email"), table.headers());
        assertEquals(List.of("marie.curie@exemple.fr", "paul.dirac@exemple.uk"), people(table).stream()
                .map(person -> person.person().emailNormalized()).toList());
        String titled = "Liste des inscrits\r\rPrénom;Nom;Courriel\r\nAwa;Diop;awa.diop@exemple.sn\r\n";
        ImportTable afterTitle = ImportTable.read(titled.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Prénom", "Nom", "Courriel"), afterTitle.headers(), "lines counted alike on both ends");
        assertEquals(List.of(4L), people(afterTitle).stream().map(ImportedPerson::line).toList());
    }

    @Test
    void aTableUnderASectionTitleEndsWhereTheSectionDoesAndARulerFromAWorkbookIsNoRow() {
        String csv = "1. Résumé\nTitre de la réunion,Séance d'information\n\n2. Participants\n"
                + "Nom,E-mail,Rôle\n"
                + "Awa Diop,awa.diop@exemple.sn,Participant\n"
                + "'-,'-,'-\n"
                + "Moussa Ndiaye,moussa.ndiaye@exemple.sn,Participant\n"
                + "\n3. Activités de la réunion\nNom,Arrivée,Départ,E-mail,Rôle\n"
                + "Geneviève Fortin,9:00,10:00,genevieve.fortin@exemple.org,Organisateur\n";
        List<ImportedPerson> people = people(ImportTable.read(csv.getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of("awa.diop@exemple.sn", "moussa.ndiaye@exemple.sn"), people.stream()
                .map(person -> person.person().emailNormalized()).toList(),
                "the next section's title and rows are not people; a dashed row (\"'-\" as a workbook's cells are"
                        + " read) is a ruler");
    }

    @Test
    void aListSomeoneTitledParticipantsKeepsThePeopleAfterItsBlankRows() {
        // A recruiter's own sheet: titled "Participants", a blank row between the two evenings of the fair.
        ImportTable table = ImportTable.read(("Participants;;\r\nCourriel;Prénom;Nom\r\n"
                + "awa.diop@exemple.sn;Awa;Diop\r\n;;\r\n\r\n"
                + "moussa.ndiaye@exemple.sn;Moussa;Ndiaye\r\n"
                + "ines.trabelsi@exemple.tn;Ines;Trabelsi\r\n").getBytes(StandardCharsets.UTF_8));

        List<ImportedPerson> people = people(table);
        assertEquals(List.of("awa.diop@exemple.sn", "moussa.ndiaye@exemple.sn", "ines.trabelsi@exemple.tn"),
                people.stream().map(person -> person.person().emailNormalized()).toList(),
                "nobody after the blank rows left out unsaid");
        assertEquals(List.of(3L, 6L, 7L), people.stream().map(ImportedPerson::line).toList());
        assertEquals(3, table.countRows(), "the import counts and reads them too");
    }

    @Test
    void aRowOfEmptyCellsEndsASectionAsAnEmptyLineDoesWhileARulerDoesNot() {
        String csv = "1. Résumé;;\n;;\n2. Participants;;\n"
                + "Nom;E-mail;Rôle\n"
                + "Awa Diop;awa.diop@exemple.sn;Participant\n"
                + "---;---;---\n"
                + "Moussa Ndiaye;moussa.ndiaye@exemple.sn;Participant\n"
                + "; \t;\n"
                + "3. Activités de la réunion;;\n"
                + "Geneviève Fortin;genevieve.fortin@exemple.org;Organisateur\n";
        List<ImportedPerson> people = people(ImportTable.read(csv.getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of(5L, 7L), people.stream().map(ImportedPerson::line).toList(),
                "the section ends at the row of blank cells; the row of dashes is a ruler inside it");
        assertEquals(List.of("awa.diop@exemple.sn", "moussa.ndiaye@exemple.sn"), people.stream()
                .map(person -> person.person().emailNormalized()).toList());
    }

    @Test
    void addressesAsPeoplePasteThemAreReadAndWhatIsLeftOutIsSaid() {
        String csv = "Email,Name,Phone,Country\n"
                + "\u00A0awa.sow@exemple.sn\u200B,Awa Sow,,SN\n"
                + "\"Cheikh Diouf <cheikh.diouf@exemple.sn>\",Cheikh Diouf,,SN\n"
                + "MAILTO:Dior.Ba@exemple.sn,Dior Ba,,SN\n"
                + "\"ines.t@exemple.tn, ines.pro@exemple.tn\",Ines Trabelsi,,TN\n"
                + "pas de courriel,Fodé Camara,+224 622 12 34 56,GN\n"
                + "aminata.sow-ba@exemple.sn,\"Aminata\r\nSow Ba\",,SN\n";
        List<ImportedPerson> people = people(ImportTable.read(csv.getBytes(StandardCharsets.UTF_8)));

        assertEquals(java.util.Arrays.asList("awa.sow@exemple.sn", "cheikh.diouf@exemple.sn", "dior.ba@exemple.sn",
                "ines.t@exemple.tn", null, "aminata.sow-ba@exemple.sn"), people.stream().map(person -> person.isValid()
                ? person.person().emailNormalized() : null).toList());
        assertEquals("Dior.Ba@exemple.sn", people.get(2).person().email(), "the address kept as written");
        assertTrue(people.get(3).warnings().contains("ines.pro@exemple.tn"), people.get(3).warnings());
        assertTrue(people.get(4).isValid(), "known by name and phone");
        assertTrue(people.get(4).warnings().startsWith("Courriel (Email) : « pas de courriel »"),
                people.get(4).warnings());
        assertEquals("Aminata", people.get(5).person().firstName());
        assertEquals("Sow Ba", people.get(5).person().lastName(), "a line break inside a name is a space");
    }

    @Test
    void aLineOfSpacesOrOfATabInAPlainListIsABlankRowNotTheEndOfTheList() {
        ImportTable table = ImportTable.read(("Email,First Name,Last Name\n"
                + "sp.one@example.com,One,Person\n"
                + " \n"
                + "sp.two@example.com,Two,Person\n"
                + "\t\n"
                + "sp.three@example.com,Three,Person\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));

        List<ImportedPerson> people = people(table);
        assertEquals(List.of("sp.one@example.com", "sp.two@example.com", "sp.three@example.com"),
                people.stream().map(p -> p.person().emailNormalized()).toList(), "nobody after the blank lines lost");
        assertEquals(List.of(2L, 4L, 6L), people.stream().map(ImportedPerson::line).toList());
        try (ImportTable.Rows rows = table.rows(0)) {
            int count = 0;
            while (rows.hasNext()) {
                rows.next();
                count++;
            }
            assertEquals(3, count, "the import's own reading, beyond the preview, reads every row");
        }
    }

    private static List<ImportedPerson> people(ImportTable table) {
        ColumnMapping mapping = ColumnMapping.guess(table.headers());
        return table.firstRows(100).stream().map(row -> ImportedPerson.read(row, mapping, table, "test.csv",
                Locale.FRENCH)).toList();
    }

    private static String refused(byte[] bytes) {
        return assertThrows(ImportProblem.class, () -> ImportTable.read(bytes)).messageKey();
    }

    @Test
    void aRecordThatCannotBeReadIsNamedByTheLineWhereItBegins() {
        byte[] list = ("Liste des inscrits — Salon de Dakar\r\n\r\n"
                + "Prénom;Nom;Courriel;Pays\r\n"
                + "Awa;Diop;awa.diop@exemple.sn;Sénégal\r\n"
                + "Karim;Benali;karim.benali@exemple.ma;Maroc\r\n"
                + "=HYPERLINK(\"http://exemple.org\";\"x\");Test;test@exemple.fr;France\r\n"
                + "Ana;Silva;ana.silva@exemple.br;Brésil\r\n").getBytes(StandardCharsets.UTF_8);
        List<ImportTable.Row> rows = ImportTable.read(list).firstRows(10);
        assertEquals(List.of(4L, 5L, 6L, 7L), rows.stream().map(ImportTable.Row::line).toList());
        ImportProblem problem = rows.get(2).unreadable();
        assertEquals("import.invalid.unreadableRow", problem.messageKey());
        assertTrue(problem.localizedMessage(Locale.FRENCH).startsWith("Ligne 6 illisible"),
                "the sixth line of the file, after a title and a blank line: " + problem.localizedMessage(Locale.FRENCH));
        assertEquals("ana.silva@exemple.br", rows.get(3).cell(2), "the line below it read on its own");
    }

    /**
     * Five people, the fourth opening a quote it never closes: every other one comes out, those below it too, read each
     * on its own line, and the fourth is a row of its own that cannot be read, named by its line with why — as the
     * import reads it from its start and as a resumed import reads it after the rows it wrote.
     */
    @Test
    void aLineWithAQuoteNeverClosedIsARowOfItsOwnAndTheRowsBelowItAreRead() {
        byte[] list = ("Prénom;Nom;Courriel;Pays\r\n"
                + "Awa;Diop;awa.diop@exemple.sn;Sénégal\r\n"
                + "Karim;Benali;karim.benali@exemple.ma;Maroc\r\n"
                + "Luc;Tremblay;luc.tremblay@exemple.ca;Canada\r\n"
                + "Ana;\"Silva;ana.silva@exemple.br;Brésil\r\n"
                + "Li;Wei;li.wei@exemple.cn;Chine\r\n").getBytes(StandardCharsets.UTF_8);
        ImportTable table = ImportTable.read(list);
        List<String> expected = Arrays.asList("awa.diop@exemple.sn", "karim.benali@exemple.ma",
                "luc.tremblay@exemple.ca", null, "li.wei@exemple.cn");
        for (int alreadyRead = 0; alreadyRead <= 4; alreadyRead++) {
            List<String> emails = new java.util.ArrayList<>();
            List<Long> lines = new java.util.ArrayList<>();
            try (ImportTable.Rows rows = table.rows(alreadyRead)) {
                while (rows.hasNext()) {
                    ImportTable.Row row = rows.next();
                    emails.add(row.unreadable() == null ? row.cell(2) : null);
                    lines.add(row.line());
                }
            }
            assertEquals(expected.subList(alreadyRead, 5), emails, "after " + alreadyRead + " rows written");
            assertEquals(List.of(2L, 3L, 4L, 5L, 6L).subList(alreadyRead, 5), lines);
        }
        ImportTable.Row unreadable = table.firstRows(10).get(3);
        assertEquals("import.invalid.quoteNeverClosed", unreadable.unreadable().messageKey());
        assertTrue(unreadable.unreadable().localizedMessage(Locale.ENGLISH).startsWith(
                "Line 5 cannot be read: the quote opened on this line is never closed"),
                unreadable.unreadable().localizedMessage(Locale.ENGLISH));
        assertEquals(List.of("Ana", "\"Silva", "ana.silva@exemple.br", "Brésil"), unreadable.cells(),
                "its cells as typed, in their columns");
        assertEquals(5, table.countRows(), "the row that cannot be read is counted, to be reported");
        ImportedPerson failed = ImportedPerson.read(unreadable, ColumnMapping.guess(table.headers()), table, "l.csv",
                Locale.FRENCH);
        assertFalse(failed.isValid(), "none of its values is read as the person's");
        assertTrue(failed.problems().startsWith("Ligne 5 illisible : le guillemet ouvert"), failed.problems());
    }

    /** The parser passes blank lines over before a record: the line named is the record's, not the blank one's. */
    @Test
    void aRecordThatCannotBeReadAfterBlankLinesIsNamedByItsOwnLine() {
        byte[] list = ("Prénom;Nom;Courriel;Téléphone;Pays\r\n"
                + "A;B;a.lt@exemple.fr;;France\r\n"
                + "\r\n"
                + " \r\n"
                + "x;\"y\")z;bad@exemple.fr;;France\r\n"
                + "C;D;c.lt@exemple.fr;;France\r\n").getBytes(java.nio.charset.Charset.forName("windows-1252"));
        List<ImportTable.Row> rows = ImportTable.read(list).firstRows(10);
        assertEquals(List.of(2L, 5L, 6L), rows.stream().map(ImportTable.Row::line).toList());
        ImportProblem problem = rows.get(1).unreadable();
        assertEquals("import.invalid.unreadableRow", problem.messageKey());
        assertTrue(problem.localizedMessage(Locale.FRENCH).startsWith("Ligne 5 illisible"),
                problem.localizedMessage(Locale.FRENCH));
        assertTrue(problem.localizedMessage(Locale.ENGLISH).startsWith("Line 5 cannot be read"),
                problem.localizedMessage(Locale.ENGLISH));
        assertEquals("c.lt@exemple.fr", rows.get(2).cell(2));
    }

    /**
     * A quoted cell over several lines (an address, a comment typed with line breaks) makes one record of several
     * lines: each row is named by the line it begins on, where a spreadsheet shows it, and the rows after it keep
     * their own lines, whatever the lines end with.
     */
    @Test
    void aRowWithACellOverSeveralLinesIsNamedByTheLineItBeginsOnAndTheNextRowsKeepTheirs() {
        for (String end : List.of("\n", "\r\n", "\r")) {
            byte[] list = ("Prénom;Nom;Courriel;Commentaire" + end
                    + "Awa;Diop;awa.diop@exemple.sn;\"Vient avec" + end + "sa sœur" + end + "et son frère\"" + end
                    + "Karim;Benali;karim.benali@exemple.ma;" + end
                    + "Ana;\"Silva" + end + "Costa\";ana.silva@exemple.br;" + end
                    + "Li;Wei;li.wei@exemple.cn;" + end).getBytes(StandardCharsets.UTF_8);
            List<Long> lines = ImportTable.read(list).firstRows(10).stream().map(ImportTable.Row::line).toList();
            assertEquals(List.of(2L, 5L, 6L, 8L), lines, "lines ending in " + end.replace("\r", "CR").replace("\n", "LF"));
        }
    }
}
