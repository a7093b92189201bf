package ca.tremplin.showcase;

import ca.tremplin.web.LanguagePreference;
import ca.tremplin.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/** The person's own page ({@code /vitrine-profil.xhtml?token=}): where the profile stands, edit, withdraw. */
@Named
@ViewScoped
public class OwnProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "edit";

    @Inject
    OwnProfiles profiles;

    @Inject
    LanguagePreference language;

    @Inject
    PageMessages messages;

    @Inject
    HttpServletRequest request;

    private String token;
    private transient OwnProfiles.OwnProfile own;
    private final ProfileFormFields fields = new ProfileFormFields();
    private boolean filled;
    /** A new photo of a refused edit, read and fit to show, sent again unless another is chosen. */
    private ca.tremplin.photo.ProcessedPhoto keptPhoto;
    /** Its file's name as the person's device gave it, to say which photo is kept. */
    private String keptPhotoName;

    public void load() {
        own = profiles.open(token);
        if (!filled) {
            fields.fillFrom(own.profile());
            filled = true;
        }
    }

    public void save() {
        boolean[] awaitsGuardian = {false};
        if (fields.submit(() -> {
            String chosen = fields.photoName();
            try {
                awaitsGuardian[0] = profiles.edit(token, fields.post(), fields.photo(), keptPhoto,
                        language.getLocale(), request.getRemoteAddr());
            } catch (InvalidProfileException refused) {
                if (refused.photo() != null && refused.photo() != keptPhoto) {
                    keptPhoto = refused.photo();
                    keptPhotoName = chosen;
                }
                throw refused;
            }
        }, FORM_ID, messages)) {
            keptPhoto = null;
            keptPhotoName = null;
            messages.info(awaitsGuardian[0] ? "showcase.own.savedAwaitsGuardian" : "showcase.own.saved");
        }
        own = profiles.open(token);
    }

    /** The name of the new photo kept from a refused attempt; null when none is. */
    public String getKeptPhotoName() { return keptPhoto == null ? null : keptPhotoName; }
    public boolean isPhotoKept() { return keptPhoto != null; }

    public void withdraw() {
        profiles.withdraw(token, request.getRemoteAddr());
        messages.info("showcase.own.withdrawn");
        own = profiles.open(token);
    }

    public OwnProfiles.OwnProfile getOwn() {
        if (own == null && token != null) {
            own = profiles.open(token);
        }
        return own;
    }

    public String getPhotoUrl() {
        ShowcaseProfile profile = getOwn().profile();
        // Opened with the person's own link: a photo not yet approved is shown to them too.
        return profile.getPhotoKey() == null || own.photoSizes().isEmpty() ? null
                : ShowcasePaths.photo(profile.getPhotoKey(), own.photoSizes().get(0).width()) + "?token="
                        + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8);
    }

    public String getPublicPath() {
        ShowcaseProfile profile = getOwn().profile();
        return ShowcasePaths.profile(language.getLocale(), profile.getId(), profile.getDisplayName());
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public ProfileFormFields getFields() { return fields; }
}
