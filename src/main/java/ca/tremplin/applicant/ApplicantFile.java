package ca.tremplin.applicant;

import ca.tremplin.person.LeadStage;
import java.util.List;
import java.util.Locale;

/** What the person sees of their file: their name, where it stands, what they sent and what is still needed. */
public record ApplicantFile(String addressedAs, Locale language, LeadStage stage, String centreFr, String centreEn,
                            List<String> programsFr, List<String> programsEn, List<LeadDocument> documents,
                            List<DocumentKind> stillNeeded, long tenantId) {

    public String centre() {
        return ca.tremplin.kernel.Languages.isEnglish(language) ? centreEn : centreFr;
    }

    public String programList() {
        return String.join(", ", programs());
    }

    public List<String> programs() {
        return ca.tremplin.kernel.Languages.isEnglish(language) ? programsEn : programsFr;
    }
}
