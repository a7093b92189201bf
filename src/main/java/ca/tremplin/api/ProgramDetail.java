package ca.tremplin.api;

import ca.tremplin.catalog.ProgramCard;
import ca.tremplin.catalog.ProgramType;
import ca.tremplin.catalog.PublishedProgram;
import ca.tremplin.catalog.TuitionBasis;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One published program: the members of a search result (same names, same meaning), its texts in both
 * languages, the centres where it is given and its upcoming open intakes.
 */
@JsonbPropertyOrder({"id", "tenant", "type", "code", "titleFr", "titleEn", "sectorCode", "sectorNameFr",
        "sectorNameEn", "durationHours", "durationMonths", "instructionLanguage", "tuitionCad", "tuitionBasis",
        "tuitionExemption", "nextStart", "descriptionFr", "descriptionEn", "admissionFr", "admissionEn",
        "careersFr", "careersEn", "centres", "intakes", "links"})
public record ProgramDetail(
        long id,
        TenantSummary tenant,
        ProgramType type,
        String code,
        String titleFr,
        String titleEn,
        String sectorCode,
        String sectorNameFr,
        String sectorNameEn,
        int durationHours,
        int durationMonths,
        String instructionLanguage,
        BigDecimal tuitionCad,
        TuitionBasis tuitionBasis,
        boolean tuitionExemption,
        LocalDate nextStart,
        String descriptionFr,
        String descriptionEn,
        String admissionFr,
        String admissionEn,
        String careersFr,
        String careersEn,
        List<CentreSummary> centres,
        List<IntakeSummary> intakes,
        PublicLinks links) {

    static ProgramDetail of(PublishedProgram program) {
        ProgramCard card = program.card();
        return new ProgramDetail(card.id(), TenantSummary.of(card), card.type(), card.code(), card.titleFr(),
                card.titleEn(), card.sectorCode(), program.sectorNameFr(), program.sectorNameEn(),
                card.durationHours(), card.durationMonths(), card.instructionLanguage(), card.tuitionCad(),
                card.tuitionBasis(), program.tuitionExemption(), card.nextStart(), program.descriptionFr(),
                program.descriptionEn(), program.admissionFr(), program.admissionEn(), program.careersFr(),
                program.careersEn(), program.centres().stream().map(CentreSummary::of).toList(),
                program.upcomingIntakes().stream().map(IntakeSummary::of).toList(), PublicLinks.of(card));
    }
}
