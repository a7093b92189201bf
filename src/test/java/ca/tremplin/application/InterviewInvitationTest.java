package ca.tremplin.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.Languages;
import ca.tremplin.mail.MailAttachment;
import ca.tremplin.security.Role;
import ca.tremplin.security.UserAccount;
import ca.tremplin.tenant.Tenant;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationEntry;
import org.junit.jupiter.api.Test;

/**
 * The calendar files a candidate receives about one interview, read back as a calendar program reads them: who
 * organises it (the member of staff who set it, the platform sending on their behalf), and the same event from the
 * invitation to the move to the cancellation.
 */
class InterviewInvitationTest {

    private static final String SENDER = "no-reply@tremplin.example";
    private static final String HOST = "tremplin.example";

    @Test
    void theInvitationIsOrganisedByTheRecruiterWhoSetItAndSentByThePlatform() throws Exception {
        MailAttachment invitation = InterviewInvitation.of(interview(), "Entrevue : Soudeur chez Soudures du Fjord",
                "Bonjour Awa", HOST, InterviewInvitation.Organizer.of(recruiter(), centre(), Languages.FRENCH, SENDER),
                "Awa Diallo", "awa.diallo@exemple.sn");

        Calendar file = read(invitation);
        Property organizer = property(event(file), Property.ORGANIZER);
        assertEquals("mailto:marie.tremblay@css-du-fjord.example", organizer.getValue(),
                "the candidate's calendar names who invites them, whom its answer reaches");
        assertEquals("Marie Tremblay", parameter(organizer, Parameter.CN));
        assertEquals("mailto:" + SENDER, parameter(organizer, Parameter.SENT_BY),
                "the message's sender, the platform, acting on her behalf");
        assertTrue(new String(invitation.content(), StandardCharsets.UTF_8).replace("\r\n ", "")
                .contains("SENT-BY=\"mailto:" + SENDER + "\""), "a quoted calendar address, as RFC 5545 writes it");
        Property attendee = property(event(file), Property.ATTENDEE);
        assertEquals("mailto:awa.diallo@exemple.sn", attendee.getValue());
        assertEquals("Awa Diallo", parameter(attendee, Parameter.CN));
        assertEquals("REQUEST", property(file, Property.METHOD).getValue());
        assertEquals("text/calendar; method=REQUEST; charset=UTF-8", invitation.contentType());
        assertEquals(List.of(), errors(file), "valid iTIP (RFC 5546)");
    }

    /**
     * Moved by a colleague, then cancelled: each file names the event of the first (its UID) and the same organiser,
     * with a higher sequence, which is what a calendar program needs to replace, then remove, the event it holds.
     */
    @Test
    void aMoveAndACancellationNameTheSameEventAndOrganiserWithAGrowingSequence() throws Exception {
        Interview interview = interview();
        InterviewInvitation.Organizer organizer =
                InterviewInvitation.Organizer.of(recruiter(), centre(), Languages.ENGLISH, SENDER);
        Calendar invited = read(InterviewInvitation.of(interview, "Interview", "Hello Awa", HOST, organizer,
                "Awa Diallo", "awa.diallo@exemple.sn"));
        interview.moveTo(ZonedDateTime.of(2027, 3, 11, 13, 30, 0, 0, ZoneId.of("America/Montreal")), 45,
                "Bureau 101", null);
        Calendar moved = read(InterviewInvitation.of(interview, "Interview", "Hello Awa", HOST, organizer,
                "Awa Diallo", "awa.diallo@exemple.sn"));
        interview.cancel(8L, Instant.parse("2027-03-05T10:00:00Z"));
        MailAttachment cancellation = InterviewInvitation.cancellation(interview, "Interview cancelled", "Hello Awa",
                HOST, organizer, "Awa Diallo", "awa.diallo@exemple.sn");
        Calendar cancelled = read(cancellation);

        for (Calendar file : List.of(invited, moved, cancelled)) {
            assertEquals("interview-31@" + HOST, property(event(file), Property.UID).getValue());
            Property named = property(event(file), Property.ORGANIZER);
            assertEquals("mailto:marie.tremblay@css-du-fjord.example", named.getValue());
            assertEquals("mailto:" + SENDER, parameter(named, Parameter.SENT_BY));
            assertEquals(List.of(), errors(file));
        }
        assertEquals(List.of("0", "1", "2"), List.of(invited, moved, cancelled).stream()
                .map(file -> property(event(file), Property.SEQUENCE).getValue()).toList());
        assertEquals("20270311T183000Z", property(event(moved), Property.DTSTART).getValue());
        assertEquals("REQUEST", property(moved, Property.METHOD).getValue(), "a move is the invitation again");
        assertEquals("CANCEL", property(cancelled, Property.METHOD).getValue());
        assertEquals("CANCELLED", property(event(cancelled), Property.STATUS).getValue());
        assertEquals("mailto:awa.diallo@exemple.sn", property(event(cancelled), Property.ATTENDEE)
                .getValue(), "METHOD:CANCEL names the attendee taken off");
        assertEquals("text/calendar; method=CANCEL; charset=UTF-8", cancellation.contentType());
    }

