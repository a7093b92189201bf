package ca.tremplin.leadimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.SampleFiles;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Each vendor's export as it really comes, one sample file per layout under {@code src/test/resources/imports}: the
 * table found under whatever the vendor writes above it, the people read with their line in the file, the hosts,
 * panelists and organisers skipped with the reason (a Teams presenter is an attendee: Teams makes everyone one), a waiting room that is not attendance, and the rows of one
 * person folded into one registration with the total time.
 */
class AttendeeListLayoutsTest {

    @Test
    void aZoomWebinarAttendeeReportSkipsItsPanelistAndAddsUpTheTimeOfARepeatedAttendee() {
        Read read = read("zoom-webinar-attendees.csv");

        assertEquals(ImportFormat.ZOOM_ATTENDEES, read.table.format());
        assertEquals("import.skip.panelist", read.table.organisers().get("recruteur@coordination.demo"));
        assertEquals("import.skip.host", read.table.organisers().get("genevieve.fortin@coordination.demo"));
        AttendanceTotals youssef = read.totals().get(1);
        assertEquals(List.of(14L, 15L), youssef.lines());
        assertEquals(Integer.valueOf(37 + 16), youssef.minutes(), "two visits of one person, one registration");
        AttendanceTotals hoa = read.totals().get(2);
        assertFalse(hoa.attended());
        assertNull(hoa.minutes(), "Zoom's -- is no time, and no warning");
        assertFalse(read.people.get(3).hasWarnings());
    }

    /**
     * Zoom's "Other Attended" section (people who joined without registering) has headers of its own, shorter and in
     * another order: its people are attendees like the others, read by their own headers, not rows "identifying
     * nobody" read with the attendees' columns.
     */
    @Test
    void aZoomWebinarReportReadsThePeopleWhoAttendedWithoutRegisteringByTheirOwnHeaders() {
        Read read = read("zoom-webinar-attendees-other.csv");

        assertEquals(ImportFormat.ZOOM_ATTENDEES, read.table.format());
        assertEquals(3, read.people.size(), "the section's title and headers are no people");
        ImportedPerson ibrahima = read.people.get(1);
        assertTrue(ibrahima.isValid(), String.valueOf(ibrahima.problems()));
        assertEquals(13, ibrahima.line());
        assertEquals("ibrahima.fall@exemple.sn", ibrahima.person().email());
        assertEquals(List.of("Ibrahima", "Fall"), List.of(ibrahima.person().firstName(), ibrahima.person().lastName()));
        assertEquals(Integer.valueOf(75), ibrahima.minutes());
        assertEquals("SN", ibrahima.person().countryOfResidence());
        ImportedPerson chloe = read.people.get(2);
        assertEquals(List.of("Chloé", "Martin", "FR"), List.of(chloe.person().firstName(), chloe.person().lastName(),
                chloe.person().countryOfResidence()));
        assertEquals(Integer.valueOf(30), chloe.minutes());
        assertTrue(chloe.attended());
        assertEquals(3, read.table.countRows());
    }

    /**
     * The same section as Zoom may also write it, without an "Attended" column (everyone in it attended), the file
     * with Windows line ends: its people are attendance with their time, not registrants who did not come.
     */
    @Test
    void peopleWhoAttendedWithoutRegisteringAreAttendanceWhenTheirSectionHasNoAttendedColumn() {
        Read read = read("zoom-webinar-attendees-other-without-attended.csv");

        assertEquals(3, read.people.size());
        ImportedPerson ibrahima = read.people.get(1);
        assertEquals("ibrahima.fall@exemple.sn", ibrahima.person().email());
        assertTrue(ibrahima.attended(), "the section lists people who attended");
        assertEquals(Integer.valueOf(75), ibrahima.minutes());
        assertEquals("SN", ibrahima.person().countryOfResidence());
        ImportedPerson chloe = read.people.get(2);
        assertTrue(chloe.attended());
        assertEquals(Integer.valueOf(30), chloe.minutes());
        AttendanceTotals chloeRegistration = read.totals().get(2);
        assertTrue(chloeRegistration.attended());
        assertEquals(Integer.valueOf(30), chloeRegistration.minutes());
    }

