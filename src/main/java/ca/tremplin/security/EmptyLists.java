package ca.tremplin.security;

import ca.tremplin.web.LanguagePreference;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The empty state of a back-office list for the person signed in ({@link EmptyList}), as the pages ask for it:
 * {@code #{emptyLists.of('LEADS', leadListPage.filtered)}}.
 */
@Named
@RequestScoped
public class EmptyLists {

    @Inject
    SignedInUser signedInUser;

    @Inject
    LanguagePreference language;

    /** {@code list}: a {@link StaffList}'s name; {@code filtered}: whether the reader's filters or search narrow it. */
    public EmptyList of(String list, boolean filtered) {
        return EmptyList.of(StaffList.valueOf(list), filtered, viewer());
    }

    /** The inbox in its scope ({@code InboxScope}'s name): see {@link EmptyList#ofInbox}. */
    public EmptyList ofInbox(boolean searching, String scope) {
        return EmptyList.ofInbox(searching, scope, viewer());
    }

    /** An event's registrations; {@code publicPath}: its public page, from the application's root. */
    public EmptyList ofRegistrations(boolean filtered, long eventId, String publicPath, boolean cancelled,
                                     boolean open, boolean over) {
        return EmptyList.ofRegistrations(filtered,
                new EmptyList.EventOfList(eventId, publicPath, cancelled, open, over), viewer());
    }

    /**
     * A program's intakes; {@code campusToChoose}: whether the centre has a campus an intake can take place at
     * ({@code #{emptyLists.ofIntakes(programEditor.program.id, not empty programEditor.centres)}}).
     */
    public EmptyList ofIntakes(long programId, boolean campusToChoose) {
        return EmptyList.ofIntakes(programId, campusToChoose, viewer());
    }

    /** A program's intakes, whose campuses are the program's own among the centre's. */
    public EmptyList ofIntakes(long programId, boolean centreHasCampus, boolean programHasCampus) {
        return EmptyList.ofIntakes(programId, centreHasCampus, programHasCampus, viewer());
    }

    private EmptyList.Viewer viewer() {
        return new EmptyList.Viewer(signedInUser.getRole(), signedInUser.isCoordination(),
                signedInUser.getTenantSlug(), language.getLocale());
    }
}
