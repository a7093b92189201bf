package ca.tremplin.offer;

import ca.tremplin.kernel.NativeConditions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ca.tremplin.tenant.QuebecRegion;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The board's SQL conditions: constant fragments, and whatever the visitor typed only as bound values. */
class PublicOffersConditionsTest {

    /** Offers starting the same day follow their trade in the reader's language, not always the French one. */
    @Test
    void theBoardIsOrderedByTheTradeInTheReadersLanguage() {
        assertEquals(" order by o.start_date is null, o.start_date, o.trade_fr, o.id",
                PublicOffers.boardOrder(java.util.Locale.FRENCH));
        assertEquals(" order by o.start_date is null, o.start_date, o.trade_en, o.id",
                PublicOffers.boardOrder(java.util.Locale.ENGLISH));
        assertEquals(" order by o.start_date is null, o.start_date, o.trade_en, o.id",
                PublicOffers.boardOrder(java.util.Locale.CANADA));
    }

    @Test
    void nothingChosenAddsNoCondition() {
        NativeConditions where = PublicOffers.conditions(OfferQuery.everything());

        assertEquals("", where.sql());
        assertEquals(List.of(), where.values());
    }

    @Test
    void everyChoiceIsANumberedParameter() {
        OfferQuery query = new OfferQuery("Soudeur d'acier", Set.of(QuebecRegion.ESTRIE), " Métallurgie Nadeau ",
                Set.of("16"), LocalDate.of(2026, 9, 1), 2);

        NativeConditions where = PublicOffers.conditions(query);

        assertEquals(" and match(o.search_text) against (?1 in boolean mode) and o.region in (?2)"
                + " and o.employer_name = ?3 and o.employer_sector_code in (?4) and o.start_date >= ?5", where.sql());
        assertEquals(List.of("+(soudeur* soudage* soudure* souderie*) +acier*", "ESTRIE", "Métallurgie Nadeau", "16", Date.valueOf("2026-09-01")),
                where.values());
    }

    @Test
    void sqlTextNeverContainsWhatWasTyped() {
        String typed = "soudure' or '1'='1";
        NativeConditions where = PublicOffers.conditions(new OfferQuery(typed, Set.of(), typed, Set.of(), null, 1));

        assertFalse(where.sql().contains("soudure"));
        assertFalse(where.sql().contains("'"));
        assertEquals(" and match(o.search_text) against (?1 in boolean mode) and o.employer_name = ?2", where.sql());
    }

    @Test
    void laterParametersContinueTheNumbering() {
        NativeConditions where = PublicOffers.conditions(new OfferQuery(null, Set.of(QuebecRegion.LAVAL,
                QuebecRegion.MONTREAL), null, Set.of(), null, 1));

        assertEquals("?3", where.param(OfferQuery.PAGE_SIZE));
    }
}
