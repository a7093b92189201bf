package ca.tremplin.tenant;

/**
 * Québec's 17 administrative regions, with their official numbers. Labels come from the message bundles
 * ({@code region.CODE}); region names are proper nouns and read the same in both languages.
 */
public enum QuebecRegion {
    BAS_SAINT_LAURENT(1),
    SAGUENAY_LAC_SAINT_JEAN(2),
    CAPITALE_NATIONALE(3),
    MAURICIE(4),
    ESTRIE(5),
    MONTREAL(6),
    OUTAOUAIS(7),
    ABITIBI_TEMISCAMINGUE(8),
    COTE_NORD(9),
    NORD_DU_QUEBEC(10),
    GASPESIE_ILES_DE_LA_MADELEINE(11),
    CHAUDIERE_APPALACHES(12),
    LAVAL(13),
    LANAUDIERE(14),
    LAURENTIDES(15),
    MONTEREGIE(16),
    CENTRE_DU_QUEBEC(17);

    private final int officialNumber;

    QuebecRegion(int officialNumber) {
        this.officialNumber = officialNumber;
    }

    public int officialNumber() {
        return officialNumber;
    }

    public String messageKey() {
        return "region." + name();
    }
}