    @Test
    void aZoomMeetingExportWithItsMeetingBlockSkipsTheHostAndDoesNotCountTheWaitingRoom() {
        Read read = read("zoom-meeting-participants.csv");

        assertEquals(ImportFormat.ZOOM_PARTICIPANTS, read.table.format());
        assertEquals("UTF-8 (BOM)", read.table.encoding());
        assertEquals(4, read.table.headerLine(), "under the meeting's block and a blank line");
        ImportedPerson host = read.people.get(0);
        assertEquals(5, host.line());
        assertEquals("Hôte de l’événement : ce n’est pas un participant.", host.skipped(),
                "the meeting's own User Email is its host");
        ImportedPerson waiting = read.people.get(1);
        assertTrue(waiting.isValid());
        assertFalse(waiting.attended(), "time in the waiting room is not attendance");
        assertNull(waiting.minutes());
        assertEquals("محمد", waiting.person().firstName());
        assertEquals("العلوي", waiting.person().lastName());
        ImportedPerson renamed = read.people.get(3);
        assertEquals(List.of("Fang", "Wang"), List.of(renamed.person().firstName(), renamed.person().lastName()),
                "\"Fang Wang (王芳)\": the name shown in the meeting, not the one joined with");

        List<AttendanceTotals> totals = read.totals();
        assertEquals(List.of("mohamed.alaoui@exemple.ma", "wang.fang@example.cn", "kofi.mensah@example.gh"),
                totals.stream().map(AttendanceTotals::emailNormalized).toList());
        assertEquals(List.of(6L, 7L, 9L), totals.get(0).lines(), "one person whatever the case of the address");
        assertEquals(Integer.valueOf(31 + 28), totals.get(0).minutes());
        assertTrue(totals.get(0).attended());
        assertFalse(totals.get(2).attended(), "Kofi never left the waiting room");
        ImportedPerson noAddress = read.people.get(6);
        assertEquals(11, noAddress.line());
        assertTrue(noAddress.problems().startsWith("Courriel (User Email) : absent"), noAddress.problems());
    }

    @Test
    void aZoomMeetingExportOfUniqueUsersWithoutTheMeetingBlockGivesEachPersonsTotal() {
        Read read = read("zoom-meeting-participants-unique.csv");

        assertEquals(ImportFormat.ZOOM_PARTICIPANTS, read.table.format());
        assertEquals(1, read.table.headerLine());
        assertEquals(List.of(58, 61, 12), read.people.stream().map(ImportedPerson::minutes).toList());
        assertEquals("Олена", read.people.get(2).person().firstName());
        assertTrue(read.people.stream().allMatch(ImportedPerson::attended));
    }

    /**
     * Teams makes everyone in a meeting a presenter unless its organiser says otherwise: Sébastien, "Presenter",
     * attended like the others and is imported, with a warning saying why his role was passed over.
     */
    @Test
    void aTeamsAttendanceReportOfTheNewLayoutSkipsTheOrganizerImportsAPresenterAndReadsItsDurations() {
        Read read = read("teams-attendance.csv");

        assertEquals(ImportFormat.TEAMS_ATTENDANCE, read.table.format());
        assertEquals(10, read.table.headerLine(), "the 2. Participants section, under the summary");
        assertEquals("Organisateur de l’événement : ce n’est pas un participant.", read.people.get(0).skipped());
        assertEquals(11, read.people.get(0).line());
        assertEquals(List.of(61, 38), read.people.subList(1, 3).stream().map(ImportedPerson::minutes).toList(),
                "1h 1m 5s and 38m 29s");
        ImportedPerson sebastien = read.people.get(2);
        assertEquals(List.of("Sébastien", "Dubois"), List.of(sebastien.person().firstName(),
                sebastien.person().lastName()), "\"(Guest)\", Teams' mark of an outsider, is no part of a name");
        assertTrue(sebastien.isValid(), "a Teams presenter attended: " + sebastien.skipped());
        assertTrue(sebastien.attended());
        assertEquals("Rôle (hôte, organisateur…) (Role) : « Presenter » : Teams donne ce rôle par défaut à chaque"
                + " participant d’une réunion ; la personne est importée comme participante (retirez-la de"
                + " l’événement si elle animait la réunion).", sebastien.warnings());
        assertEquals(List.of("ines.bensalah@exemple.tn", "sebastien.dubois@exemple.be"),
                read.totals().stream().map(AttendanceTotals::emailNormalized).toList());
    }

