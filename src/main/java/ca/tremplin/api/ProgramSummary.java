package ca.tremplin.api;

import ca.tremplin.catalog.ProgramCard;
import ca.tremplin.catalog.ProgramType;
import ca.tremplin.catalog.TuitionBasis;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One program in a list of search results: a catalogue card, with links to its public pages. */
@JsonbPropertyOrder({"id", "tenant", "type", "code", "titleFr", "titleEn", "sectorCode", "durationHours",
        "durationMonths", "instructionLanguage", "tuitionCad", "tuitionBasis", "nextStart", "links"})
public record ProgramSummary(
        long id,
        TenantSummary tenant,
        ProgramType type,
        String code,
        String titleFr,
        String titleEn,
        String sectorCode,
        int durationHours,
        int durationMonths,
        String instructionLanguage,
        BigDecimal tuitionCad,
        TuitionBasis tuitionBasis,
        LocalDate nextStart,
        PublicLinks links) {

    static ProgramSummary of(ProgramCard card) {
        return new ProgramSummary(card.id(), TenantSummary.of(card), card.type(), card.code(), card.titleFr(),
                card.titleEn(), card.sectorCode(), card.durationHours(), card.durationMonths(),
                card.instructionLanguage(), card.tuitionCad(), card.tuitionBasis(), card.nextStart(),
                PublicLinks.of(card));
    }
}
