package ca.tremplin.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.person.ConsentChannel;
import ca.tremplin.person.ConsentPurpose;
import ca.tremplin.person.LeadEventKind;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.TestCentre;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An application left on a duplicate merged since (the person and their duplicate both applied to one offer, which
 * keeps one application each) belongs to the person, against MariaDB: what it brings — an invitation, a refusal —
 * goes to the person's address, not the duplicate's old one, its lines are on the person's timeline, and the
 * person's withdrawal of the processing takes back its news still held.
 */
class MergedDuplicateApplicationIT extends InServerTest {

    @Inject
    Candidates candidates;

    @Inject
    ApplicationService applications;

    @Inject
    ca.tremplin.pipeline.LeadService leadService;

    @Inject
    ca.tremplin.pipeline.LeadConsents leadConsents;

    @Test
    void theDuplicatesApplicationMailsThePersonsAddressAndWritesOnTheirTimeline() {
        TestCentre centre = fixtures.newCentre("merged-mails");
        String address = Candidates.newAddress();
        String oldAddress = Candidates.newAddress();
        long persons = candidates.apply(centre.offer(), address);
        long duplicates = candidates.apply(centre.offer(), oldAddress);
        long person = candidates.leadOf(persons);
        long duplicate = candidates.leadOf(duplicates);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            leadService.merge(person, duplicate);
            applications.changeStatus(persons, ApplicationStatus.REJECTED);
            applications.scheduleInterview(duplicates, LocalDateTime.of(Candidates.NEXT_YEAR, 5, 6, 14, 0), "America/Montreal",
                    30, "Bureau 3", null);
            applications.changeStatus(duplicates, ApplicationStatus.INTERVIEW, ApplicationStatus.REJECTED,
                    "Le poste est pourvu.", true);
        }

        List<String> toThePerson = candidates.subjectsTo(address);
        assertTrue(toThePerson.stream().anyMatch(subject -> subject.startsWith("Entrevue : ")), toThePerson.toString());
        assertTrue(toThePerson.stream().anyMatch(subject -> subject.startsWith("Entrevue annulée")),
                "the refusal takes the interview out of their calendar: " + toThePerson);
        assertTrue(candidates.lastMailTo(address).contains("Le poste est pourvu."), "the refusal, with its reason");
        assertEquals(List.of("Candidature reçue"), candidates.subjectsTo(oldAddress).stream()
                .map(subject -> subject.substring(0, subject.indexOf(" :"))).toList(),
                "the duplicate's old address received its receipt, and nothing since");
        assertEquals(List.of(), candidates.timeline(duplicate, LeadEventKind.INTERVIEW_SCHEDULED,
                LeadEventKind.APPLICATION_STATUS, LeadEventKind.APPLICATION_NEWS_QUEUED), "nothing on the duplicate");
        List<String> onThePerson = candidates.timeline(person, LeadEventKind.INTERVIEW_SCHEDULED,
                LeadEventKind.APPLICATION_STATUS);
        assertTrue(onThePerson.contains("APPLICATION_STATUS #" + centre.offer().getId()
                + " INTERVIEW → REJECTED — Le poste est pourvu. by staff"), onThePerson.toString());
        assertTrue(onThePerson.stream().anyMatch(line -> line.startsWith("INTERVIEW_SCHEDULED ")),
                onThePerson.toString());
    }

    @Test
    void thePersonsWithdrawalOfTheProcessingTakesBackTheDuplicatesNewsStillHeld() {
        TestCentre centre = fixtures.newCentre("merged-held");
        long persons = candidates.apply(centre.offer(), Candidates.newAddress());
        long duplicates = candidates.apply(centre.offer(), Candidates.newAddress());
        long person = candidates.leadOf(persons);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            leadService.merge(person, candidates.leadOf(duplicates));
            assertEquals(MoveOutcome.News.HELD, applications.changeStatus(duplicates, ApplicationStatus.APPLIED,
                    ApplicationStatus.SCREENED, null, true).news());
        }
        long held = candidates.application(duplicates).getNewsHeldId();

        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            leadConsents.recordWithdrawal(person, ConsentPurpose.APPLICATION, ConsentChannel.PHONE, Instant.now(),
                    null);
        }

        assertTrue(candidates.takenBack(held), "the screening does not leave");
        assertNull(candidates.application(duplicates).getNewsHeldId());
        assertEquals(List.of("APPLICATION_NEWS_WITHDRAWN #" + centre.offer().getId() + " SCREENED"),
                candidates.timeline(person, LeadEventKind.APPLICATION_NEWS_WITHDRAWN), "said on the person's timeline");
    }
}
