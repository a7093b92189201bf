package ca.tremplin.security;

import ca.tremplin.kernel.PublicAddress;
import ca.tremplin.web.InquiryPaths;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an empty back-office list says ({@code WEB-INF/templates/empty-list.xhtml}). Two cases a reader must tell
 * apart: the list has nothing yet — it says what it will hold and offers the next steps the reader's role may take
 * (add a program, share the information form's address, create an event, import a list…) — or the reader's filters
 * leave nothing — it says so, with a link that clears them, since "no result" on a new centre's list reads as a
 * fault and on a filtered one hides that the filters are the reason.
 *
 * @param textKey       the sentence, in both bundles
 * @param nextSteps     the links to the steps the reader may take, none when nothing matches the filters
 * @param clearAddress  the list unfiltered (from the application's root), when nothing matches; null otherwise
 */
public record EmptyList(StaffList list, boolean nothingMatches, String textKey, List<Step> nextSteps,
                        String clearAddress) {

    /**
     * One next step as a link: its words, where it leads (from the application's root), and, for a public page the
     * centre gives out, its whole address as people will type or paste it.
     */
    public record Step(NextStep step, String labelKey, String address, String sharedAddress) {

        public String idSuffix() {
            return step.idSuffix();
        }
    }

    /** Who reads the list: their role, whether their centre is the coordinating organisation, its slug, the language. */
    public record Viewer(Role role, boolean coordination, String centreSlug, Locale language) {
    }

    /**
     * The event whose registrations are listed, for the steps that lead to its own pages; {@code open}: whether its
     * public page takes registrations now (published and not over), {@code over}: whether it has ended.
     */
    public record EventOfList(long id, String publicPath, boolean cancelled, boolean open, boolean over) {
    }

    /** The words of the link that clears the filters, which name the list it shows ("Show every lead"). */
    public String clearKey() {
        return textKey.equals(INBOX_NONE_MINE) ? "emptyList.INQUIRIES.showAll" : "emptyList." + list.name() + ".clear";
    }

    private static final String INBOX_NONE_MINE = "emptyList.INQUIRIES.noneMine";

    /**
     * The inbox in its {@code scope} (an {@code InboxScope}'s name). A recruiter's opens on the requests given to them
     * ("MINE"): empty, it says that none is theirs, with a link to all of the centre's — not that none has come, which
     * would hide forty requests nobody has taken yet. A search that finds nothing keeps its scope when cleared.
     */
    public static EmptyList ofInbox(boolean searching, String scope, Viewer viewer) {
        if (searching) {
            return nothingMatches(StaffList.INQUIRIES, "/admin/inquiries.xhtml?scope=" + scope);
        }
        if ("MINE".equals(scope)) {
            return new EmptyList(StaffList.INQUIRIES, true, INBOX_NONE_MINE, List.of(),
                    "/admin/inquiries.xhtml?scope=ALL");
        }
        return of(StaffList.INQUIRIES, false, viewer);
    }

    /** The empty state of any list but an event's registrations (below). */
    public static EmptyList of(StaffList list, boolean filtered, Viewer viewer) {
        if (list == StaffList.EVENT_REGISTRATIONS || list == StaffList.INTAKES) {
            throw new IllegalArgumentException("a list of one record's items needs that record: ofRegistrations, ofIntakes");
        }
        if (filtered && list.filterable()) {
            return nothingMatches(list, list.address());
        }
        String text = list == StaffList.INQUIRIES && viewer.coordination()
                ? "emptyList.INQUIRIES.noneToRoute" : "emptyList." + list.name() + ".noneYet";
        return nothingYet(list, text, stepsOf(list), viewer, null);
    }

    /** An event's registrations: filled on its public page, by walk-ins at the door and by imported lists. */
    public static EmptyList ofRegistrations(boolean filtered, EventOfList event, Viewer viewer) {
        StaffList list = StaffList.EVENT_REGISTRATIONS;
        if (filtered) {
            return nothingMatches(list, eventPage(event) + "#registrations-heading");
        }
        if (event.cancelled()) {
            return nothingYet(list, "emptyList.EVENT_REGISTRATIONS.cancelled", List.of(), viewer, event);
        }
        if (event.over()) {
            // Its page takes no registration any more: those who came are added or imported.
            return nothingYet(list, "emptyList.EVENT_REGISTRATIONS.over",
                    List.of(NextStep.IMPORT_EVENT_LIST, NextStep.ADD_WALK_IN), viewer, event);
        }
        // A draft's page is not public yet: its address is given out once it is published.
        return nothingYet(list, "emptyList.EVENT_REGISTRATIONS.noneYet", event.open()
                ? List.of(NextStep.SHARE_EVENT_PAGE, NextStep.ADD_WALK_IN, NextStep.IMPORT_EVENT_LIST)
                : List.of(NextStep.ADD_WALK_IN, NextStep.IMPORT_EVENT_LIST), viewer, event);
    }

    /**
     * A program's intakes: none yet, the step leading to the form below the list that adds one — none at all while the
     * centre has no campus, since an intake takes place at one: the step then leads to the campuses' page.
     */
    public static EmptyList ofIntakes(long programId, boolean campusToChoose, Viewer viewer) {
        return ofIntakes(programId, campusToChoose, campusToChoose, viewer);
    }

    /**
     * A program's intakes, none yet, where the centre has campuses ({@code centreHasCampus}) but the program names
     * none of them ({@code programHasCampus}): the form below offers only the program's campuses, so the step leads to
     * its list of campuses above, to tick one first.
     */
    public static EmptyList ofIntakes(long programId, boolean centreHasCampus, boolean programHasCampus,
                                      Viewer viewer) {
        StaffList list = StaffList.INTAKES;
        if (!centreHasCampus) {
            return nothingYet(list, "emptyList.INTAKES.noCampus", List.of(NextStep.ADD_CENTRE), viewer, null);
        }
        if (!programHasCampus) {
            List<Step> tick = NextStep.TICK_CAMPUS.allowedTo(viewer.role())
                    ? List.of(link(NextStep.TICK_CAMPUS, "/admin/program.xhtml?id=" + programId + "#program:centres"))
                    : List.of();
            return new EmptyList(list, false, "emptyList.INTAKES.noCampusTicked", tick, null);
        }
        List<Step> steps = NextStep.ADD_INTAKE.allowedTo(viewer.role())
                ? List.of(link(NextStep.ADD_INTAKE, "/admin/program.xhtml?id=" + programId + "#intake"))
                : List.of();
        return new EmptyList(list, false, "emptyList.INTAKES.noneYet", steps, null);
    }

    private static EmptyList nothingMatches(StaffList list, String clearAddress) {
        return new EmptyList(list, true, "emptyList." + list.name() + ".noneMatch", List.of(), clearAddress);
    }

    private static EmptyList nothingYet(StaffList list, String textKey, List<NextStep> candidates, Viewer viewer,
                                        EventOfList event) {
        List<Step> steps = new ArrayList<>();
        for (NextStep step : candidates) {
            if (step.allowedTo(viewer.role())) {
                steps.add(step(step, viewer, event));
            }
        }
        return new EmptyList(list, false, textKey, List.copyOf(steps), null);
    }

    /** The steps that fill each list, the most telling first; the reader's role then keeps those it may take. */
    private static List<NextStep> stepsOf(StaffList list) {
        return switch (list) {
            case LEADS, BOARD -> List.of(NextStep.ADD_PROGRAM, NextStep.SHARE_INFORMATION_FORM, NextStep.CREATE_EVENT,
                    NextStep.IMPORT_LIST);
            case PROGRAMS -> List.of(NextStep.ADD_PROGRAM);
            case OFFERS -> List.of(NextStep.CREATE_OFFER);
            case EVENTS -> List.of(NextStep.CREATE_EVENT);
            case CAMPAIGNS -> List.of(NextStep.CREATE_CAMPAIGN);
            case INQUIRIES -> List.of(NextStep.SHARE_INFORMATION_FORM);
            case ACCESS_REQUESTS -> List.of(NextStep.SHARE_ACCESS_PAGE);
            case REPORT_SCHEDULES -> List.of(NextStep.OPEN_REPORTS);
            case USERS -> List.of(NextStep.INVITE_USER);
            case CENTRES -> List.of(NextStep.ADD_CENTRE);
            case SHOWCASE_INVITATIONS -> List.of(NextStep.INVITE_APPRENTICE, NextStep.CREATE_CLASS_LINK);
            case EVENT_REGISTRATIONS, INTAKES -> List.of();
        };
    }

    private static Step step(NextStep step, Viewer viewer, EventOfList event) {
        return switch (step) {
            case ADD_PROGRAM -> link(step, "/admin/program.xhtml");
            case SHARE_INFORMATION_FORM -> shared(step, informationForm(viewer));
            case CREATE_EVENT -> link(step, "/admin/event.xhtml");
            case IMPORT_LIST -> link(step, "/admin/events.xhtml");
            case CREATE_OFFER -> link(step, "/admin/offer.xhtml");
            case CREATE_CAMPAIGN -> link(step, "/admin/campaign.xhtml");
            case SHARE_ACCESS_PAGE -> shared(step, "/acces.xhtml");
            case OPEN_REPORTS -> link(step, "/admin/reports.xhtml");
            // The form is further down the same page: the link moves there.
            case INVITE_USER -> link(step, "/admin/users.xhtml#invite-heading");
            case SHARE_EVENT_PAGE -> shared(step, event.publicPath());
            case ADD_WALK_IN -> link(step, eventPage(event) + "#walkin");
            case IMPORT_EVENT_LIST -> link(step, "/admin/import.xhtml?event=" + event.id());
            // The form is further down the same page: the link moves there.
            case ADD_CENTRE -> link(step, "/admin/centres.xhtml#centre");
            // Both forms are above the list, on the same page.
            case INVITE_APPRENTICE -> link(step, "/admin/showcase-invitations.xhtml#invite:email");
            case CREATE_CLASS_LINK -> link(step, "/admin/showcase-invitations.xhtml#invite:label");
            case ADD_INTAKE, TICK_CAMPUS -> throw new IllegalArgumentException(
                    "an intake is added, and a campus ticked, on its program's page: ofIntakes");
        };
    }

    /**
     * The information form people of this centre are given: its own ({@code ?css=}, the centre chosen for them), or
     * the general one for the coordinating organisation, in the reader's language.
     */
    private static String informationForm(Viewer viewer) {
        String form = InquiryPaths.form(viewer.language());
        return viewer.coordination() || viewer.centreSlug() == null ? form
                : form + "?css=" + URLEncoder.encode(viewer.centreSlug(), StandardCharsets.UTF_8);
    }

    private static String eventPage(EventOfList event) {
        return "/admin/event.xhtml?id=" + event.id();
    }

    private static Step link(NextStep step, String address) {
        return new Step(step, step.labelKey(), address, null);
    }

    private static Step shared(NextStep step, String address) {
        return new Step(step, step.labelKey(), address, PublicAddress.of(address));
    }
}
