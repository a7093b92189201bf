/**
 * Apprenticeship and work-study offers: positions that employers open to the students of a school service
 * centre, each tied to the programs that prepare for the trade. A centre's admin manages its own offers
 * ({@link ca.tremplin.offer.OfferService}, tenant-filtered, so another centre's offer is simply not found);
 * the public board ({@link ca.tremplin.offer.PublicOffers}) reads the open offers of every active centre, on
 * purpose, and says so in its names.
 *
 * <p>An offer's workflow lives on the entity: it starts as a draft, is opened and closed by the admin, and
 * becomes filled by itself when every position is taken, which takes it off the board.
 */
package ca.tremplin.offer;
