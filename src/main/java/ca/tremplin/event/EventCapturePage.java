package ca.tremplin.event;

import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.person.ConsentPurpose;
import ca.tremplin.person.ConsentTexts;
import ca.tremplin.person.Country;
import ca.tremplin.web.LanguagePreference;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The quick capture page of an event ({@code admin/capture.xhtml?id=}), for a recruiter's tablet or phone at a
 * fair. The page only draws the form: {@code js/quick-capture.js} keeps each entry on the device until
 * {@link EventCaptureResource} has it, so a lost connection loses nothing.
 */
@Named
@RequestScoped
public class EventCapturePage {

    @Inject
    EventService events;

    @Inject
    LanguagePreference language;

    private Long id;
    private Event event;
    private List<ProgramChoice> programs;

    public void load() {
        if (id == null) {
            throw new NotFoundException("event");
        }
        event = events.find(id);
        programs = events.programChoices(id, language.getLocale());
    }

    public String consentText(String purpose) {
        return ConsentTexts.of(ConsentPurpose.valueOf(purpose), ConsentTexts.Occasion.EVENT, language.getLocale()).text();
    }

    public List<Country> getCountries() {
        return Country.all(language.getLocale());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Event getEvent() { return event; }
    public List<ProgramChoice> getPrograms() { return programs; }
}
