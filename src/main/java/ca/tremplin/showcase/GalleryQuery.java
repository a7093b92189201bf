package ca.tremplin.showcase;

import ca.tremplin.tenant.QuebecRegion;

/** The gallery's filters and page, as read from its address; null filters are not applied. */
public record GalleryQuery(Long programId, String sectorCode, QuebecRegion region, int page) {

    public static final GalleryQuery FIRST_PAGE = new GalleryQuery(null, null, null, 1);
}
