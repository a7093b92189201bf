package ca.tremplin.inquiry;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An information request as typed in the public form or sent as JSON to {@code POST /api/inquiries}: raw text,
 * nothing checked yet. {@link InquiryValidator} reads it; a bean rather than a record because the form binds
 * to its properties.
 */
public class InquiryRequest {

    @Schema(description = "First name, as written (any script), at most 100 characters; empty for a person with one"
            + " name only", maxLength = 100)
    private String firstName;
    @Schema(description = "Last name, as written (any script), at most 100 characters; a person with one name only"
            + " gives it here (or as the first name). One of the two is required", maxLength = 100)
    private String lastName;
    @Schema(description = "E-mail address; a returning person is recognised by it, whatever its case", required = true, maxLength = 254)
    private String email;
    @Schema(description = "Phone number in international format (+33 6 12 34 56 78), or national for the country of residence; stored as E.164", example = "+221 77 123 45 67")
    private String phone;
    @Schema(description = "ISO 3166-1 alpha-2 code", required = true, example = "SN")
    private String countryOfResidence;
    @Schema(description = "ISO 3166-1 alpha-2 code", required = true, example = "SN")
    private String citizenship;
    @Schema(description = "Year of birth, between 1930 and this year; a person under 14 (this year minus the birth year) needs guardianName, guardianEmail and guardianConsent")
    private Integer birthYear;
    /**
     * The birth year as the form's field holds it, read by the validator with the rest (a number typed wrong is one
     * message among the others, not a conversion failure that hides them). Not part of the API's body.
     */
    @jakarta.json.bind.annotation.JsonbTransient
    private String birthYearTyped;
    @Schema(description = "Highest education completed", enumeration = {"PRIMARY", "SECONDARY", "VOCATIONAL", "COLLEGE", "UNIVERSITY"})
    private String education;
    @Schema(description = "Level of French", enumeration = {"A1", "A2", "B1", "B2", "C1", "C2", "NATIVE"})
    private String frenchLevel;
    @Schema(description = "Ids of published programs (as in /api/programs), at most 10; none, or none still published, sends the request to the coordinating organisation")
    private List<Long> programIds = new ArrayList<>();
    @Schema(description = "Slug of the school service centre the request is addressed to when it names no program;"
            + " a slug the centre had before it was renamed is read as the centre's (recorded under its slug of today),"
            + " one no centre ever had is refused", example = "css-du-fjord")
    private String schoolBoard;
    @Schema(description = "Preferred intake, yyyy-MM", pattern = "20\\d\\d-(0[1-9]|1[0-2])", example = "2027-08")
    private String preferredIntake;
    @Schema(description = "How the person heard of Tremplin", enumeration = {"SEARCH_ENGINE", "SOCIAL_MEDIA", "FAIR", "WEBINAR", "FRIEND", "SCHOOL", "PARTNER", "OTHER"})
    private String heardFrom;
    @Schema(description = "Free message, at most 2,000 characters", maxLength = 2000)
    private String message;
    @Schema(description = "Consent to be contacted about this request (the text of version contact-2026-11 shown in the request's language); must be true", required = true)
    private boolean consentToContact;
    @Schema(description = "Separate, optional consent to news and event invitations (version news-2026-11)")
    private boolean consentToNews;
    @Schema(description = "Under 14 only: the parent's or guardian's name", maxLength = 200)
    private String guardianName;
    @Schema(description = "Under 14 only: the parent's or guardian's e-mail", maxLength = 254)
    private String guardianEmail;
    @Schema(description = "Under 14 only: the parent or guardian agrees to the text of /api purpose GUARDIAN (required for a person under 14)")
    private boolean guardianConsent;
    @Schema(description = "Optional: the requester's time zone as their browser reports it (\"Africa/Dakar\"), for the"
            + " acknowledgement to give the centre's deadline in their own time; an unknown zone is left out")
    private String viewerZone;
    /** The honeypot: invisible to people, filled by robots. */
    @Schema(hidden = true)
    private String website;
    @Schema(description = "Where the request came from (UTM parameters, referrer, landing page, event or campaign code); utmCampaign and utmContent passed on from a Tremplin tracked link credit that campaign activity as the request's first and last touch")
    private Attribution attribution = new Attribution();

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getCountryOfResidence() {
        return countryOfResidence;
    }

