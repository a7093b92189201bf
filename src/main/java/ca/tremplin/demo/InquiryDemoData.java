package ca.tremplin.demo;

import ca.tremplin.catalog.ProgramStatus;
import ca.tremplin.inquiry.Inquiry;
import ca.tremplin.inquiry.InquiryIntake;
import ca.tremplin.inquiry.InquiryRequest;
import ca.tremplin.inquiry.InquiryValidator;
import ca.tremplin.kernel.Languages;
import ca.tremplin.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Demo information requests, so that the inbox is not empty: people from several countries asking about programs
 * of one or two centres, two general requests in the coordinating organisation's queue, received over the last
 * days (some overdue). Each centre also gets reply templates in both languages and an allowed web origin
 * (https://www.{slug}.example) for the API. Runs under the root tenant.
 */
@ApplicationScoped
public class InquiryDemoData {

    /** Who asks: first name, last name, e-mail user, country, language, French level. */
    private record Person(String firstName, String lastName, String country, String language, String frenchLevel) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("Aminata", "Koné", "CI", "fr", "NATIVE"),
            new Person("Youssef", "El Idrissi", "MA", "fr", "C1"),
            new Person("Thị Hoa", "Nguyễn", "VN", "fr", "B1"),
            new Person("Jean-Baptiste", "Moreau", "FR", "fr", "NATIVE"),
            new Person("María José", "Gutiérrez", "MX", "en", "A2"),
            new Person("Chukwuemeka", "Okafor", "NG", "en", "A1"),
            new Person("Fatou", "Diop", "SN", "fr", "NATIVE"),
            new Person("Rafael", "Souza", "BR", "en", "B1"),
            new Person("Ines", "Ben Salah", "TN", "fr", "C2"),
            new Person("Liang", "Zhou", "CN", "en", "A2"),
            new Person("Sébastien", "Dubois", "BE", "fr", "NATIVE"),
            new Person("Olena", "Kovalenko", "UA", "en", "B2"));

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    InquiryIntake intake;

    @Inject
    ca.tremplin.inquiry.StarterReplyTemplates starterTemplates;

    @Transactional(Transactional.TxType.MANDATORY)
    public int fill(List<Tenant> schoolBoards, Instant now) {
        for (Tenant board : schoolBoards) {
            em.createNativeQuery("insert into inquiry_settings (tenant_id, allowed_origins) values (?1, ?2)")
                    .setParameter(1, board.getId()).setParameter(2, "https://www." + board.getSlug() + ".example")
                    .executeUpdate();
            templates(board);
        }
        List<List<Long>> asked = new ArrayList<>();
        Tenant fjord = schoolBoards.get(0);
        Tenant deuxRives = schoolBoards.get(1);
        List<Long> fjordPrograms = publishedPrograms(fjord, 4);
        for (Long program : fjordPrograms) {
            asked.add(List.of(program));
        }
        asked.add(List.of(fjordPrograms.get(0), publishedPrograms(deuxRives, 1).get(0)));
        for (Tenant board : schoolBoards.subList(1, schoolBoards.size())) {
            asked.add(publishedPrograms(board, 1));
        }
        asked.add(List.of());
        asked.add(List.of());
        int count = 0;
        for (List<Long> programs : asked) {
            Person person = PEOPLE.get(count % PEOPLE.size());
            Instant received = now.minus(Duration.ofHours(3L + 7L * count));
            InquiryRequest request = new InquiryRequest();
            request.setFirstName(person.firstName());
            request.setLastName(person.lastName());
            request.setEmail(person.firstName().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + "." + count
                    + "@exemple.demo");
            request.setCountryOfResidence(person.country());
            request.setCitizenship(person.country());
            request.setFrenchLevel(person.frenchLevel());
            request.setBirthYear(1995 + count % 10);
            request.setProgramIds(new ArrayList<>(programs));
            request.setPreferredIntake("2027-0" + (1 + count % 9));
            request.setMessage(person.language().equals("en")
                    ? "I would like to know the admission requirements and the cost of living."
                    : "J’aimerais connaître les conditions d’admission et le coût de la vie.");
            request.setConsentToContact(true);
            request.setConsentToNews(count % 2 == 0);
            request.getAttribution().setUtmSource(count % 3 == 0 ? "facebook" : "webinaire");
            request.getAttribution().setUtmCampaign("journees-quebec-2026");
            intake.receiveAndRouteAcrossTenants(InquiryValidator.validate(request, Languages.fromTag(person.language()),
                    Year.of(2026)), "demo:" + count, Inquiry.Channel.FORM, null, received);
            count++;
        }
        // The demo's requesters have no mailbox: their acknowledgements are not sent.
        em.createQuery("delete from OutboxMessage m where m.recipient like '%@exemple.demo'").executeUpdate();
        return count;
    }

    private void templates(Tenant board) {
        starterTemplates.giveTo(board.getId());
    }

    private List<Long> publishedPrograms(Tenant board, int most) {
        return em.createQuery("select p.id from Program p where p.tenantId = :t and p.status = :published "
                        + "order by p.code", Long.class)
                .setParameter("t", board.getId()).setParameter("published", ProgramStatus.PUBLISHED)
                .setMaxResults(most).getResultList();
    }
}
