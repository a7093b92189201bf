package ca.tremplin.pipeline;

/** A lead on the board: its row, the program and intake of its latest request, and whole days in its stage. */
public record LeadCard(LeadRow row, String programFr, String programEn, String intake, long daysInStage)
        implements java.io.Serializable {

    public String program(java.util.Locale locale) {
        return ca.tremplin.kernel.Languages.isEnglish(locale) ? programEn : programFr;
    }
}
