package ca.tremplin.catalog;

/** Whether the international tuition is for the whole program or per year of study. */
public enum TuitionBasis {
    PROGRAM,
    YEAR
}
