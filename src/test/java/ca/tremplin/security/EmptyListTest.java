package ca.tremplin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * An empty back-office list tells "nothing yet" from "nothing matches your filters": the first says what the list will
 * hold and offers the steps that fill it, only those the reader's role may take; the second says the filters are why,
 * and leads back to the whole list.
 */
class EmptyListTest {

    private static final EmptyList.Viewer FJORD_ADMIN =
            new EmptyList.Viewer(Role.CSS_ADMIN, false, "css-du-fjord", Locale.CANADA_FRENCH);
    private static final EmptyList.Viewer FJORD_RECRUITER =
            new EmptyList.Viewer(Role.RECRUITER, false, "css-du-fjord", Locale.ENGLISH);
    private static final EmptyList.Viewer PLATFORM_ADMIN =
            new EmptyList.Viewer(Role.PLATFORM_ADMIN, true, "coordination", Locale.CANADA_FRENCH);

    private static List<NextStep> steps(EmptyList empty) {
        return empty.nextSteps().stream().map(EmptyList.Step::step).toList();
    }

    @Test
    void aNewCentresLeadListSaysHowLeadsComeAndItsAdminMayAlsoAddAProgram() {
        EmptyList empty = EmptyList.of(StaffList.LEADS, false, FJORD_ADMIN);

        assertFalse(empty.nothingMatches());
        assertEquals("emptyList.LEADS.noneYet", empty.textKey());
        assertEquals(List.of(NextStep.ADD_PROGRAM, NextStep.SHARE_INFORMATION_FORM, NextStep.CREATE_EVENT,
                NextStep.IMPORT_LIST), steps(empty));
        assertNull(empty.clearAddress(), "nothing to clear");
    }

    @Test
    void aRecruiterIsOfferedOnlyWhatARecruiterMayDo() {
        assertEquals(List.of(NextStep.SHARE_INFORMATION_FORM, NextStep.CREATE_EVENT, NextStep.IMPORT_LIST),
                steps(EmptyList.of(StaffList.BOARD, false, FJORD_RECRUITER)), "programs are a centre admin's");
        assertEquals(List.of(), steps(EmptyList.of(StaffList.USERS, false, FJORD_RECRUITER)),
                "inviting colleagues is an admin's");
        assertEquals(List.of(NextStep.CREATE_EVENT), steps(EmptyList.of(StaffList.EVENTS, false, FJORD_RECRUITER)));
        assertEquals(List.of(NextStep.OPEN_REPORTS),
                steps(EmptyList.of(StaffList.REPORT_SCHEDULES, false, FJORD_RECRUITER)));
    }

    @Test
    void theCoordinationsAdminIsNeverSentToACentresCatalogue() {
        assertEquals(List.of(NextStep.SHARE_INFORMATION_FORM, NextStep.CREATE_EVENT, NextStep.IMPORT_LIST),
                steps(EmptyList.of(StaffList.LEADS, false, PLATFORM_ADMIN)));
        assertEquals(List.of(NextStep.INVITE_USER), steps(EmptyList.of(StaffList.USERS, false, PLATFORM_ADMIN)));
        assertEquals(List.of(NextStep.SHARE_ACCESS_PAGE),
                steps(EmptyList.of(StaffList.ACCESS_REQUESTS, false, PLATFORM_ADMIN)));
    }

    @Test
    void theInformationFormToShareIsTheCentresOwnInTheReadersLanguageWrittenOutWhole() {
        EmptyList.Step french = EmptyList.of(StaffList.INQUIRIES, false, FJORD_ADMIN).nextSteps().get(0);
        assertEquals(NextStep.SHARE_INFORMATION_FORM, french.step());
        assertEquals("/fr/information?css=css-du-fjord", french.address());
        assertTrue(french.sharedAddress().startsWith("http") && french.sharedAddress()
                .endsWith("/fr/information?css=css-du-fjord"), french.sharedAddress());

        assertEquals("/en/information?css=css-du-fjord",
                EmptyList.of(StaffList.INQUIRIES, false, FJORD_RECRUITER).nextSteps().get(0).address());
        assertEquals("/fr/information", EmptyList.of(StaffList.INQUIRIES, false, PLATFORM_ADMIN).nextSteps().get(0)
                .address(), "the coordination's is the general form");
    }

    @Test
    void theCoordinationsQueueSaysItHoldsRequestsToRoute() {
        assertEquals("emptyList.INQUIRIES.noneToRoute",
                EmptyList.of(StaffList.INQUIRIES, false, PLATFORM_ADMIN).textKey());
        assertEquals("emptyList.INQUIRIES.noneYet", EmptyList.of(StaffList.INQUIRIES, false, FJORD_ADMIN).textKey());
    }