    /**
     * A Teams report that Excel saved again as "Unicode text": every line padded with tabs to the widest section, so
     * the sections are parted by lines of tabs rather than empty lines, and the participants' table still ends where
     * its section does — the activities' title, headers and rows (where the role is another column) are no people.
     */
    @Test
    void aTeamsReportSavedAgainByExcelEndsItsParticipantsAtTheLineOfTabsBeforeTheActivities() {
        Read read = read("teams-attendance-excel-unicode.txt");

        assertEquals(List.of(11L, 12L, 13L), read.people.stream().map(ImportedPerson::line).toList(),
                "the participants only, not the activities section");
        assertEquals(ImportFormat.TEAMS_ATTENDANCE, read.table.format());
        assertEquals("UTF-16LE", read.table.encoding());
        assertEquals(10, read.table.headerLine(), "the 2. Participants section, under the summary");
        assertEquals("Organisateur de l’événement : ce n’est pas un participant.", read.people.get(0).skipped());
        List<AttendanceTotals> totals = read.totals();
        assertEquals(List.of("ines.bensalah@exemple.tn", "sebastien.dubois@exemple.be"),
                totals.stream().map(AttendanceTotals::emailNormalized).toList());
        assertEquals(List.of(61, 38), totals.stream().map(AttendanceTotals::minutes).toList(),
                "each person's time as the participants section gives it, not counted twice");
    }

    /**
     * A Zoom meeting exported from an account in French: its block and its headers in French ("ID de réunion",
     * "Nom (nom d'origine)", "Invité", "Dans la salle d'attente"), read as the English export is.
     */
    @Test
    void aZoomMeetingExportInFrenchSkipsItsHostAndKeepsTheNameShownNotTheDevices() {
        Read read = read("zoom-meeting-participants-fr.csv");

        assertEquals(ImportFormat.ZOOM_PARTICIPANTS, read.table.format());
        assertEquals(4, read.table.headerLine());
        assertEquals("Hôte de l’événement : ce n’est pas un participant.", read.people.get(0).skipped(),
                "the block's \"E-mail de l'utilisateur\" is the meeting's host");
        assertFalse(read.people.get(1).attended(), "\"Dans la salle d'attente\" : Oui is not attendance");
        ImportedPerson amina = read.people.get(3);
        assertEquals(List.of("Amina", "Ouédraogo"), List.of(amina.person().firstName(), amina.person().lastName()),
                "\"Amina Ouédraogo (Galaxy A52)\": the name shown, not the phone's");
        assertEquals(Integer.valueOf(67), amina.minutes());
        assertEquals(List.of(49, 67), read.totals().stream().map(AttendanceTotals::minutes).toList(),
                "Bình's two rows are one registration, the waiting room's two minutes left out");
    }

    /**
     * A Teams attendance report downloaded in French: "2. Participants", "Durée de la réunion", "Rôle"; its
     * "Présentateur" imported as the attendee Teams made a presenter by default.
     */
    @Test
    void aTeamsAttendanceReportInFrenchSkipsTheOrganizerImportsAPresenterAndReadsItsDurations() {
        Read read = read("teams-attendance-fr.csv");

        assertEquals(ImportFormat.TEAMS_ATTENDANCE, read.table.format());
        assertEquals("UTF-16LE", read.table.encoding());
        assertEquals(10, read.table.headerLine(), "the \"2. Participants\" section, under the summary");
        assertEquals("Organisateur de l’événement : ce n’est pas un participant.", read.people.get(0).skipped());
        assertEquals(3, read.people.size(), "the participants only, not the activities section");
        assertEquals(List.of(61, 45), read.people.subList(1, 3).stream().map(ImportedPerson::minutes).toList(),
                "« 1 h 1 min 5 s » and « 45 min 12 s »");
        assertTrue(read.people.get(1).attended());
        assertEquals("Thị Mai", read.people.get(2).person().lastName(), "\"(Invité)\" left out of the name");
        assertTrue(read.people.get(2).isValid(), "« Présentateur » in Teams is no one who ran the meeting");
        assertTrue(read.people.get(2).warnings().contains("« Présentateur » : Teams donne ce rôle par défaut"),
                read.people.get(2).warnings());
    }

