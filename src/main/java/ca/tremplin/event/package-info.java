/**
 * Events and the leads they bring: fairs, webinars, info sessions, school visits and recruitment missions.
 * Back office: {@link ca.tremplin.event.EventService} (create, publish, cancel, registrations and check-in),
 * {@link ca.tremplin.event.EventListPage} (list and calendar), {@link ca.tremplin.event.EventEditor}.
 * Public side: {@link ca.tremplin.event.PublicEvents} (upcoming events across centres, registration),
 * {@link ca.tremplin.event.EventAddressFilter} ({@code /fr/evenements}, {@code /en/events}), times shown in the
 * visitor's zone ({@link ca.tremplin.event.EventTimes}), the calendar file
 * ({@link ca.tremplin.event.EventCalendarFile}). A registration joins or creates the person's lead through the
 * same rules as an information request ({@link ca.tremplin.person.LeadRegistry}); every e-mail (confirmation
 * with the calendar file, reminder the day before, cancellation) goes through the outbox.
 */
package ca.tremplin.event;
