package ca.tremplin.showcase;

import ca.tremplin.kernel.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * The fields of a profile's form, shared by the posting page and the person's own page: what was typed, the photo
 * from the camera or the library (whichever was given), and each problem shown beside its field.
 */
public class ProfileFormFields implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The one refusal of a photo said with an argument: its size, which only the form knows. */
    private static final String TOO_LARGE = "photo.rejected." + ca.tremplin.photo.PhotoRejection.FILE_TOO_LARGE.name();

    private String displayName;
    private Long programId;
    private String trade;
    private String workplace;
    private String testimony;
    private String languagesSpoken;
    private String email;
    /** As typed: a year typed wrong is reported with the other fields' problems, not alone by a converter. */
    private String birthYear;
    private String guardianName;
    private String guardianEmail;
    private boolean publicationConsent;
    private boolean imageConsent;
    private boolean othersConsent;
    private transient Part cameraPhoto;
    private transient Part libraryPhoto;

    ProfilePost post() {
        return new ProfilePost(displayName, programId, trade, workplace, testimony, languagesSpoken, email,
                yearOf(birthYear),
                guardianName, guardianEmail, publicationConsent, imageConsent, othersConsent);
    }

    /** The photo sent, from the camera first, else the library; null when neither was chosen. */
    InputStream photo() throws IOException {
        Part chosen = chosenPhoto();
        return chosen == null ? null : chosen.getInputStream();
    }

    /** The name of the photo's file as the device gave it ("IMG_2041.jpg"), or null when none was chosen. */
    String photoName() {
        Part chosen = chosenPhoto();
        return chosen == null ? null : chosen.getSubmittedFileName();
    }

    /** The size of the photo sent; 0 when none was chosen. */
    long photoSize() {
        Part chosen = chosenPhoto();
        return chosen == null ? 0 : chosen.getSize();
    }

    private Part chosenPhoto() {
        for (Part part : new Part[] {cameraPhoto, libraryPhoto}) {
            if (part != null && part.getSize() > 0) {
                return part;
            }
        }
        return null;
    }

    /** Fills the form from a profile, for its owner to edit. */
    void fillFrom(ShowcaseProfile profile) {
        displayName = profile.getDisplayName();
        programId = profile.getProgramId();
        trade = profile.getTrade();
        workplace = profile.getWorkplace();
        testimony = profile.getTestimony();
        languagesSpoken = profile.getLanguagesSpoken();
        email = profile.getEmailNormalized();
        guardianName = profile.getGuardianName();
        guardianEmail = profile.getGuardianEmail();
    }

    /** A sending of the form, which may fail to read the photo. */
    @FunctionalInterface
    interface Sending {
        void send() throws IOException;
    }

    /**
     * Sends the form, and shows why when it is refused: each field's problem beside it, a broken rule or a brake above
     * the form. True when it was taken.
     */
    boolean submit(Sending sending, String formId, ca.tremplin.web.PageMessages messages) {
        try {
            sending.send();
            return true;
        } catch (InvalidProfileException invalid) {
            show(invalid, formId, messages.locale(), photoSize());
        } catch (ca.tremplin.kernel.BusinessRuleException refused) {
            messages.explain(refused);
        } catch (ca.tremplin.kernel.RateLimitedException limited) {
            messages.rateLimited(limited);
        } catch (IOException unreadable) {
            messages.error("photo.rejected.BROKEN");
        }
        return false;
    }

    /**
     * Every problem beside its field ({@code formId:field}), in the page's language; a photo too large with its size
     * ({@code photoBytes}, the file's as the form received it: the photo's check stops reading at its limit).
     */
    static void show(InvalidProfileException invalid, String formId, Locale locale, long photoBytes) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Map.Entry<String, String> problem : invalid.problems().entrySet()) {
            faces.addMessage(formId + ":" + problem.getKey(), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    problemText(problem.getValue(), locale, photoBytes), null));
        }
        faces.validationFailed();
    }

    static String problemText(String key, Locale locale, long photoBytes) {
        return TOO_LARGE.equals(key) ? Messages.get(locale, key, new ca.tremplin.kernel.FileSize(photoBytes))
                : Messages.get(locale, key);
    }

    /** What the page's script says of a photo over the limit as soon as it is chosen, its size put in. */
    public String getPhotoTooLarge() {
        return Messages.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), TOO_LARGE,
                ca.tremplin.kernel.FileSize.CHOSEN_SIZE);
    }

    /**
     * What the page's script says of both photos together over {@link #getMaxPhotosBytes()} as the form is sent, their
     * total put in.
     */
    public String getPhotosTooLarge() {
        return Messages.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "showcase.form.photosTooLarge",
                ca.tremplin.kernel.FileSize.CHOSEN_SIZE);
    }

    /** The largest photo the page lets go ({@code resources/js/file-limits.js}): the processor's own limit. */
    public long getMaxPhotoBytes() { return ca.tremplin.photo.PhotoProcessor.MAX_UPLOAD_BYTES; }

    /** The largest total of both photo fields the page lets go: its address's limit, less room for the form. */
    public long getMaxPhotosBytes() { return ca.tremplin.web.RequestSizeFilter.IMPORT_PAGE_LIMIT - 256 * 1024; }

    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public Long getProgramId() { return programId; }
    public void setProgramId(Long programId) { this.programId = programId; }
    public String getTrade() { return trade; }
    public void setTrade(String trade) { this.trade = trade; }
    public String getWorkplace() { return workplace; }
    public void setWorkplace(String workplace) { this.workplace = workplace; }
    public String getTestimony() { return testimony; }
    public void setTestimony(String testimony) { this.testimony = testimony; }
    public String getLanguagesSpoken() { return languagesSpoken; }
    public void setLanguagesSpoken(String languagesSpoken) { this.languagesSpoken = languagesSpoken; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getBirthYear() { return birthYear; }
    public void setBirthYear(String birthYear) { this.birthYear = birthYear; }

    /** The year typed, or null when it is blank or not a number (which the profile's rules then report). */
    static Integer yearOf(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Integer.valueOf(typed.strip());
        } catch (NumberFormatException notAYear) {
            return null;
        }
    }
    public String getGuardianName() { return guardianName; }
    public void setGuardianName(String guardianName) { this.guardianName = guardianName; }
    public String getGuardianEmail() { return guardianEmail; }
    public void setGuardianEmail(String guardianEmail) { this.guardianEmail = guardianEmail; }
    public boolean isPublicationConsent() { return publicationConsent; }
    public void setPublicationConsent(boolean publicationConsent) { this.publicationConsent = publicationConsent; }
    public boolean isImageConsent() { return imageConsent; }
    public void setImageConsent(boolean imageConsent) { this.imageConsent = imageConsent; }
    public boolean isOthersConsent() { return othersConsent; }
    public void setOthersConsent(boolean othersConsent) { this.othersConsent = othersConsent; }
    public Part getCameraPhoto() { return cameraPhoto; }
    public void setCameraPhoto(Part cameraPhoto) { this.cameraPhoto = cameraPhoto; }
    public Part getLibraryPhoto() { return libraryPhoto; }
    public void setLibraryPhoto(Part libraryPhoto) { this.libraryPhoto = libraryPhoto; }
}