    /** Outside Teams, a presenter (Webex) or a panelist and host (Zoom) ran the event: their rows stay skipped. */
    @Test
    void aPresenterOutsideTeamsIsStillSkipped() {
        ImportTable table = ImportTable.read(("Name,Email,Participant Type,Joined Time,Meeting Number\r\n"
                + "Awa Diop,awa.diop@exemple.sn,Presenter,10:00,123\r\n"
                + "Karim Benali,karim.benali@exemple.ma,Attendee,10:01,123\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ColumnMapping mapping = ColumnMapping.guess(table.headers());
        List<ImportedPerson> people = table.firstRows(10).stream()
                .map(row -> ImportedPerson.read(row, mapping, table, "webex.csv", Locale.FRENCH)).toList();

        assertEquals(ImportFormat.WEBEX, table.format());
        assertEquals("Présentateur de l’événement : ce n’est pas un participant.", people.get(0).skipped());
        assertTrue(people.get(1).isValid());
    }

    @Test
    void aTeamsAttendanceReportOfTheFirstLayoutIsRecognisedButIdentifiesNobodyWithoutAddresses() {
        Read read = read("teams-attendance-actions.csv");

        assertEquals(ImportFormat.TEAMS_ATTENDANCE, read.table.format());
        assertEquals("UTF-16LE", read.table.encoding());
        assertEquals('\t', read.table.delimiter());
        assertEquals(List.of("Full Name", "User Action", "Timestamp"), read.table.headers());
        assertFalse(read.mapping.isComplete(), "a name alone identifies nobody: an e-mail column must be added");
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L), read.people.stream().map(ImportedPerson::line).toList());
        assertTrue(read.people.stream().noneMatch(ImportedPerson::isValid));
        assertTrue(read.people.get(0).problems().contains("n’identifie personne"), read.people.get(0).problems());
    }

    @Test
    void aGoogleMeetAttendanceReportReadsItsDurationsInHoursAndMinutes() {
        Read read = read("google-meet-attendance.csv");

        assertEquals(ImportFormat.GOOGLE_MEET, read.table.format());
        assertEquals("UTF-8", read.table.encoding());
        assertEquals(List.of(62, 58), List.of(read.people.get(0).minutes(), read.people.get(1).minutes()));
        assertEquals("娜", read.people.get(1).person().lastName());
        assertTrue(read.people.get(0).attended());
        assertFalse(read.people.get(2).isValid(), "an external guest without an address identifies nobody");
        assertEquals(4, read.people.get(2).line());
    }

    @Test
    void aWebexAttendeeReportSkipsItsHostAndCohostAndFoldsARejoiningAttendee() {
        Read read = read("webex-meeting-attendees.csv");

        assertEquals(ImportFormat.WEBEX, read.table.format());
        assertEquals("Hôte de l’événement : ce n’est pas un participant.", read.people.get(0).skipped());
        assertEquals("Hôte de l’événement : ce n’est pas un participant.", read.people.get(1).skipped(), "COHOST");
        List<AttendanceTotals> totals = read.totals();
        assertEquals(List.of(4L, 5L), totals.get(0).lines());
        assertEquals(Integer.valueOf(20 + 35), totals.get(0).minutes());
        assertEquals("+14385550177", read.people.get(2).person().phoneE164(), "a Canadian number of someone in France");
        assertEquals("FR", read.people.get(2).person().countryOfResidence());
        assertEquals("+905321234567", read.people.get(4).person().phoneE164());
        assertEquals("Yılmaz", read.people.get(4).person().lastName());
    }

    @Test
    void anEventbriteExportWithTheOldColumnNamesIsRead() {
        Read read = read("eventbrite-attendees.csv");

        assertEquals(ImportFormat.EVENTBRITE, read.table.format());
        assertEquals(List.of("chukwuemeka.okafor@example.ng", "mariajose.gutierrez@example.mx", "jb.moreau@exemple.fr"),
                read.people.stream().map(p -> p.person().emailNormalized()).toList());
        assertEquals("NG", read.people.get(0).person().countryOfResidence());
        assertEquals(List.of(false, false, true), read.people.stream().map(ImportedPerson::attended).toList(),
                "\"Attendee Status\": registered (\"Attending\") or present (\"Checked In\")");
    }

