package ca.tremplin.event;

import java.io.Serializable;

/**
 * A person as a recruiter types them at an event (a walk-in at the door, a quick capture at a fair): a bean,
 * because forms and JSON bind to its properties. The consent to be contacted is ticked once it has been read
 * aloud and given; the programs of interest are those of the organising centre that the person named.
 */
public class CapturedPerson implements Serializable {

    private static final long serialVersionUID = 1L;

    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private String countryOfResidence;
    private boolean consentToContact;
    private boolean consentToNews;
    private String note;
    private java.util.List<Long> programIds;
    /** When the recruiter's device took the entry (ISO-8601), which may be sent long after, once back online. */
    private String capturedAt;
    /** The language the person reads ("fr" or "en"), as the recruiter chose it; null: the recruiter's own. */
    private String language;
    /** The language of the page the recruiter read the consent sentences from; null from an older device's entry. */
    private String pageLanguage;

    public RegistrationRequest toRequest() {
        return new RegistrationRequest(firstName, lastName, email, phone, countryOfResidence, consentToContact,
                consentToNews, null, note, programIds);
    }

    /** When the device took the entry; null when it did not say, or said it unreadably. */
    public java.time.Instant capturedAtInstant() {
        try {
            return capturedAt == null || capturedAt.isBlank() ? null : java.time.Instant.parse(capturedAt.strip());
        } catch (java.time.format.DateTimeParseException unreadable) {
            return null;
        }
    }

    /** The person's language as chosen at capture, or null when none was (an older device's entry). */
    public java.util.Locale languageOrNull() {
        return language == null || language.isBlank() ? null : ca.tremplin.kernel.Languages.fromTag(language);
    }

    public String getLanguage() { return language; }
    public String getPageLanguage() { return pageLanguage; }
    public void setPageLanguage(String pageLanguage) { this.pageLanguage = pageLanguage; }

    /** The capture page's language, or null when the entry did not say. */
    public java.util.Locale pageLanguageOrNull() {
        return pageLanguage == null || pageLanguage.isBlank() ? null
                : ca.tremplin.kernel.Languages.fromTag(pageLanguage);
    }
    public void setLanguage(String language) { this.language = language; }
    public String getCapturedAt() { return capturedAt; }
    public void setCapturedAt(String capturedAt) { this.capturedAt = capturedAt; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getCountryOfResidence() { return countryOfResidence; }
    public void setCountryOfResidence(String countryOfResidence) { this.countryOfResidence = countryOfResidence; }
    public boolean isConsentToContact() { return consentToContact; }
    public void setConsentToContact(boolean consentToContact) { this.consentToContact = consentToContact; }
    public boolean isConsentToNews() { return consentToNews; }
    public void setConsentToNews(boolean consentToNews) { this.consentToNews = consentToNews; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public java.util.List<Long> getProgramIds() { return programIds; }
    public void setProgramIds(java.util.List<Long> programIds) { this.programIds = programIds; }
}
