package ca.tremplin.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.mail.OutboxMessage;
import ca.tremplin.security.TestSessions;
import ca.tremplin.testsupport.OutboxFiles;
import ca.tremplin.security.UserAccount;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantContext;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the event tests inside the server share: an event of their own, published with a title that names it, and the
 * mail the outbox holds for a person — its subject, its text, the calendar files it carries.
 */
final class EventFixtures {

    private final EventService eventService;
    private final Tenancy tenancy;
    private final EntityManager em;

    EventFixtures(EventService eventService, Tenancy tenancy, EntityManager em) {
        this.eventService = eventService;
        this.tenancy = tenancy;
        this.em = em;
    }

    /** A webinar published by {@code staff}, titled "Webinaire {id}" and "Webinar {id}" so that its mail is found. */
    Event published(Tenant tenant, UserAccount staff, Integer capacity, LocalDateTime localStart) {
        try (TenantContext.Scope ignored = TestSessions.signedInAs(staff, tenant)) {
            Event saved = eventService.save(newEvent(capacity), localStart, localStart.plusHours(2), "Europe/Paris");
            Event published = eventService.publish(saved.getId(), saved.getVersion());
            published.setTitleFr("Webinaire " + published.getId());
            published.setTitleEn("Webinar " + published.getId());
            return eventService.save(published, localStart, localStart.plusHours(2), "Europe/Paris");
        }
    }

    static Event newEvent(Integer capacity) {
        Event event = new Event();
        event.setType(EventType.WEBINAR);
        event.setVirtual(true);
        event.setOnlineUrl("https://meet.example.org/fp-quebec");
        event.setTitleFr("Webinaire");
        event.setTitleEn("Webinar");
        event.setLanguageList(List.of("fr", "en"));
        event.setCapacity(capacity);
        return event;
    }

    long outboxCountTo(String email, String subject) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select count(m) from OutboxMessage m"
                        + " where m.recipient = :email and m.subject like :subject", Long.class)
                .setParameter("email", email).setParameter("subject", subject).getSingleResult());
    }

    /** The one mail to {@code email} whose subject is like {@code subject} (its file: {@code OutboxFiles}). */
    OutboxMessage outboxTo(String email, String subject) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select m from OutboxMessage m where m.recipient = :email"
                        + " and m.subject like :subject", OutboxMessage.class)
                .setParameter("email", email).setParameter("subject", subject).getSingleResult());
    }

    /**
     * The token of the link that gives up a seat (or a place on the waiting list), in the one mail to {@code email}
     * whose subject is like {@code subject}.
     */
    String linkToken(String email, String subject) {
        String text = outboxTo(email, subject).getBodyText();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/inscription\\.xhtml\\?token=([^&\\s]+)&lang=")
                .matcher(text);
        assertTrue(link.find(), "the mail carries the link: " + text);
        return java.net.URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);
    }

    /** The calendar files mailed to {@code email}, unfolded, in the order they were queued. */
    List<String> calendarFilesTo(String email) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select m from OutboxMessage m where m.recipient = :email"
                        + " order by m.id", OutboxMessage.class).setParameter("email", email).getResultList().stream()
                .map(message -> OutboxFiles.of(em, message)).filter(java.util.Objects::nonNull)
                .map(file -> new String(file.content(), StandardCharsets.UTF_8).replace("\r\n ", "")).toList());
    }

    /** A property's line of a calendar file, unfolded. */
    static String line(String ics, String name) {
        return java.util.Arrays.stream(ics.replace("\r\n ", "").split("\r\n"))
                .filter(line -> line.startsWith(name + ":") || line.startsWith(name + ";")).findFirst().orElse(null);
    }

    static int sequence(String ics) {
        java.util.regex.Matcher found = java.util.regex.Pattern.compile("SEQUENCE:(\\d+)").matcher(ics);
        assertTrue(found.find(), ics);
        return Integer.parseInt(found.group(1));
    }

    /** A registration as it is stored now, read outside any centre's session. */
    EventRegistration registration(long registrationId) {
        return tenancy.acrossAllTenants(() -> em.find(EventRegistration.class, registrationId));
    }

    /** What a person types to register from the public page: a seat, contact agreed, no news. */
    static RegistrationRequest registering(String email) {
        return new RegistrationRequest("Ana", "Nguyễn", email, null, "VN", true, false, "Asia/Ho_Chi_Minh", null);
    }

    /** A form's token, new each time. */
    static String key() {
        return UUID.randomUUID().toString();
    }

    /** An address of its own, so that no brake on addresses counts another test's sendings. */
    static String ip() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