    /**
     * Eventbrite's attendee export has "Home Phone", "Cell Phone" and "Work Phone": the cell phone is the number
     * taken, and a person who filled another one only is not left without a phone.
     */
    @Test
    void anEventbriteExportTakesTheCellPhoneAndAnotherPhoneWhenTheCellIsEmpty() {
        Read read = read("eventbrite-attendees-phones.csv");

        assertEquals(ImportFormat.EVENTBRITE, read.table.format());
        assertEquals("Cell Phone", read.table.headers().get(read.mapping.column(ImportField.PHONE).orElseThrow()));
        assertEquals(java.util.Arrays.asList("+221779990011", "+213661223344", "+551134567890", "+212522123456"),
                read.people.stream().map(p -> p.person().phoneE164()).toList(),
                "a cell phone left empty, or holding \"n/a\", gives way to the work phone");
        assertFalse(read.people.get(2).hasWarnings(), "a number read from the work phone is no problem");
        assertFalse(read.people.get(3).hasWarnings(), String.valueOf(read.people.get(3).warnings()));
    }

    @Test
    void anEventbriteOrderCancelledOrRefundedIsNoRegistration() {
        Read read = read("eventbrite-attendees-refunded.csv");

        assertEquals(4, read.people.size());
        ImportedPerson fatou = read.people.get(3);
        assertTrue(fatou.isSkipped(), "\"Not Attending\": the order was cancelled");
        assertTrue(fatou.skipped().contains("« Not Attending »"), fatou.skipped());
        assertTrue(read.people.get(2).attended());
    }

    @Test
    void anEventbriteExportWithTheNewColumnNamesReadsEachAttendeeNotTheBuyer() {
        Read read = read("eventbrite-attendees-new.csv");

        assertEquals(ImportFormat.EVENTBRITE, read.table.format());
        assertEquals(List.of("nadia.haddad@exemple.fr", "karim.haddad@exemple.fr", "mei.chen@example.sg"),
                read.people.stream().map(p -> p.person().emailNormalized()).toList());
        assertEquals("Karim", read.people.get(1).person().firstName());
        assertEquals("+33798765432", read.people.get(1).person().phoneE164());
        assertEquals("SG", read.people.get(2).person().countryOfResidence());
    }

    @Test
    void aListSavedByFrenchExcelReadsNomBesidePrenomAsTheLastNameAndLosesNobodyItCanIdentify() {
        Read read = read("excel-fr-inscriptions.csv");

        assertEquals("windows-1252", read.table.encoding());
        assertEquals(';', read.table.delimiter());
        assertEquals(4, read.table.headerLine(), "under a title, an export date and an empty row");
        assertEquals(List.of(5L, 6L, 8L, 9L, 11L, 12L), read.people.stream().map(ImportedPerson::line).toList(),
                "rows of separators and of empty cells are passed over silently");
        ImportedPerson noemie = read.people.get(0);
        assertEquals("Noémie", noemie.person().firstName());
        assertEquals("Lefèbvre", noemie.person().lastName(), "Nom beside Prénom is the last name");
        assertEquals(Integer.valueOf(53), noemie.minutes(), "52,5 minutes, with a decimal comma");
        assertEquals("+15145550199", read.people.get(1).person().phoneE164(),
                "a Montréal number of someone living in Morocco");
        assertFalse(read.people.get(1).hasWarnings());
        ImportedPerson francois = read.people.get(2);
        assertTrue(francois.isValid());
        assertNull(francois.person().phoneE164());
        assertEquals("Téléphone : « 12 » ne se lit ni au format du pays de résidence ni au format international :"
                + " laissé de côté.", francois.warnings());
        ImportedPerson zoe = read.people.get(3);
        assertTrue(zoe.isValid());
        assertEquals(3, zoe.warnings().split(" ; ").length, "country, phone and duration left out: " + zoe.warnings());
        assertTrue(zoe.warnings().contains("Durée de présence (Durée (min)) : « une heure »"), zoe.warnings());
        ImportedPerson anais = read.people.get(4);
        assertTrue(anais.isValid(), "a name and a phone identify her");
        assertNull(anais.person().email());
        assertEquals("+33698765432", anais.person().phoneE164());
        assertFalse(read.people.get(5).isValid());
    }

