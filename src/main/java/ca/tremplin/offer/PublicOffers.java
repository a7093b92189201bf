package ca.tremplin.offer;

import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.NativeConditions;
import ca.tremplin.catalog.SearchText;
import ca.tremplin.tenant.QuebecRegion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The public offer board: open offers of every active school service centre. It crosses tenants on purpose
 * — that is what a board is — and reads with SQL of its own (full-text search), which Hibernate's tenant
 * filter does not touch; every query here therefore starts from {@link #OPEN_OFFERS}, which admits only open
 * offers of active tenants.
 *
 * <p>Search uses MariaDB's InnoDB FULLTEXT index on {@code offer.search_text}, a column holding trades,
 * employer, city and descriptions in both languages without accents or case ({@link SearchText}). Every SQL
 * fragment here is a constant; what the visitor typed or chose is always a bound parameter.
 */
@ApplicationScoped
public class PublicOffers {

    private static final String OPEN_OFFERS = " from offer o join tenant t on t.id = o.tenant_id"
            + " join training_sector s on s.code = o.employer_sector_code"
            + " where o.status = 'OPEN' and t.active = true";

    private static final java.time.ZoneId QUEBEC = ca.tremplin.kernel.QuebecTime.ZONE;

    /**
     * The open offers still taking applications: those whose deadline, if any, is not past in Québec. The one
     * fragment that is not a constant: today's date, from the server's clock (never from the visitor), as a literal.
     */
    private String listedOffers() {
        return OPEN_OFFERS + " and (o.application_deadline is null or o.application_deadline >= '"
                + java.time.LocalDate.now(clock.withZone(QUEBEC)) + "')";
    }

    @jakarta.inject.Inject
    java.time.Clock clock;

    /** Every column is named, since Hibernate refuses two result columns with the same name (slug, name_fr). */
    private static final String CARD_COLUMNS = "select o.id as offer_id, t.slug as tenant_slug,"
            + " t.name_fr as tenant_name_fr, t.name_en as tenant_name_en, o.slug as offer_slug, o.employer_name,"
            + " o.employer_sector_code, s.name_fr as sector_name_fr, s.name_en as sector_name_en, o.city, o.region,"
            + " o.kind, o.trade_fr, o.trade_en, o.positions, o.positions_filled, o.hourly_wage_cad, o.schedule_fr,"
            + " o.schedule_en, o.start_date, o.application_deadline";
    private static final int CARD_COLUMN_COUNT = 21;

    private static final String DETAIL_COLUMNS = ", o.contact_name, o.contact_email, o.contact_phone,"
            + " o.description_fr, o.description_en";

    /**
     * Soonest start first; offers without a start date last; then by trade in the reader's language — the columns'
     * collation (utf8mb4_unicode_ci) sorts "Électricien" among the E's —, and by id for stable pages. By the French
     * trade, an English reader's "Welder" came before "Cook" ("Soudeur" after "Cuisinier").
     */
    static String boardOrder(Locale language) {
        return " order by o.start_date is null, o.start_date, "
                + (Languages.isEnglish(language) ? "o.trade_en" : "o.trade_fr") + ", o.id";
    }

    /**
     * Programs of the offer's own tenant only, even if a link to another tenant's program were ever written; put in
     * the reader's order by {@link OfferDetail#programs(java.util.Locale)}.
     */
    private static final String PUBLISHED_LINKED_PROGRAMS = "select p.type, p.code, p.title_fr, p.title_en,"
            + " p.slug_fr, p.slug_en from offer_program op join offer o on o.id = op.offer_id"
            + " join program p on p.id = op.program_id and p.tenant_id = o.tenant_id"
            + " where op.offer_id = ?1 and p.status = 'PUBLISHED' order by p.id";

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Transactional
    public OfferPage boardAcrossAllTenants(OfferQuery query, Locale language) {
        NativeConditions where = conditions(query);
        long total = ((Number) where.bind(em.createNativeQuery("select count(*)" + listedOffers() + where.sql()))
                .getSingleResult()).longValue();
        if (total == 0) {
            return new OfferPage(List.of(), 0, query.page());
        }
        // Limit and offset continue the numbering of the conditions' parameters.
        String sql = CARD_COLUMNS + listedOffers() + where.sql() + boardOrder(language)
                + " limit " + where.param(OfferQuery.PAGE_SIZE) + " offset " + where.param(query.offset());
        List<OfferCard> cards = new ArrayList<>();
        for (Object[] row : rows(where.bind(em.createNativeQuery(sql)).getResultList())) {
            cards.add(card(row));
        }
        return new OfferPage(cards, total, query.page());
    }

    /** Open offers linked to a program, for the program's public page: the trade's openings, soonest first. */
    @Transactional
    public List<OfferCard> openOffersForProgramAcrossAllTenants(long programId, Locale language, int limit) {
        List<OfferCard> cards = new ArrayList<>();
        for (Object[] row : rows(em.createNativeQuery(CARD_COLUMNS + listedOffers()
                        + " and exists (select 1 from offer_program op where op.offer_id = o.id and op.program_id = ?1)"
                        + boardOrder(language) + " limit ?2")
                .setParameter(1, programId).setParameter(2, limit).getResultList())) {
            cards.add(card(row));
        }
        return cards;
    }

    /** The open offer at /{tenant}/{slug}, or empty if there is none, it is not open or its tenant is inactive. */
    @Transactional
    public Optional<OfferDetail> findOpenOfferAcrossAllTenants(String tenantSlug, String slug) {
        if (tenantSlug == null || slug == null) {
            return Optional.empty();
        }
        List<Object[]> rows = rows(em.createNativeQuery(CARD_COLUMNS + DETAIL_COLUMNS + OPEN_OFFERS
                        + " and t.slug = ?1 and o.slug = ?2")
                .setParameter(1, tenantSlug).setParameter(2, slug).getResultList());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        OfferCard card = card(row);
        int next = CARD_COLUMN_COUNT;
        return Optional.of(new OfferDetail(card, text(row[next]), text(row[next + 1]), text(row[next + 2]),
                text(row[next + 3]), text(row[next + 4]), linkedPublishedPrograms(card.id())));
    }

    /** Whether an offer of an active centre ever had this address (open or not). */
    @Transactional
    public boolean existsAcrossAllTenants(String tenantSlug, String slug) {
        if (tenantSlug == null || slug == null) {
            return false;
        }
        return !em.createNativeQuery("select 1 from offer o join tenant t on t.id = o.tenant_id"
                        + " where t.slug = ?1 and o.slug = ?2 and t.active = true and o.status <> 'DRAFT' limit 1")
                .setParameter(1, tenantSlug).setParameter(2, slug).getResultList().isEmpty();
    }

    /**
     * Whether the address, or one an offer had before its employer or trade was corrected, named an offer that was
     * public (not a draft) at a centre the coordinating organisation closed since: every such page is gone (410).
     */
    @Transactional
    public boolean ofClosedCentreAcrossAllTenants(String tenantSlug, String slug) {
        if (tenantSlug == null || slug == null) {
            return false;
        }
        return !em.createNativeQuery("select 1 from tenant t where t.slug = ?1 and t.active = false"
                        + " and (exists (select 1 from offer o where o.tenant_id = t.id and o.slug = ?2"
                        + " and o.status <> 'DRAFT')"
                        + " or exists (select 1 from offer_former_slug f join offer o on o.id = f.offer_id"
                        + " where f.tenant_id = t.id and o.tenant_id = t.id and f.slug = ?2 and o.status <> 'DRAFT'))")
                .setParameter(1, tenantSlug).setParameter(2, slug).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * The current address (slug) of the offer that left this one when its employer or trade was corrected, if it
     * is public (not a draft) at an active centre; empty otherwise.
     */
    @Transactional
    public Optional<String> renamedAcrossAllTenants(String tenantSlug, String slug) {
        if (tenantSlug == null || slug == null) {
            return Optional.empty();
        }
        List<?> current = em.createNativeQuery("select o.slug from offer_former_slug f"
                        + " join tenant t on t.id = f.tenant_id join offer o on o.id = f.offer_id"
                        + " where t.slug = ?1 and f.slug = ?2 and t.active = true and o.status <> 'DRAFT'")
                .setParameter(1, tenantSlug).setParameter(2, slug).getResultList();
        return current.stream().map(String.class::cast).findFirst();
    }

    private List<OfferDetail.LinkedProgram> linkedPublishedPrograms(long offerId) {
        List<OfferDetail.LinkedProgram> programs = new ArrayList<>();
        for (Object[] row : rows(em.createNativeQuery(PUBLISHED_LINKED_PROGRAMS).setParameter(1, offerId)
                .getResultList())) {
            programs.add(new OfferDetail.LinkedProgram(text(row[0]), text(row[1]), text(row[2]), text(row[3]),
                    text(row[4]), text(row[5])));
        }
        return programs;
    }

    /** The visitor's choices as conditions; a choice left empty filters nothing. */
    static NativeConditions conditions(OfferQuery query) {
        NativeConditions where = new NativeConditions();
        String booleanQuery = SearchText.booleanQuery(query.text());
        if (booleanQuery != null) {
            where.and("match(o.search_text) against (" + where.param(booleanQuery) + " in boolean mode)");
        }
        if (!query.regions().isEmpty()) {
            where.and("o.region in (" + where.params(query.regions().stream().map(Enum::name).toList()) + ")");
        }
        if (query.employer() != null && !query.employer().isBlank()) {
            where.and("o.employer_name = " + where.param(query.employer().strip()));
        }
        if (!query.sectors().isEmpty()) {
            where.and("o.employer_sector_code in (" + where.params(query.sectors()) + ")");
        }
        if (query.startFrom() != null) {
            where.and("o.start_date >= " + where.param(Date.valueOf(query.startFrom())));
        }
        return where;
    }

    private static OfferCard card(Object[] row) {
        return new OfferCard(((Number) row[0]).longValue(), text(row[1]), text(row[2]), text(row[3]), text(row[4]),
                text(row[5]), text(row[6]), text(row[7]), text(row[8]), text(row[9]),
                QuebecRegion.valueOf(text(row[10])), OfferKind.valueOf(text(row[11])), text(row[12]), text(row[13]),
                ((Number) row[14]).intValue(), ((Number) row[15]).intValue(), decimal(row[16]), text(row[17]),
                text(row[18]), localDate(row[19]), localDate(row[20]));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> resultList) {
        return (List<Object[]>) resultList;
    }

    /** Column values as text; a CHAR column may come back as a Character or a String depending on its length. */
    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static BigDecimal decimal(Object value) {
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        return new BigDecimal(value.toString());
    }

    private static LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }
}
