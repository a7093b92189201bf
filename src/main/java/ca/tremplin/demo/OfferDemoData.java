package ca.tremplin.demo;

import ca.tremplin.catalog.Program;
import ca.tremplin.catalog.SearchText;
import ca.tremplin.catalog.TrainingSector;
import ca.tremplin.offer.Offer;
import ca.tremplin.offer.OfferKind;
import ca.tremplin.offer.OfferStatus;
import ca.tremplin.tenant.QuebecRegion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Fills one school service centre's offer board: about eight apprenticeship and work-study offers from local
 * employers (from {@code offers.csv}), each for a trade that one of the centre's own programs teaches and
 * linked to one or two of them. Most are open, some partly filled, a few still drafts. Runs inside the
 * tenant it fills (the caller binds it), after that tenant's catalogue.
 */
@ApplicationScoped
public class OfferDemoData {

    static final int OFFERS_PER_SCHOOL_BOARD = 8;
    static final int MOST_LINKED_PROGRAMS = 2;

    /**
     * A row of offers.csv: an employer (its name may hold {@code {city}}) hiring for a trade, and the codes of
     * the programs that prepare for it, best match first.
     */
    record OfferTemplate(String employer, String sectorCode, OfferKind kind, String tradeFr, String tradeEn,
                         List<String> programCodes, String scheduleFr, String scheduleEn, String descriptionFr,
                         String descriptionEn) {

        String employerIn(String city) {
            return employer.replace("{city}", city);
        }
    }

    static final List<OfferTemplate> TEMPLATES = readTemplates();

    /** People who answer for the employers; any name fits any employer. */
    static final String[] CONTACT_NAMES = {
        "Julie Tremblay", "Martin Gagnon", "Catherine Roy", "Patrick Côté", "Annie Bouchard", "Éric Gauthier",
        "Mélanie Morin", "Sylvain Lavoie", "Karine Fortin", "Denis Bélanger", "Nathalie Pelletier", "Yves Ouellet"};

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /**
     * Returns how many offers were created. Beyond the fitting templates (benchmark scale), further rounds
     * come from numbered branches of the same employers, so that each offer keeps an address of its own.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int fill(String city, QuebecRegion region, int count, Random random) {
        Map<String, Program> programsByCode = em.createQuery("select p from Program p order by p.code", Program.class)
                .getResultStream().collect(Collectors.toMap(Program::getCode, Function.identity(), (a, b) -> a));
        List<OfferTemplate> fitting = new ArrayList<>(TEMPLATES.stream()
                .filter(template -> template.programCodes().stream().anyMatch(programsByCode::containsKey))
                .toList());
        Collections.shuffle(fitting, random);
        LocalDate today = LocalDate.now();
        if (fitting.isEmpty()) {
            return 0;
        }
        int created = 0;
        for (int index = 0; index < count; index++) {
            OfferTemplate template = fitting.get(index % fitting.size());
            int round = index / fitting.size();
            String employer = template.employerIn(city) + (round == 0 ? "" : " — succursale " + (round + 1));
            em.persist(offer(template, employer, city, region, linkedPrograms(template, programsByCode), today,
                    random));
            created++;
        }
        return created;
    }

    private Offer offer(OfferTemplate template, String employer, String city, QuebecRegion region,
                        Set<Program> programs, LocalDate today, Random random) {
        Offer offer = new Offer();
        offer.setEmployerName(employer);
        offer.setEmployerSector(em.getReference(TrainingSector.class, template.sectorCode()));
        offer.setCity(city);
        offer.setRegion(region);
        offer.setContactName(CONTACT_NAMES[random.nextInt(CONTACT_NAMES.length)]);
        offer.setContactEmail("emplois@" + SearchText.slug(employer) + ".demo");
        offer.setContactPhone("+1 418 555 0" + (100 + random.nextInt(900)));
        offer.setKind(template.kind());
        offer.setTradeFr(template.tradeFr());
        offer.setTradeEn(template.tradeEn());
        offer.setScheduleFr(template.scheduleFr());
        offer.setScheduleEn(template.scheduleEn());
        offer.setDescriptionFr(template.descriptionFr());
        offer.setDescriptionEn(template.descriptionEn());
        // 17.00 to 28.00 dollars an hour, by quarters.
        offer.setHourlyWageCad(BigDecimal.valueOf(1700 + 25 * random.nextInt(45), 2));
        LocalDate start = today.plusMonths(1 + random.nextInt(5)).withDayOfMonth(random.nextBoolean() ? 1 : 15);
        offer.setStartDate(start);
        offer.setApplicationDeadline(start.minusWeeks(3 + random.nextInt(4)));
        offer.setPrograms(programs);
        int positions = 1 + random.nextInt(4);
        offer.setPositions(positions);
        if (positions > 1 && random.nextInt(3) == 0) {
            offer.recordFilledPositions(1 + random.nextInt(positions - 1));
        }
        if (random.nextInt(5) > 0) {
            offer.changeStatus(OfferStatus.OPEN);
        }
        return offer;
    }

    /** The template's programs that this centre gives, best match first, one or two of them. */
    private static Set<Program> linkedPrograms(OfferTemplate template, Map<String, Program> programsByCode) {
        return template.programCodes().stream().filter(programsByCode::containsKey).limit(MOST_LINKED_PROGRAMS)
                .map(programsByCode::get).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static List<OfferTemplate> readTemplates() {
        try (Reader csv = new InputStreamReader(OfferDemoData.class.getResourceAsStream("offers.csv"),
                StandardCharsets.UTF_8)) {
            List<OfferTemplate> templates = new ArrayList<>();
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
                templates.add(new OfferTemplate(row.get("employer"), row.get("sector_code"),
                        OfferKind.valueOf(row.get("kind")), row.get("trade_fr"), row.get("trade_en"),
                        Arrays.asList(row.get("program_codes").split(" ")), row.get("schedule_fr"),
                        row.get("schedule_en"), row.get("description_fr"), row.get("description_en")));
            }
            return List.copyOf(templates);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("offers.csv is part of the application", unreadable);
        }
    }
}