    /** Nobody known who set it: the centre, as its mail signs, at its contact address, the platform sending. */
    @Test
    void withoutTheRecruiterTheCentreOrganisesAndWithoutAnAddressTheFileIsPlain() throws Exception {
        UserAccount withoutAddress = new UserAccount("  ", "Compte sans courriel", Role.RECRUITER, Languages.FRENCH);
        for (UserAccount setter : java.util.Arrays.asList(null, withoutAddress)) {
            Property organizer = property(event(read(InterviewInvitation.of(interview(), "Interview", "Hello", HOST,
                    InterviewInvitation.Organizer.of(setter, centre(), Languages.ENGLISH, SENDER), "Awa Diallo",
                    "awa.diallo@exemple.sn"))), Property.ORGANIZER);
            assertEquals("mailto:international@css-du-fjord.example", organizer.getValue());
            assertEquals("Fjord School Service Centre", parameter(organizer, Parameter.CN));
            assertEquals("mailto:" + SENDER, parameter(organizer, Parameter.SENT_BY));
        }

        Tenant silent = centre();
        silent.setContactEmail(null);
        assertNull(InterviewInvitation.Organizer.of(null, silent, Languages.FRENCH, SENDER));
        MailAttachment plain = InterviewInvitation.of(interview(), "Entrevue", "Bonjour", HOST, null, "Awa Diallo",
                "awa.diallo@exemple.sn");
        String text = new String(plain.content(), StandardCharsets.UTF_8);
        assertFalse(text.contains("METHOD:") || text.contains("ORGANIZER") || text.contains("ATTENDEE"), text);
        assertEquals("text/calendar; charset=UTF-8", plain.contentType());
    }

    /** An organiser whose own address sends the mail acts for nobody else: no SENT-BY. */
    @Test
    void anOrganiserAtTheSendersOwnAddressNeedsNoSentBy() throws Exception {
        Tenant centre = centre();
        centre.setContactEmail("No-Reply@Tremplin.example ");
        Property organizer = property(event(read(InterviewInvitation.of(interview(), "Entrevue", "Bonjour", HOST,
                InterviewInvitation.Organizer.of(null, centre, Languages.FRENCH, SENDER), "Awa Diallo",
                "awa.diallo@exemple.sn"))), Property.ORGANIZER);
        assertEquals(null, parameter(organizer, Parameter.SENT_BY));
        Property unsent = property(event(read(InterviewInvitation.of(interview(), "Entrevue", "Bonjour", HOST,
                InterviewInvitation.Organizer.of(recruiter(), centre(), Languages.FRENCH, null), "Awa Diallo",
                "awa.diallo@exemple.sn"))), Property.ORGANIZER);
        assertEquals(null, parameter(unsent, Parameter.SENT_BY), "a session naming no sender: nothing to say");
    }

    /**
     * The first file fixes its organiser on the interview: a move and the cancellation name it again, whoever makes
     * them, without asking again who set it.
     */
    @Test
    void theFirstFileFixesTheOrganiserThatEveryLaterFileNames() throws Exception {
        Interview interview = interview();
        InterviewInvitation.Organizer first = InterviewInvitation.Organizer.fixedFor(interview,
                () -> InterviewInvitation.Organizer.of(recruiter(), centre(), Languages.FRENCH, SENDER), SENDER);
        assertEquals("marie.tremblay@css-du-fjord.example", interview.getOrganizerEmail());
        assertEquals("Marie Tremblay", interview.getOrganizerName());

        InterviewInvitation.Organizer later = InterviewInvitation.Organizer.fixedFor(interview, () -> {
            throw new AssertionError("who set it is not asked again");
        }, SENDER);
        assertEquals(first, later);
        interview.cancel(8L, Instant.parse("2027-03-05T10:00:00Z"));
        assertOrganiser("Marie Tremblay", "marie.tremblay@css-du-fjord.example",
                InterviewInvitation.cancellation(interview, "Interview cancelled", "Hello Awa", HOST, later,
                        "Awa Diallo", "awa.diallo@exemple.sn"));
    }

    /**
     * An interview invited when the centre organised every interview keeps the centre, as its stored organiser says:
     * its move names the centre the candidate's calendar holds, not the recruiter who set it.
     */
    @Test
    void anInterviewInvitedByTheCentreIsMovedByTheCentre() throws Exception {
        Interview interview = interview();
        interview.organisedBy("CSS du Fjord", "international@css-du-fjord.example");
        interview.moveTo(ZonedDateTime.of(2027, 3, 11, 13, 30, 0, 0, ZoneId.of("America/Montreal")), 45,
                "Bureau 101", null);
        InterviewInvitation.Organizer organizer = InterviewInvitation.Organizer.fixedFor(interview,
                () -> InterviewInvitation.Organizer.of(recruiter(), centre(), Languages.FRENCH, SENDER), SENDER);
        assertOrganiser("CSS du Fjord", "international@css-du-fjord.example", InterviewInvitation.of(interview,
                "Entrevue", "Bonjour Awa", HOST, organizer, "Awa Diallo", "awa.diallo@exemple.sn"));
    }

