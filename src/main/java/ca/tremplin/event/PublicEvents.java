package ca.tremplin.event;

import ca.tremplin.inquiry.InquiryValidator;
import ca.tremplin.inquiry.SubmissionLimits;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.person.ContactDetails;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The public side of events, across centres on purpose: upcoming published events, one event's page (drafts are
 * not found), its calendar file, and registration — checked by the same rules as an information request,
 * braked by the same limits, then written in the organising centre's tenant by {@link EventRegistrar}.
 */
@ApplicationScoped
public class PublicEvents {

    /** After an event of a centre closed, the upcoming events. */
    static final ca.tremplin.kernel.GoneException.Next GONE_NEXT = new ca.tremplin.kernel.GoneException.Next(
            "error.gone.events", EventPaths.FRENCH_LIST, EventPaths.ENGLISH_LIST);

    @Inject
    Tenancy tenancy;

    @Inject
    EventRepository events;

    @Inject
    EventRegistrar registrar;

    @Inject
    SubmissionLimits limits;

    @Inject
    Clock clock;

    @Inject
    ca.tremplin.mail.MailSender mailSender;

    @Inject
    ca.tremplin.tenant.TenantRepository tenants;

    @Inject
    ca.tremplin.inquiry.InquiryRepository programs;

    /** One page of the upcoming events, and how many there are in all, read in one transaction. */
    public record UpcomingPage(List<Event> events, long total) {
    }

    /**
     * The {@code page}th page of {@code size} upcoming events, soonest first; a page past the last gives no event (the
     * caller asks for the last one, knowing the total).
     */
    public UpcomingPage upcoming(int page, int size) {
        Instant now = clock.instant();
        return tenancy.acrossAllTenants(() -> new UpcomingPage(
                events.upcomingPublished(now, (page - 1) * size, size), events.countUpcomingPublished(now)));
    }

    /**
     * A published, cancelled or past event; a draft or an unknown id is not found. An event of a centre the
     * coordinating organisation closed is gone (410), as the centre's other public pages are: its page was public, and
     * its staff could not see a registration.
     */
    public PublicEvent event(long id) {
        return tenancy.acrossAllTenants(() -> {
            Event event = events.find(id).filter(found -> found.getStatus() != EventStatus.DRAFT)
                    .orElseThrow(() -> new NotFoundException("event " + id));
            if (!tenants.findById(event.getTenantId()).map(Tenant::isActive).orElse(false)) {
                throw new ca.tremplin.kernel.GoneException(ca.tremplin.kernel.GoneException.CENTRE_CLOSED, GONE_NEXT);
            }
            long registered = events.registeredCount(id);
            Integer capacity = event.getCapacity();
            List<Centre> centres = new java.util.ArrayList<>();
            java.util.List<Long> ids = new java.util.ArrayList<>(List.of(event.getTenantId()));
            ids.addAll(event.getParticipatingTenantIds());
            ids.forEach(centre -> tenants.findById(centre).filter(Tenant::isActive).ifPresent(found -> centres.add(
                    new Centre(found.getNameFr(), found.getNameEn()))));
            Instant now = clock.instant();
            return new PublicEvent(event, event.isOpenAt(now), !now.isBefore(event.getEndsAt()),
                    capacity == null ? null : (int) Math.max(0, capacity - registered), List.copyOf(centres),
                    programs.publishedPrograms(event.getProgramIds()));
        });
    }

    public byte[] calendarFile(long id, Locale locale) {
        Event event = event(id).event();
        return EventCalendarFile.forEveryone(event, EventMails.organizer(tenancy.acrossAllTenants(
                () -> tenants.findById(event.getTenantId()).orElse(null)), mailSender.address(), locale), locale,
                clock.instant());
    }

    /**
     * Registers the person for the event; a second registration with the same e-mail keeps the first place.
     *
     * @throws ca.tremplin.inquiry.InvalidInquiryException naming each field to correct
     * @throws ca.tremplin.kernel.BusinessRuleException when the event is full, cancelled or not open
     */
    public RegistrationReceipt register(long eventId, RegistrationRequest request, String idempotencyKey,
                                        String ipAddress, Locale language) {
        return register(eventId, request, idempotencyKey, ipAddress, language, ca.tremplin.web.CampaignTouches.NONE);
    }

    /** A registration from the public page, with the campaign touches the visitor's browser carried. */
    public RegistrationReceipt register(long eventId, RegistrationRequest request, String idempotencyKey,
                                        String ipAddress, Locale language, ca.tremplin.web.CampaignTouches touches) {
        // To the microsecond, as the database keeps it: a resubmission answers exactly what the first one did.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        // Every problem said at once, the missing consent with the fields: one round of corrections, not two.
        java.util.List<ca.tremplin.inquiry.FieldProblem> problems = new java.util.ArrayList<>();
        InquiryValidator.ValidContact valid = null;
        try {
            valid = InquiryValidator.validateContact(request.firstName(), request.lastName(), request.email(),
                    request.phone(), request.countryOfResidence(), true, language, request.guardian(),
                    java.time.Year.from(now.atZone(ca.tremplin.inquiry.BusinessHours.ZONE)));
        } catch (ca.tremplin.inquiry.InvalidInquiryException invalid) {
            problems.addAll(invalid.problems());
        }
        if (!request.consentToContact()) {
            problems.add(new ca.tremplin.inquiry.FieldProblem("consentToContact", "inquiry.invalid.consentRequired"));
        }
        if (!problems.isEmpty()) {
            throw new ca.tremplin.inquiry.InvalidInquiryException(problems);
        }
        InquiryValidator.ValidContact checked = valid;
        ContactDetails person = checked.person();
        long tenantId = event(eventId).event().getTenantId();
        limits.acquire(ipAddress, person.emailNormalized());
        return tenancy.asTenant(tenantId, () -> registrar.register(eventId, person, checked.guardian(), request,
                RegistrationChannel.WEB, "web:" + idempotencyKey, ipAddress, null, touches, now));
    }

    /**
     * An event as the public sees it: whether one may register, whether it has ended, the seats left (null: no
     * limit), the centres taking part (the organiser first) and the published programs it features.
     */
    public record PublicEvent(Event event, boolean open, boolean over, Integer seatsLeft, List<Centre> centres,
                              List<ca.tremplin.inquiry.AskedProgram> programs) implements java.io.Serializable {
    }

    /** A centre's name in both languages. */
    public record Centre(String nameFr, String nameEn) implements java.io.Serializable {

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameFr;
        }
    }
}
