package ca.tremplin.application;

import java.io.Serializable;

/** What a candidate typed in the application form. */
public class ApplicationRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private String country;
    private String message;
    private boolean consent;
    private String birthYear;
    private String guardianName;
    private String guardianEmail;
    private boolean guardianConsent;
    /** The time zone the browser reported (js/viewer-zone.js), for an interview's time in the candidate's own. */
    private String viewerZone;

    /** The year of birth and, under 14, the parent's or guardian's consent, as typed. */
    public ca.tremplin.inquiry.GuardianAnswers guardianAnswers() {
        return new ca.tremplin.inquiry.GuardianAnswers(birthYear, guardianName, guardianEmail, guardianConsent);
    }

    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
    public String getBirthYear() { return birthYear; }
    public void setBirthYear(String birthYear) { this.birthYear = birthYear; }
    public String getGuardianName() { return guardianName; }
    public void setGuardianName(String guardianName) { this.guardianName = guardianName; }
    public String getGuardianEmail() { return guardianEmail; }
    public void setGuardianEmail(String guardianEmail) { this.guardianEmail = guardianEmail; }
    public boolean isGuardianConsent() { return guardianConsent; }
    public void setGuardianConsent(boolean guardianConsent) { this.guardianConsent = guardianConsent; }
    public String getViewerZone() { return viewerZone; }
    public void setViewerZone(String viewerZone) { this.viewerZone = viewerZone; }
}