    /**
     * A recruiter whose account is deactivated reads no answer: a new invitation is the centre's. An interview they
     * invited before keeps them as organiser, since the candidate's calendar takes changes from that one alone.
     */
    @Test
    void aDeactivatedRecruiterLeavesANewInvitationToTheCentreAndKeepsTheirOwn() throws Exception {
        Interview invitedBefore = interview();
        InterviewInvitation.Organizer.fixedFor(invitedBefore,
                () -> InterviewInvitation.Organizer.of(recruiter(), centre(), Languages.FRENCH, SENDER), SENDER);
        UserAccount deactivated = deactivated(recruiter());

        InterviewInvitation.Organizer newOne = InterviewInvitation.Organizer.fixedFor(interview(),
                () -> InterviewInvitation.Organizer.of(deactivated, centre(), Languages.ENGLISH, SENDER), SENDER);
        assertEquals(new InterviewInvitation.Organizer("Fjord School Service Centre",
                "international@css-du-fjord.example", SENDER), newOne);
        assertEquals("marie.tremblay@css-du-fjord.example", InterviewInvitation.Organizer.fixedFor(invitedBefore,
                () -> InterviewInvitation.Organizer.of(deactivated, centre(), Languages.ENGLISH, SENDER), SENDER)
                .email(), "the organiser the candidate's calendar holds");
    }

    /**
     * A first file that could name nobody (a centre without an address) was a plain file, and fixes nothing: the next
     * file that names an organiser fixes that one.
     */
    @Test
    void aPlainFileFixesNoOrganiser() {
        Interview interview = interview();
        Tenant silent = centre();
        silent.setContactEmail(null);
        assertNull(InterviewInvitation.Organizer.fixedFor(interview,
                () -> InterviewInvitation.Organizer.of(null, silent, Languages.FRENCH, SENDER), SENDER));
        assertNull(interview.getOrganizerEmail());
        assertEquals("international@css-du-fjord.example", InterviewInvitation.Organizer.fixedFor(interview,
                () -> InterviewInvitation.Organizer.of(null, centre(), Languages.FRENCH, SENDER), SENDER).email());
        assertEquals("international@css-du-fjord.example", interview.getOrganizerEmail());
    }

    /** The file's ORGANIZER: this name at this address, the platform sending on their behalf. */
    private static void assertOrganiser(String name, String address, MailAttachment file) throws Exception {
        Property named = property(event(read(file)), Property.ORGANIZER);
        assertEquals("mailto:" + address, named.getValue());
        assertEquals(name, parameter(named, Parameter.CN));
        assertEquals("mailto:" + SENDER, parameter(named, Parameter.SENT_BY));
    }

    private static UserAccount deactivated(UserAccount account) {
        try {
            java.lang.reflect.Method setActive = UserAccount.class.getDeclaredMethod("setActive", boolean.class);
            setActive.setAccessible(true);
            setActive.invoke(account, false);
        } catch (ReflectiveOperationException impossible) {
            throw new IllegalStateException(impossible);
        }
        return account;
    }

    private static UserAccount recruiter() {
        return new UserAccount("Marie.Tremblay@css-du-fjord.example", "Marie Tremblay", Role.RECRUITER,
                Languages.FRENCH);
    }

    private static Tenant centre() {
        Tenant centre = new Tenant();
        centre.setNameFr("CSS du Fjord");
        centre.setNameEn("Fjord School Service Centre");
        centre.setContactEmail("international@css-du-fjord.example");
        return centre;
    }

    /** Set for 10 March at 10:00 in Montréal by member of staff 7, the database having given it id 31. */
    private static Interview interview() {
        Interview interview = new Interview(12L, ZonedDateTime.of(2027, 3, 10, 10, 0, 0, 0,
                ZoneId.of("America/Montreal")), 45, "Bureau 101", null, 7L, Instant.parse("2027-03-01T12:00:00Z"));
        try {
            java.lang.reflect.Field id = Interview.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(interview, 31L);
        } catch (ReflectiveOperationException impossible) {
            throw new IllegalStateException(impossible);
        }
        return interview;
    }

    private static Calendar read(MailAttachment file) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(file.content()));
    }

    private static VEvent event(Calendar file) {
        return file.<VEvent>getComponent(net.fortuna.ical4j.model.Component.VEVENT).orElseThrow();
    }

    private static Property property(net.fortuna.ical4j.model.PropertyContainer container, String name) {
        return container.<Property>getProperty(name).orElseThrow(() -> new AssertionError("no " + name));
    }

    private static String parameter(Property property, String name) {
        return property.getParameter(name).map(Parameter::getValue).orElse(null);
    }

    /** What ical4j's validator finds wrong, iTIP's rules for the file's method included. */
    private static List<String> errors(Calendar file) {
        return file.validate().getEntries().stream()
                .filter(entry -> entry.getSeverity() == ValidationEntry.Severity.ERROR)
                .map(Object::toString).toList();
    }
}
