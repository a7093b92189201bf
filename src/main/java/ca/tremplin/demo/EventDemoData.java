package ca.tremplin.demo;

import ca.tremplin.event.Event;
import ca.tremplin.event.EventRegistrar;
import ca.tremplin.event.EventStatus;
import ca.tremplin.event.EventType;
import ca.tremplin.event.RegistrationChannel;
import ca.tremplin.event.RegistrationRequest;
import ca.tremplin.inquiry.InquiryValidator;
import ca.tremplin.kernel.Languages;
import ca.tremplin.leadimport.ColumnMapping;
import ca.tremplin.leadimport.ImportField;
import ca.tremplin.leadimport.SavedMapping;
import ca.tremplin.person.ContactDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The demo's events, organised by the first centre with the second taking part: an upcoming bilingual webinar
 * held from Paris, a fair in Paris, a draft school visit, and an information session in Dakar three weeks ago
 * whose registrants came or did not. Runs inside the organising centre's tenant.
 */
@ApplicationScoped
public class EventDemoData {

    /** Registrants of the past session: first name, last name, country, came. */
    private record Registrant(String firstName, String lastName, String country, boolean came) {
    }

    private static final List<Registrant> DAKAR = List.of(
            new Registrant("Fatou", "Diop", "SN", true),
            new Registrant("Moussa", "Ndiaye", "SN", true),
            new Registrant("Awa", "Sow", "SN", false),
            new Registrant("Ibrahima", "Fall", "SN", true),
            new Registrant("Khady", "Ba", "SN", false));

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    EventRegistrar registrar;

    @Inject
    ca.tremplin.security.StaffChanges changes;

    @Transactional(Transactional.TxType.MANDATORY)
    public int fill(long participatingTenantId, Instant now) {
        ZoneId paris = ZoneId.of("Europe/Paris");
        LocalDate today = LocalDate.ofInstant(now, paris);
        Event webinar = event(EventType.WEBINAR, "Webinaire : étudier la mécanique automobile au Québec",
                "Webinar: studying automotive mechanics in Québec", true, today.plusDays(10).atTime(18, 0), paris,
                participatingTenantId, now);
        webinar.setCapacity(300);
        Event fair = event(EventType.FAIR, "Salon de l'étudiant — Paris", "Student Fair — Paris", false,
                today.plusDays(30).atTime(10, 0), paris, participatingTenantId, now);
        fair.setCountry("FR");
        fair.setCity("Paris");
        fair.setVenue("Paris Expo — Porte de Versailles, hall 7");
        Event visit = event(EventType.SCHOOL_VISIT, "Visite du Centre de formation professionnelle",
                "Visit of the vocational training centre", false, today.plusDays(45).atTime(LocalTime.of(9, 30)),
                ZoneId.of("America/Toronto"), participatingTenantId, now);
        visit.setCountry("CA");
        visit.setCity("Saguenay");
        ZoneId dakarZone = ZoneId.of("Africa/Dakar");
        Event dakar = event(EventType.INFO_SESSION, "Séance d'information — Dakar", "Information session — Dakar",
                false, LocalDate.ofInstant(now, dakarZone).minusDays(21).atTime(15, 0), dakarZone,
                participatingTenantId, now);
        dakar.setCountry("SN");
        dakar.setCity("Dakar");
        dakar.setVenue("Institut français de Dakar");
        for (Event event : List.of(webinar, fair, visit, dakar)) {
            em.persist(event);
        }
        em.flush();
        setStatus(EventStatus.PUBLISHED, webinar.getId(), fair.getId(), dakar.getId());
        // A bulk update leaves the managed copies as they were: registration must read the published state.
        em.clear();
        int count = 0;
        for (Registrant person : DAKAR) {
            String email = person.firstName().toLowerCase() + "." + person.lastName().toLowerCase() + "@exemple.demo";
            ContactDetails contact = InquiryValidator.validateContact(person.firstName(), person.lastName(), email,
                    null, person.country(), true, Languages.FRENCH);
            registrar.register(dakar.getId(), contact, new RegistrationRequest(person.firstName(), person.lastName(),
                    email, null, person.country(), true, count % 2 == 0, "Africa/Dakar", null),
                    person.came() ? RegistrationChannel.WALK_IN : RegistrationChannel.WEB, "demo:event:" + count,
                    null, null, dakar.getStartsAt().minusSeconds(3600));
            count++;
        }
        em.clear();
        setStatus(EventStatus.DONE, dakar.getId());
        // As the round that closes events over would have: its history says so.
        changes.recordAutomatic(dakar.getTenantId(), ca.tremplin.security.StaffChange.Subject.EVENT, dakar.getId(),
                ca.tremplin.security.StaffChange.What.EVENT_STATUS, EventStatus.PUBLISHED + " → " + EventStatus.DONE);
        // The list a fair's organiser sends after each fair: its e-mail and phone headers are not known ones.
        List<String> fairExport = List.of("Nom", "Prénom", "Adresse électronique", "Portable", "Pays");
        ColumnMapping fairMapping = new ColumnMapping();
        fairMapping.set(ImportField.LAST_NAME, 0);
        fairMapping.set(ImportField.FIRST_NAME, 1);
        fairMapping.set(ImportField.EMAIL, 2);
        fairMapping.set(ImportField.PHONE, 3);
        fairMapping.set(ImportField.COUNTRY, 4);
        em.persist(SavedMapping.of("Export du salon de l’étudiant", fairExport, fairMapping));
        // The demo's registrants have no mailbox: their confirmations are not sent.
        em.createQuery("delete from OutboxMessage m where m.recipient like '%@exemple.demo'").executeUpdate();
        return 4;
    }

    private Event event(EventType type, String titleFr, String titleEn, boolean virtual, LocalDateTime localStart,
                        ZoneId zone, long participatingTenantId, Instant now) {
        Event event = new Event();
        event.setType(type);
        event.setTitleFr(titleFr);
        event.setTitleEn(titleEn);
        event.setDescriptionFr("Rencontrez les conseillers des centres de formation professionnelle, posez vos"
                + " questions sur l'admission, le CAQ, le permis d'études et la vie au Québec.");
        event.setDescriptionEn("Meet advisers of the vocational training centres and ask about admission, the CAQ,"
                + " the study permit and life in Québec.");
        event.setVirtual(virtual);
        if (virtual) {
            event.setOnlineUrl("https://webinaire.exemple.demo/mecanique");
        }
        event.schedule(localStart, localStart.plusHours(2), zone);
        event.setLanguageList(List.of("fr", "en"));
        event.setParticipatingTenantIds(Set.of(participatingTenantId));
        event.startAsDraft(now);
        return event;
    }

    private void setStatus(EventStatus status, Long... ids) {
        em.createQuery("update Event e set e.status = :status where e.id in :ids")
                .setParameter("status", status).setParameter("ids", List.of(ids)).executeUpdate();
    }
}
