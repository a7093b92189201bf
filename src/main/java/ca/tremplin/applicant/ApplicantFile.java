package ca.tremplin.applicant;

import ca.tremplin.person.LeadStage;
import java.util.List;
import java.util.Locale;

/**
 * What the person sees of their file: their name, where it stands, what they sent and what is still needed, and their
 * applications to the centre's apprenticeship offers.
 */
public record ApplicantFile(String addressedAs, Locale language, LeadStage stage, String centreFr, String centreEn,
                            List<String> programsFr, List<String> programsEn, List<LeadDocument> documents,
                            List<DocumentKind> stillNeeded, long tenantId, long leadId,
                            List<OwnApplication> applications) {

    /** The same file with the person's applications, read apart from the rest ({@link ApplicantFileService#open}). */
    ApplicantFile withApplications(List<OwnApplication> read) {
        return new ApplicantFile(addressedAs, language, stage, centreFr, centreEn, programsFr, programsEn, documents,
                stillNeeded, tenantId, leadId, read);
    }

    /** An application still under way waits for the consent the person withdrew: the page says how to give it again. */
    public boolean isApplicationsOnHold() {
        return applications.stream().anyMatch(OwnApplication::onHold);
    }

    /**
     * Applying again gives the consent again for at least one application on hold: the page says so beside the
     * consents' link, which works for every one of them.
     */
    public boolean isApplyingAgainAdvised() {
        return applications.stream().anyMatch(OwnApplication::applyAgain);
    }

    public String centre() {
        return centre(language);
    }

    /** The centre's name in the page's language, which the person may have switched from their record's. */
    public String centre(Locale page) {
        return ca.tremplin.kernel.Languages.isEnglish(page) ? centreEn : centreFr;
    }

    public String programList() {
        return String.join(", ", programs());
    }

    public String programList(Locale page) {
        return String.join(", ", ca.tremplin.kernel.Languages.isEnglish(page) ? programsEn : programsFr);
    }

    /** Where the file stands, as the person reads it (the staff's stage names are theirs: "lost", "qualified"). */
    public String stageKey() {
        return "applicant.stage." + stage.name();
    }

    /** A lost lead's file is closed: nothing more is asked, nothing more is sent. */
    public boolean isClosed() {
        return stage == LeadStage.LOST;
    }

    /** Enrolled or arrived: the file has done its work and asks for nothing more. */
    public boolean isSettled() {
        return stage == LeadStage.ENROLLED || stage == LeadStage.ARRIVED;
    }

    public List<String> programs() {
        return ca.tremplin.kernel.Languages.isEnglish(language) ? programsEn : programsFr;
    }
}