    @Test
    void aFilteredListThatFindsNothingSaysSoAndLeadsBackToTheWholeListOnly() {
        EmptyList empty = EmptyList.of(StaffList.LEADS, true, FJORD_ADMIN);

        assertTrue(empty.nothingMatches());
        assertEquals("emptyList.LEADS.noneMatch", empty.textKey());
        assertEquals("/admin/leads.xhtml", empty.clearAddress());
        assertEquals("emptyList.LEADS.clear", empty.clearKey());
        assertEquals(List.of(), empty.nextSteps(), "the filters are the reason: no step to add what may exist");
        assertEquals("/admin/programs.xhtml", EmptyList.of(StaffList.PROGRAMS, true, FJORD_ADMIN).clearAddress());
    }

    @Test
    void aListWithoutFiltersIsNeverEmptyForItsFilters() {
        EmptyList empty = EmptyList.of(StaffList.CAMPAIGNS, true, FJORD_RECRUITER);

        assertFalse(empty.nothingMatches());
        assertEquals(List.of(NextStep.CREATE_CAMPAIGN), steps(empty));
    }

    @Test
    void anEventsRegistrationsComeFromItsPageTheDoorAndAnImportedList() {
        EmptyList.EventOfList fair = new EmptyList.EventOfList(42, "/fr/evenements/42-salon", false, true, false);

        EmptyList empty = EmptyList.ofRegistrations(false, fair, FJORD_RECRUITER);
        assertEquals(List.of(NextStep.SHARE_EVENT_PAGE, NextStep.ADD_WALK_IN, NextStep.IMPORT_EVENT_LIST),
                steps(empty));
        assertEquals(List.of("/fr/evenements/42-salon", "/admin/event.xhtml?id=42#walkin",
                "/admin/import.xhtml?event=42"), empty.nextSteps().stream().map(EmptyList.Step::address).toList());
        assertTrue(empty.nextSteps().get(0).sharedAddress().endsWith("/fr/evenements/42-salon"));

        EmptyList searched = EmptyList.ofRegistrations(true, fair, FJORD_RECRUITER);
        assertTrue(searched.nothingMatches());
        assertEquals("/admin/event.xhtml?id=42#registrations-heading", searched.clearAddress());

        EmptyList cancelled = EmptyList.ofRegistrations(false,
                new EmptyList.EventOfList(42, "/fr/evenements/42-salon", true, false, false), FJORD_RECRUITER);
        assertEquals("emptyList.EVENT_REGISTRATIONS.cancelled", cancelled.textKey());
        assertEquals(List.of(), cancelled.nextSteps(), "nobody registers for a cancelled event");

        EmptyList over = EmptyList.ofRegistrations(false,
                new EmptyList.EventOfList(42, "/fr/evenements/42-salon", false, false, true), FJORD_RECRUITER);
        assertEquals("emptyList.EVENT_REGISTRATIONS.over", over.textKey());
        assertEquals(List.of(NextStep.IMPORT_EVENT_LIST, NextStep.ADD_WALK_IN), steps(over),
                "a page that takes no registration any more is not offered to share");
        EmptyList draft = EmptyList.ofRegistrations(false,
                new EmptyList.EventOfList(42, "/fr/evenements/42-salon", false, false, false), FJORD_RECRUITER);
        assertEquals(List.of(NextStep.ADD_WALK_IN, NextStep.IMPORT_EVENT_LIST), steps(draft),
                "a draft's page is not public yet");

        assertThrows(IllegalArgumentException.class,
                () -> EmptyList.of(StaffList.EVENT_REGISTRATIONS, false, FJORD_RECRUITER));
    }

    @Test
    void aRecruitersInboxOnTheirOwnRequestsSaysNoneIsTheirsAndLeadsToTheCentresNotThatNoneCame() {
        EmptyList mine = EmptyList.ofInbox(false, "MINE", FJORD_RECRUITER);
        assertTrue(mine.nothingMatches(), "a narrowed list, not an empty inbox");
        assertEquals("emptyList.INQUIRIES.noneMine", mine.textKey());
        assertEquals("emptyList.INQUIRIES.showAll", mine.clearKey());
        assertEquals("/admin/inquiries.xhtml?scope=ALL", mine.clearAddress());

        EmptyList searched = EmptyList.ofInbox(true, "MINE", FJORD_RECRUITER);
        assertEquals("emptyList.INQUIRIES.noneMatch", searched.textKey());
        assertEquals("/admin/inquiries.xhtml?scope=MINE", searched.clearAddress(), "the search cleared, not the scope");

        EmptyList all = EmptyList.ofInbox(false, "ALL", FJORD_RECRUITER);
        assertEquals("emptyList.INQUIRIES.noneYet", all.textKey());
        assertEquals(List.of(NextStep.SHARE_INFORMATION_FORM), steps(all));
    }