    @Test
    void aListSavedByEnglishExcelInUtf8ReadsClockDurationsAndLeavesAFormulaOutOfThePhone() {
        Read read = read("excel-en-attendees.csv");

        assertEquals("UTF-8 (BOM)", read.table.encoding());
        assertEquals(ImportFormat.CSV, read.table.format());
        assertEquals("+15145550123", read.people.get(0).person().phoneE164());
        assertEquals("EG", read.people.get(0).person().countryOfResidence());
        assertEquals(Integer.valueOf(65), read.people.get(0).minutes(), "1:05");
        assertEquals("+8613812345678", read.people.get(1).person().phoneE164());
        assertEquals("+919876543210", read.people.get(2).person().phoneE164());
        assertFalse(read.people.get(2).attended(), "no time, no attendance");
        ImportedPerson tomas = read.people.get(3);
        assertTrue(tomas.isValid());
        assertNull(tomas.person().phoneE164());
        assertTrue(tomas.warnings().startsWith("Téléphone (Phone Number) : « =HYPERLINK"), tomas.warnings());
    }

    /** A sample read as the import reads it, with the guessed mapping. */
    @Test
    void aListSavedByFrenchExcelThatLostTheLettersOfNamesLeavesThemOutAndSaysHowToGetThemBack() {
        Read read = read("excel-fr-noms-perdus.csv");

        assertEquals("windows-1252", read.table.encoding());
        assertEquals(List.of(3L, 4L, 5L, 6L, 7L, 8L), read.people.stream().map(ImportedPerson::line).toList());
        ImportedPerson hoa = read.people.get(0);
        assertTrue(hoa.isValid(), "her e-mail identifies her");
        assertEquals("", hoa.person().firstName() + hoa.person().lastName(), "no \"Th? Hoa Nguy?n\" on her lead");
        assertEquals("+84912345678", hoa.person().phoneE164());
        assertEquals("Prénom, Nom de famille (Nom) : illisible, le fichier a perdu des lettres de ce nom"
                + " (« Th? Hoa Nguy?n ») : laissé de côté. Enregistrez le fichier en « CSV UTF-8 » ou en classeur"
                + " Excel (.xlsx) et importez-le de nouveau.", hoa.warnings());
        assertTrue(read.people.get(1).warnings().contains("(« ???? ??????? »)"), read.people.get(1).warnings());
        ImportedPerson maryKate = read.people.get(2);
        assertEquals("O'Brien", maryKate.person().lastName());
        assertFalse(maryKate.hasWarnings(), "an apostrophe, a hyphen, a \"?\" in a comment: " + maryKate.warnings());
        ImportedPerson olga = read.people.get(3);
        assertEquals("Olga", olga.person().firstName(), "the first name the file kept is kept");
        assertTrue(olga.warnings().startsWith("Nom de famille (Nom) : illisible"), olga.warnings());
        ImportedPerson lan = read.people.get(4);
        assertTrue(lan.isValid(), "her last name and phone still identify her");
        assertEquals("Tran", lan.person().lastName());
        assertEquals("", lan.person().firstName());
        ImportedPerson wang = read.people.get(5);
        assertFalse(wang.isValid(), "his name was all that named him, with his phone");
        assertTrue(wang.problems().contains("elle n’identifie personne.")
                && wang.problems().contains("(« ? ? ») : laissé de côté. Enregistrez le fichier"), wang.problems());
    }

    private record Read(ImportTable table, ColumnMapping mapping, List<ImportedPerson> people) {

        List<AttendanceTotals> totals() {
            return AttendanceTotals.fold(people);
        }
    }

    private static Read read(String sample) {
        ImportTable table = ImportTable.read(SampleFiles.bytes(sample));
        ColumnMapping mapping = ColumnMapping.guess(table.headers());
        return new Read(table, mapping, table.firstRows(100).stream()
                .map(row -> ImportedPerson.read(row, mapping, table, sample, Locale.FRENCH)).toList());
    }
}
