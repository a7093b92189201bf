package ca.tremplin.catalog;

import java.util.List;
import java.util.Locale;

/**
 * The open apprenticeship offers in a program's trade, for the program's public page. The offer board, which sits
 * above the catalogue (offers name programs), answers it: {@code offer.ProgramPageOffers}.
 */
public interface ProgramOffers {

    /** Up to {@code most} open offers linked to the program, soonest first, as the page links them. */
    List<OfferLink> openOffers(long programId, Locale language, int most);

    /** One offer on a program's page: its trade in the page's language, employer, city, and its address. */
    record OfferLink(String trade, String employerName, String city, String path) {
    }
}