    /**
     * A program without intakes leads its admin to the form below the list that adds one; while the centre has no
     * campus, an intake could be held nowhere, and the list says so and leads to the campuses' page instead.
     */
    @Test
    void aProgramWithoutIntakesLeadsToTheFormThatAddsOneOrToTheCampusesFirst() {
        EmptyList.Viewer admin = new EmptyList.Viewer(Role.CSS_ADMIN, false, "css-du-fjord", Locale.CANADA_FRENCH);
        EmptyList none = EmptyList.ofIntakes(42, true, admin);
        assertEquals("emptyList.INTAKES.noneYet", none.textKey());
        assertEquals(List.of(NextStep.ADD_INTAKE), steps(none));
        assertEquals("/admin/program.xhtml?id=42#intake", none.nextSteps().get(0).address());

        EmptyList noCampus = EmptyList.ofIntakes(42, false, admin);
        assertEquals("emptyList.INTAKES.noCampus", noCampus.textKey());
        assertEquals("/admin/centres.xhtml#centre", noCampus.nextSteps().get(0).address());

        // The centre has campuses but the program ticks none: the form below would offer no campus to choose.
        EmptyList noneTicked = EmptyList.ofIntakes(42, true, false, admin);
        assertEquals("emptyList.INTAKES.noCampusTicked", noneTicked.textKey());
        assertEquals(List.of(NextStep.TICK_CAMPUS), steps(noneTicked));
        assertEquals("/admin/program.xhtml?id=42#program:centres", noneTicked.nextSteps().get(0).address());

        EmptyList.Viewer recruiter = new EmptyList.Viewer(Role.RECRUITER, false, "css-du-fjord", Locale.CANADA_FRENCH);
        assertEquals(List.of(), EmptyList.ofIntakes(42, true, recruiter).nextSteps(), "a page that would refuse them");
    }

    /** A centre without campuses says what a campus is for, and leads to the form that adds one, never "no results". */
    @Test
    void aCentreWithoutCampusesLeadsToTheFormThatAddsOne() {
        EmptyList.Viewer admin = new EmptyList.Viewer(Role.CSS_ADMIN, false, "css-du-fjord", Locale.CANADA_FRENCH);
        EmptyList none = EmptyList.of(StaffList.CENTRES, true, admin);
        assertEquals("emptyList.CENTRES.noneYet", none.textKey(), "no filter narrows the campuses");
        assertEquals(List.of(NextStep.ADD_CENTRE), steps(none));
    }

    @Test
    void everyStepLinkHasAnIdOfWordsForTestsAndStyles() {
        assertEquals("share-information-form", NextStep.SHARE_INFORMATION_FORM.idSuffix());
        assertEquals("add-program", NextStep.ADD_PROGRAM.idSuffix());
    }

    @Test
    void everySentenceAndLinkIsWrittenInFrenchAndInEnglish() throws Exception {
        List<String> keys = new ArrayList<>(List.of("emptyList.sharedAddress"));
        EmptyList.EventOfList event = new EmptyList.EventOfList(1, "/fr/evenements/1-x", false, true, false);
        for (Role role : Role.values()) {
            for (boolean coordination : new boolean[] {false, true}) {
                EmptyList.Viewer viewer = new EmptyList.Viewer(role, coordination, "css", Locale.ENGLISH);
                List<EmptyList> lists = new ArrayList<>();
                for (StaffList list : StaffList.values()) {
                    if (list != StaffList.EVENT_REGISTRATIONS && list != StaffList.INTAKES) {
                        lists.add(EmptyList.of(list, false, viewer));
                        lists.add(EmptyList.of(list, true, viewer));
                    }
                }
                lists.add(EmptyList.ofInbox(false, "MINE", viewer));
                lists.add(EmptyList.ofIntakes(7, true, viewer));
                lists.add(EmptyList.ofIntakes(7, false, viewer));
                lists.add(EmptyList.ofIntakes(7, true, false, viewer));
                for (boolean filtered : new boolean[] {false, true}) {
                    lists.add(EmptyList.ofRegistrations(filtered, event, viewer));
                    lists.add(EmptyList.ofRegistrations(filtered,
                            new EmptyList.EventOfList(1, "/fr/evenements/1-x", true, false, false), viewer));
                    lists.add(EmptyList.ofRegistrations(filtered,
                            new EmptyList.EventOfList(1, "/fr/evenements/1-x", false, false, true), viewer));
                }
                for (EmptyList empty : lists) {
                    keys.add(empty.textKey());
                    if (empty.nothingMatches()) {
                        keys.add(empty.clearKey());
                    }
                    empty.nextSteps().forEach(step -> keys.add(step.labelKey()));
                }
            }
        }
        for (String language : List.of("fr", "en")) {
            Properties bundle = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/ca/tremplin/i18n/messages_" + language
                    + ".properties")) {
                bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String key : keys) {
                assertFalse(bundle.getProperty(key, "").isBlank(), key + " in messages_" + language);
            }
        }
    }
}