    public void setCountryOfResidence(String countryOfResidence) {
        this.countryOfResidence = countryOfResidence;
    }

    public String getCitizenship() {
        return citizenship;
    }

    public void setCitizenship(String citizenship) {
        this.citizenship = citizenship;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    @jakarta.json.bind.annotation.JsonbTransient
    public String getBirthYearTyped() {
        return birthYearTyped;
    }

    @jakarta.json.bind.annotation.JsonbTransient
    public void setBirthYearTyped(String birthYearTyped) {
        this.birthYearTyped = birthYearTyped;
    }

    public String getEducation() {
        return education;
    }

    public void setEducation(String education) {
        this.education = education;
    }

    public String getFrenchLevel() {
        return frenchLevel;
    }

    public void setFrenchLevel(String frenchLevel) {
        this.frenchLevel = frenchLevel;
    }

    public List<Long> getProgramIds() {
        return programIds;
    }

    public void setProgramIds(List<Long> programIds) {
        this.programIds = programIds == null ? new ArrayList<>() : programIds;
    }

    public String getSchoolBoard() {
        return schoolBoard;
    }

    public void setSchoolBoard(String schoolBoard) {
        this.schoolBoard = schoolBoard;
    }

    public String getPreferredIntake() {
        return preferredIntake;
    }

    public void setPreferredIntake(String preferredIntake) {
        this.preferredIntake = preferredIntake;
    }

    public String getHeardFrom() {
        return heardFrom;
    }

    public void setHeardFrom(String heardFrom) {
        this.heardFrom = heardFrom;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public boolean isConsentToContact() {
        return consentToContact;
    }

    public void setConsentToContact(boolean consentToContact) {
        this.consentToContact = consentToContact;
    }

    public boolean isConsentToNews() {
        return consentToNews;
    }

    public void setConsentToNews(boolean consentToNews) {
        this.consentToNews = consentToNews;
    }

    public String getGuardianName() {
        return guardianName;
    }

    public void setGuardianName(String guardianName) {
        this.guardianName = guardianName;
    }

    public String getGuardianEmail() {
        return guardianEmail;
    }

    public void setGuardianEmail(String guardianEmail) {
        this.guardianEmail = guardianEmail;
    }

    public boolean isGuardianConsent() {
        return guardianConsent;
    }

    public void setGuardianConsent(boolean guardianConsent) {
        this.guardianConsent = guardianConsent;
    }

    public String getViewerZone() {
        return viewerZone;
    }

    public void setViewerZone(String viewerZone) {
        this.viewerZone = viewerZone;
    }

    /** The form's alone: a partner site's call that sends it is refused as sending an unknown member. */
    @jakarta.json.bind.annotation.JsonbTransient
    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public Attribution getAttribution() {
        return attribution;
    }

    public void setAttribution(Attribution attribution) {
        this.attribution = attribution == null ? new Attribution() : attribution;
    }

    /** Where the request came from: UTM parameters, referrer, landing page, an event or campaign code. */
    public static class Attribution {
        private String utmSource;
        private String utmMedium;
        private String utmCampaign;
        private String utmTerm;
        private String utmContent;
        private String referrer;
        private String landingPage;
        private String campaignCode;

        public String getUtmSource() {
            return utmSource;
        }

        public void setUtmSource(String utmSource) {
            this.utmSource = utmSource;
        }

        public String getUtmMedium() {
            return utmMedium;
        }

        public void setUtmMedium(String utmMedium) {
            this.utmMedium = utmMedium;
        }

        public String getUtmCampaign() {
            return utmCampaign;
        }

        public void setUtmCampaign(String utmCampaign) {
            this.utmCampaign = utmCampaign;
        }

        public String getUtmTerm() {
            return utmTerm;
        }

        public void setUtmTerm(String utmTerm) {
            this.utmTerm = utmTerm;
        }

        public String getUtmContent() {
            return utmContent;
        }

        public void setUtmContent(String utmContent) {
            this.utmContent = utmContent;
        }

        public String getReferrer() {
            return referrer;
        }

        public void setReferrer(String referrer) {
            this.referrer = referrer;
        }

        public String getLandingPage() {
            return landingPage;
        }

        public void setLandingPage(String landingPage) {
            this.landingPage = landingPage;
        }

        public String getCampaignCode() {
            return campaignCode;
        }

        public void setCampaignCode(String campaignCode) {
            this.campaignCode = campaignCode;
        }
    }
}
