package ca.tremplin.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Bounces as mail servers send them — RFC 3464's own examples, Postfix, Exim, Gmail and Google Workspace, Microsoft
 * 365 — are read into the message they are about (by the tagged return path they were sent to), the recipient,
 * whether the failure is for good (5.x.x) or for now (4.x.x), and the diagnostic; a forged one names no message.
 */
class BounceReportTest {

    /** A stand-in for the server's keyed hash: fixed, so that the samples' tags verify. */
    static final ReturnPath RETURN_PATH = new ReturnPath("bounces@tremplin.example.org", text -> sha256("test " + text));

    @Test
    void rfc3464sSimpleReportOfAMessageGivenUpAfterFiveDaysIsATemporaryFailureByItsStatus() throws Exception {
        BounceReport report = read("rfc3464-simple.eml");

        assertEquals(List.of(new BounceReport.Failure("louisl@larry.slip.umd.edu", false, "4.0.0",
                "426 connection timed out")), report.failures());
        assertTrue(report.sentTo().contains("owner-info-mime@cs.utk.edu"), report.sentTo().toString());
    }

    @Test
    void rfc3464sMultiRecipientReportGivesEachFailureAndLeavesTheDelayedOneTemporary() throws Exception {
        BounceReport report = read("rfc3464-multi-recipient.eml");

        assertEquals(3, report.failures().size(), report.failures().toString());
        BounceReport.Failure first = report.failures().get(0);
        assertEquals("arathib@vnet.ibm.com", first.recipient());
        assertTrue(first.permanent());
        assertEquals("5.0.0", first.status());
        assertEquals("550 'arathib@vnet.IBM.COM' is not a registered gateway user", first.diagnostic(),
                "a folded diagnostic is read whole");
        assertFalse(report.failures().get(1).permanent(), "action: delayed");
        assertEquals("johnh@hpnjld.njd.hp.com", report.failures().get(1).recipient());
        assertEquals(new BounceReport.Failure("wsnell@sdcc13.ucsd.edu", true, "5.0.0", "550 user unknown"),
                report.failures().get(2));
        assertEquals(first, report.worst().orElseThrow());
    }

    @Test
    void rfc3464sDelayedReportIsOnlyATemporaryFailure() throws Exception {
        BounceReport report = read("rfc3464-delayed.eml");

        assertEquals(List.of(new BounceReport.Failure("thomas@de-montfort.ac.uk", false, "4.0.0", "")),
                report.failures());
    }

    @Test
    void aPostfixBounceNamesItsMessageByTheReturnPathAndFailsForGood() throws Exception {
        BounceReport report = read("postfix.eml");

        assertEquals(OptionalLong.of(4127), messageOf(report));
        BounceReport.Failure failure = report.worst().orElseThrow();
        assertEquals("amina.diallo@example.net", failure.recipient());
        assertTrue(failure.permanent());
        assertEquals("5.1.1", failure.status());
        assertEquals("550 5.1.1 <amina.diallo@example.net>: Recipient address rejected: User unknown in virtual"
                + " mailbox table", failure.diagnostic());
        assertEquals(1, report.failures().size(), "the returned headers are no report");
    }

    @Test
    void anEximBounceInPlainTextIsReadFromItsWords() throws Exception {
        BounceReport report = read("exim.eml");

        assertEquals(OptionalLong.of(4128), messageOf(report));
        assertEquals(1, report.failures().size(), report.failures().toString());
        BounceReport.Failure failure = report.failures().get(0);
        assertEquals("moussa.kane@example.org", failure.recipient());
        assertTrue(failure.permanent());
        assertEquals("5.1.1", failure.status());
        assertTrue(failure.diagnostic().startsWith("host mx2.example.org [192.0.2.10] SMTP error from remote mail"
                + " server after RCPT TO:<moussa.kane@example.org>: 550 5.1.1"), failure.diagnostic());
    }

    @Test
    void aGmailBounceIsReadFromItsDeliveryStatusBehindItsPicturesAndHtml() throws Exception {
        BounceReport report = read("gmail.eml");

        assertEquals(OptionalLong.of(4129), messageOf(report));
        BounceReport.Failure failure = report.worst().orElseThrow();
        assertEquals("kofi.mensah@workspace.example", failure.recipient());
        assertTrue(failure.permanent());
        assertEquals("5.1.1", failure.status());
        assertTrue(failure.diagnostic().startsWith("550-5.1.1 The email account that you tried to reach does not"
                + " exist."), failure.diagnostic());
    }

    @Test
    void aMicrosoft365NonDeliveryReportKeepsItsThreeDigitDetail() throws Exception {
        BounceReport report = read("microsoft365.eml");

        assertEquals(OptionalLong.of(4130), messageOf(report));
        assertEquals(List.of(new BounceReport.Failure("fatou.ndiaye@contoso.example", true, "5.1.10",
                "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")),
                report.failures());
    }

    @Test
    void aBounceWhoseTagWasNotWrittenWithOurKeyNamesNoMessage() throws Exception {
        BounceReport forged = read("forged.eml");

        assertFalse(forged.failures().isEmpty(), "it reads as a bounce");
        assertEquals(OptionalLong.empty(), messageOf(forged));
    }

    @Test
    void anOrdinaryMessageIsNoReport() throws Exception {
        String mail = "From: ana@example.org\nTo: bounces@tremplin.example.org\nSubject: Bonjour\n\nMerci !\n";
        BounceReport report = BounceReport.read(new java.io.ByteArrayInputStream(
                mail.getBytes(StandardCharsets.UTF_8)));

        assertTrue(report.failures().isEmpty());
        assertTrue(report.worst().isEmpty());
    }

    static OptionalLong messageOf(BounceReport report) {
        return report.sentTo().stream().map(RETURN_PATH::messageOf).filter(OptionalLong::isPresent).findFirst()
                .orElse(OptionalLong.empty());
    }

    static BounceReport read(String sample) throws Exception {
        try (InputStream raw = BounceReportTest.class.getResourceAsStream("bounces/" + sample)) {
            return BounceReport.read(raw);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
