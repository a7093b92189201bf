package ca.tremplin.event;

import ca.tremplin.inquiry.FieldProblem;
import ca.tremplin.inquiry.GuardianAnswers;
import ca.tremplin.inquiry.InvalidInquiryException;
import ca.tremplin.kernel.RateLimitedException;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Messages;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.kernel.PublicAddress;
import ca.tremplin.person.ConsentPurpose;
import ca.tremplin.person.ConsentTexts;
import ca.tremplin.web.LanguageLinks;
import ca.tremplin.web.LanguagePreference;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One event's public page and its registration form. The form's token, made when the page is first shown, makes
 * a double click or a resubmission harmless; the visitor's zone comes from their browser (a hidden field that
 * {@code js/viewer-zone.js} fills) so that their e-mails speak their time. A draft or unknown event is a 404, an event
 * of a centre closed since a 410. An event
 * full says so and offers the same form to wait for a seat; a registration refused because the last seat went
 * meanwhile comes back with that offer, what was typed kept.
 */
@Named
@ViewScoped
public class EventPublicPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "registration";

    @Inject
    PublicEvents events;

    @Inject
    LanguagePreference language;

    @Inject
    LanguageLinks languageLinks;

    @Inject
    ViewerZone viewerZone;

    @Inject
    HttpServletRequest request;

    private final String submissionToken = UUID.randomUUID().toString();
    private PublicEvents.PublicEvent shown;
    private RegistrationReceipt receipt;

    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private String countryOfResidence;
    private boolean consentToContact;
    private boolean consentToNews;
    private String browserZone;
    /** The zone chosen in the page's address, kept for the registration: the times the page showed the person. */
    private String chosenZone;
    private String birthYear;
    private String guardianName;
    private String guardianEmail;
    private boolean guardianConsent;

    /** View action: runs before anything is written, so an unknown event is a clean 404. */
    public void load() {
        Object id = request.getAttribute(EventAddressFilter.EVENT_ID);
        if (!(id instanceof Long eventId)) {
            throw new NotFoundException("event");
        }
        if (shown == null || !shown.event().getId().equals(eventId)) {
            shown = events.event(eventId);
        }
        Event event = shown.event();
        if (!FacesContext.getCurrentInstance().isPostback()) {
            // One address per event and language (the title's words in that language): a link with other words after
            // the id, or an earlier title's, leads there for good, so that shared links and search engines converge.
            // A registration posted back is never redirected: it is answered where it was sent.
            java.util.Optional<String> moved = EventPaths.movedTo(String.valueOf(
                    request.getAttribute(EventAddressFilter.EVENT_SEGMENT)), eventId,
                    event.title(language.getLocale()), language.getLocale());
            if (moved.isPresent()) {
                ca.tremplin.web.MovedPermanently.to(request, moved.get());
                return;
            }
        }
        viewerZone.chosen().ifPresent(zone -> chosenZone = zone.getId());
        // Each twin by its title in its language, an English title not given read as the French one's, as every link
        // to the page names it: no twin is a redirect.
        languageLinks.twins(EventPaths.page(eventId, event.title(Locale.FRENCH), Locale.FRENCH)
                        + viewerZone.chosenQuery(),
                EventPaths.page(eventId, event.title(Locale.ENGLISH), Locale.ENGLISH) + viewerZone.chosenQuery());
    }

    public void register() {
        Locale locale = language.getLocale();
        try {
            // The waiting list is asked for by the form that offered it: the page showed the event full.
            receipt = events.register(shown.event().getId(), new RegistrationRequest(firstName, lastName, email, phone,
                    countryOfResidence, consentToContact, consentToNews,
                    zoneOfTheMail(), null,
                    List.of(), new GuardianAnswers(birthYear, guardianName, guardianEmail, guardianConsent))
                            .waitingIfFull(isFull()),
                    submissionToken,
                    request.getRemoteAddr(), locale, ca.tremplin.web.CampaignTouches.of(request));
            // The seats left as they are now, the person's own taken: the confirmation page shows them.
            shown = events.event(shown.event().getId());
        } catch (InvalidInquiryException invalid) {
            for (FieldProblem problem : invalid.problems()) {
                message(FORM_ID + ":" + problem.field(), problem.message(locale));
            }
        } catch (BusinessRuleException refused) {
            message(null, refused.localizedMessage(locale));
            shown = events.event(shown.event().getId());
        } catch (RateLimitedException limited) {
            message(null, Messages.get(locale, "inquiry.rateLimited",
                    Math.max(1, (limited.retryAfterSeconds() + 59) / 60)));
        }
    }

    public Event getEvent() {
        return shown.event();
    }

    public boolean isOpen() {
        return shown.open();
    }

    /**
     * Over: it has ended. Its page stays (links to it were shared) but offers neither a calendar file nor a form,
     * and says so.
     */
    public boolean isOver() {
        return shown.over();
    }

    /** No seat left: the form offers the waiting list instead. */
    public boolean isFull() {
        return shown.seatsLeft() != null && shown.seatsLeft() <= 0;
    }

    public Integer getSeatsLeft() {
        return shown.seatsLeft();
    }

    public String getCentres() {
        return String.join(", ", shown.centres().stream().map(centre -> centre.name(language.getLocale())).toList());
    }

    /** The programs the event features, as every list of programs is ordered: DEP, ASP, then AEP, by title. */
    public List<String> getPrograms() {
        return ca.tremplin.inquiry.AskedProgram.inOrder(shown.programs(), language.getLocale()).stream()
                .map(program -> program.label(language.getLocale())).toList();
    }

    /**
     * The zone the person's e-mails speak: the one they chose on the page, whose times they just read; else their
     * browser's; else the page's.
     */
    private String zoneOfTheMail() {
        if (chosenZone != null) {
            return chosenZone;
        }
        return browserZone == null || browserZone.isBlank() ? viewerZone.get().getId() : browserZone;
    }

    public String getWhen() {
        return EventTimes.span(shown.event(), viewerZone.get(), language.getLocale());
    }

    public String getViewerZone() {
        return viewerZone.get().getId();
    }

    /** The zones to show the times in, each named with its offset on the event's day. */
    public List<EventZones.Choice> getZones() {
        return EventZones.choices(language.getLocale(), shown.event().getStartsAt(), getViewerZone());
    }

    public String getLanguages() {
        Locale locale = language.getLocale();
        return String.join(", ", shown.event().languageList().stream()
                .map(code -> Locale.forLanguageTag(code).getDisplayLanguage(locale)).toList());
    }

    /**
     * Where the event takes place, as its calendar file and poster say it: the venue, city and country given (a fair
     * whose venue is not known yet reads "Paris, France", not ", Paris, France"), or "En ligne".
     */
    public String getPlace() {
        return EventCalendarFile.place(shown.event(), language.getLocale());
    }

    public String getCountryName() {
        String code = shown.event().getCountry();
        return code == null ? "" : new Locale("", code).getDisplayCountry(language.getLocale());
    }

    public String getCalendarPath() {
        return request.getContextPath() + EventPaths.calendarFile(shown.event().getId(), language.getLocale());
    }

    public String getListPath() {
        return request.getContextPath() + EventPaths.list(language.getLocale()) + viewerZone.chosenQuery();
    }

    public String getCanonicalAddress() {
        Event event = shown.event();
        return PublicAddress.of(EventPaths.page(event.getId(), event.title(language.getLocale()),
                language.getLocale()));
    }

    public String consentText(String purpose) {
        return ConsentTexts.of(ConsentPurpose.valueOf(purpose), ConsentTexts.Occasion.EVENT, language.getLocale()).text();
    }


    public RegistrationReceipt getReceipt() {
        return receipt;
    }

    private static void message(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

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
    public String getBirthYear() { return birthYear; }
    public void setBirthYear(String birthYear) { this.birthYear = birthYear; }
    public String getGuardianName() { return guardianName; }
    public void setGuardianName(String guardianName) { this.guardianName = guardianName; }
    public String getGuardianEmail() { return guardianEmail; }
    public void setGuardianEmail(String guardianEmail) { this.guardianEmail = guardianEmail; }
    public boolean isGuardianConsent() { return guardianConsent; }
    public void setGuardianConsent(boolean guardianConsent) { this.guardianConsent = guardianConsent; }
    public boolean isConsentToNews() { return consentToNews; }
    public void setConsentToNews(boolean consentToNews) { this.consentToNews = consentToNews; }
    public String getBrowserZone() { return browserZone; }
    public void setBrowserZone(String browserZone) { this.browserZone = browserZone; }
}
