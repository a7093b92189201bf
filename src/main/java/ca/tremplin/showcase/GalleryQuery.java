package ca.tremplin.showcase;

import ca.tremplin.tenant.QuebecRegion;

/**
 * The gallery's filters and page, as read from its address; null filters are not applied. A trade is a program's
 * ministry code (DEP 5195, "Soudage-montage"): the same trade taught by several centres is one choice, not one per
 * centre.
 */
public record GalleryQuery(String tradeCode, String sectorCode, QuebecRegion region, int page) {

    public static final GalleryQuery FIRST_PAGE = new GalleryQuery(null, null, null, 1);
}
