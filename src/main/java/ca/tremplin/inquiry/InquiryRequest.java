package ca.tremplin.inquiry;

import java.util.ArrayList;
import java.util.List;

/**
 * An information request as typed in the public form or sent as JSON to {@code POST /api/inquiries}: raw text,
 * nothing checked yet. {@link InquiryValidator} reads it; a bean rather than a record because the form binds
 * to its properties.
 */
public class InquiryRequest {

    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private String countryOfResidence;
    private String citizenship;
    private Integer birthYear;
    private String education;
    private String frenchLevel;
    private List<Long> programIds = new ArrayList<>();
    private String schoolBoard;
    private String preferredIntake;
    private String heardFrom;
    private String message;
    private boolean consentToContact;
    private boolean consentToNews;
    /** The honeypot: invisible to people, filled by robots. */
    private String website;
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
