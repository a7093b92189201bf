package ca.tremplin.demo;

import ca.tremplin.catalog.Centre;
import ca.tremplin.catalog.Intake;
import ca.tremplin.catalog.IntakeStatus;
import ca.tremplin.catalog.Program;
import ca.tremplin.catalog.ProgramType;
import ca.tremplin.catalog.TrainingSector;
import ca.tremplin.catalog.TuitionBasis;
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
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Fills one school service centre's catalogue: two centres, a share of Québec's real FP programs (from
 * {@code programs.csv}) with tuition and upcoming intakes, most published and a few still drafts.
 * Runs inside the tenant it fills (the caller binds it).
 */
@ApplicationScoped
public class CatalogDemoData {

    /** A row of programs.csv: a real program as Québec's education ministry lists it. */
    record ProgramTemplate(ProgramType type, String code, String titleFr, String titleEn, String sectorCode,
                           int hours, String descriptionFr, String descriptionEn, String careersFr,
                           String careersEn) {
    }

    static final List<ProgramTemplate> PROGRAMS = readTemplates();

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /**
     * Returns how many programs were created. Beyond the real programs of the list (benchmark scale), each
     * further round offers them again as numbered tracks with a longer number, so that every program of a
     * centre keeps a number of its own; {@code intakesPerProgram} below zero means "0 to 3, at random".
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int fill(String city, QuebecRegion region, int programCount, int intakesPerProgram, Random random) {
        Centre main = centre("Centre de formation professionnelle de " + city, city, region, random);
        Centre second = centre("Centre de formation en métiers de " + city + "-Est", city, region, random);
        List<ProgramTemplate> chosen = new ArrayList<>(PROGRAMS);
        Collections.shuffle(chosen, random);
        LocalDate today = LocalDate.now();
        int created = 0;
        for (int index = 0; index < programCount; index++) {
            ProgramTemplate template = chosen.get(index % chosen.size());
            int round = index / chosen.size();
            Program program = new Program();
            program.setType(template.type());
            program.setCode(round == 0 ? template.code() : template.code() + String.format("%02d", round));
            program.setTitleFr(round == 0 ? template.titleFr() : template.titleFr() + " — parcours " + round);
            program.setTitleEn(round == 0 ? template.titleEn() : template.titleEn() + " — track " + round);
            program.setSector(em.getReference(TrainingSector.class, template.sectorCode()));
            program.setDurationHours(template.hours());
            program.setDurationMonths(Math.max(3, Math.round(template.hours() / 90f)));
            program.setInstructionLanguage(random.nextInt(10) == 0 ? "EN" : "FR");
            program.setDescriptionFr(template.descriptionFr());
            program.setDescriptionEn(template.descriptionEn());
            program.setCareersFr(template.careersFr());
            program.setCareersEn(template.careersEn());
            program.setAdmissionFr("Diplôme d’études secondaires ou équivalent reconnu; niveau de français B2 recommandé.");
            program.setAdmissionEn("Secondary school diploma or recognised equivalent; French at level B2 recommended.");
            program.setDocumentsFr("Passeport; relevés de notes et diplômes traduits; preuve de capacité financière; acte de naissance.");
            program.setDocumentsEn("Passport; translated transcripts and diplomas; proof of financial capacity; birth certificate.");
            program.setTuitionCad(BigDecimal.valueOf(Math.round(template.hours() * (9 + random.nextInt(8)) / 100.0) * 100));
            program.setTuitionBasis(TuitionBasis.PROGRAM);
            program.setTuitionExemption(random.nextInt(5) == 0);
            program.setCentres(random.nextBoolean() ? Set.of(main) : Set.of(main, second));
            em.persist(program);
            if (random.nextInt(8) > 0) {
                em.createQuery("update Program p set p.status = ca.tremplin.catalog.ProgramStatus.PUBLISHED"
                        + " where p.id = :id").setParameter("id", program.getId()).executeUpdate();
            }
            int intakes = intakesPerProgram >= 0 ? intakesPerProgram : random.nextInt(4);
            for (int i = 0; i < intakes; i++) {
                Intake intake = new Intake();
                intake.setProgram(program);
                intake.setCentre(main);
                LocalDate start = today.plusMonths(1 + random.nextInt(11)).withDayOfMonth(random.nextBoolean() ? 1 : 15);
                intake.setStartDate(start);
                intake.setApplicationDeadline(start.minusMonths(3));
                intake.setSeats(18 + random.nextInt(10));
                intake.setInternationalSeats(2 + random.nextInt(6));
                intake.setStatus(random.nextInt(6) == 0 ? IntakeStatus.FULL : IntakeStatus.OPEN);
                em.persist(intake);
            }
            created++;
        }
        return created;
    }

    private Centre centre(String name, String city, QuebecRegion region, Random random) {
        Centre centre = new Centre();
        centre.setName(name);
        centre.setCity(city);
        centre.setRegion(region);
        centre.setAddress((100 + random.nextInt(900)) + ", rue Principale, " + city + " (Québec)");
        centre.setContactPhone("+1 418 555 0" + (100 + random.nextInt(900)));
        em.persist(centre);
        return centre;
    }

    private static List<ProgramTemplate> readTemplates() {
        try (Reader csv = new InputStreamReader(CatalogDemoData.class.getResourceAsStream("programs.csv"),
                StandardCharsets.UTF_8)) {
            List<ProgramTemplate> templates = new ArrayList<>();
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
                templates.add(new ProgramTemplate(ProgramType.valueOf(row.get("type")), row.get("code"),
                        row.get("title_fr"), row.get("title_en"), row.get("sector_code"),
                        Integer.parseInt(row.get("hours")), row.get("description_fr"), row.get("description_en"),
                        row.get("careers_fr"), row.get("careers_en")));
            }
            return List.copyOf(templates);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("programs.csv is part of the application", unreadable);
        }
    }
}
