package ca.tremplin.pipeline;

import ca.tremplin.applicant.DocumentKind;
import ca.tremplin.application.ApplicationStatus;
import ca.tremplin.person.LeadEventKind;
import ca.tremplin.person.TimelineDetails;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A timeline line's detail in the reader's language, as the lead's page shows it: a document's kind named, an
 * application's statuses named, and
 * what the person's record writes (fields, stages, another value given) named by {@link TimelineDetails}.
 */
final class TimelineText {

    private static final Pattern DOCUMENT = Pattern.compile("^([A-Z_]+) : (.*)$", Pattern.DOTALL);
    /** An application's move as {@code ApplicationService} writes it: the offer's number, then the two statuses. */
    private static final Pattern APPLICATION_MOVE = Pattern.compile("^#(\\d+) ([A-Z_]+) → ([A-Z_]+)(?: — (.*))?$",
            Pattern.DOTALL);

    /**
     * A mail to a candidate about their application, as {@code ApplicationNews} writes it: the offer's number, the step
     * told, and the minutes a held mail waits.
     */
    private static final Pattern APPLICATION_NEWS = Pattern.compile("^#(\\d+) ([A-Z_]+)(?: (\\d+))?$");

    private static final Pattern INTERVIEW = Pattern.compile(
            "^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?Z) ([A-Za-z0-9_/+\\-]+)( — .*)?$", Pattern.DOTALL);

    /** A candidate's answer to an interview's invitation: the answer's name, then the interview's line. */
    private static final Pattern INTERVIEW_ANSWER = Pattern.compile("^([A-Z_]+) (.*)$", Pattern.DOTALL);

    /**
     * An event's line as {@code EventRegistrar} writes it: the event's number, its French title, and for a
     * registration the way it came ("(WEB)", "(WALK_IN)").
     */
    private static final Pattern EVENT = Pattern.compile("^#(\\d+) (.*?)(?: \\(([A-Z_]+)\\))?$", Pattern.DOTALL);

    private TimelineText() {
    }

    static String detail(LeadEventKind kind, String detail, Locale language) {
        return detail(kind, detail, language, id -> null);
    }

    static String detail(LeadEventKind kind, String detail, Locale language,
                         java.util.function.LongFunction<String> eventTitle) {
        return detail(kind, detail, language, eventTitle, id -> null);
    }

    /**
     * As above; {@code eventTitle} gives an event's title in the reader's language by its number (null when it is
     * not the centre's any more), for the lines of registration and attendance, which keep the French one;
     * {@code centreName} a centre's name of today in the reader's language, for the line of a hand-over
     * ({@link TimelineDetails#detail(LeadEventKind, String, Locale, java.util.function.LongFunction)}).
     */
    static String detail(LeadEventKind kind, String detail, Locale language,
                         java.util.function.LongFunction<String> eventTitle,
                         java.util.function.LongFunction<String> centreName) {
        if (detail == null || kind == null) {
            return detail;
        }
        return switch (kind) {
            case EVENT_REGISTERED, EVENT_ATTENDED, EVENT_UNREGISTERED, EVENT_WAITLISTED, EVENT_WAITLIST_SEATED,
                 EVENT_WAITLIST_LEFT -> {
                Matcher event = EVENT.matcher(detail);
                if (!event.matches()) {
                    yield detail;
                }
                String title = eventTitle.apply(Long.parseLong(event.group(1)));
                // In brackets: the way a registration came, or why a person left the waiting list.
                String how = event.group(3) == null ? "" : " (" + (kind == LeadEventKind.EVENT_WAITLIST_LEFT
                        ? TimelineDetails.named(event.group(3), ca.tremplin.event.WaitingListExit.class,
                                ca.tremplin.event.WaitingListExit::messageKey, language)
                        : TimelineDetails.named(event.group(3), ca.tremplin.event.RegistrationChannel.class,
                                code -> "event.channel." + code.name(), language)) + ")";
                yield numbered(event.group(1), language) + " " + (title == null ? event.group(2) : title) + how;
            }
            case DOCUMENT_UPLOADED, DOCUMENT_ACCEPTED, DOCUMENT_REJECTED -> {
                Matcher document = DOCUMENT.matcher(detail);
                yield document.matches() ? TimelineDetails.named(document.group(1), DocumentKind.class,
                        DocumentKind::messageKey, language) + ca.tremplin.kernel.Messages.get(language, "punct.colon")
                        + document.group(2) : detail;
            }
            case APPLICATION_STATUS, CANDIDATE_WITHDREW -> {
                Matcher move = APPLICATION_MOVE.matcher(detail);
                // A refusal may carry the reason told to the candidate, after a dash.
                yield move.matches() ? ca.tremplin.kernel.Messages.get(language, "timeline.applicationMove",
                        numbered(move.group(1), language), status(move.group(2), language),
                        status(move.group(3), language))
                        + (move.group(4) == null ? "" : " — " + move.group(4)) : detail;
            }
            // The step told, in the reader's language; a held mail says it leaves only if the card stays.
            case APPLICATION_NEWS_QUEUED, APPLICATION_NEWS_WITHDRAWN -> {
                Matcher told = APPLICATION_NEWS.matcher(detail);
                yield !told.matches() ? detail : ca.tremplin.kernel.Messages.get(language,
                        kind == LeadEventKind.APPLICATION_NEWS_WITHDRAWN ? "timeline.applicationNewsWithdrawn"
                                : told.group(3) == null ? "timeline.applicationNews" : "timeline.applicationNewsHeld",
                        numbered(told.group(1), language), status(told.group(2), language),
                        told.group(3) == null ? 0 : Integer.parseInt(told.group(3)));
            }
            // An interview's time, kept as an instant and its zone, written in the reader's language (a line written
            // before, in the candidate's, is shown as written).
            case INTERVIEW_SCHEDULED, INTERVIEW_MOVED, INTERVIEW_CANCELLED -> {
                Matcher interview = INTERVIEW.matcher(detail);
                yield interview.matches() ? interviewTime(interview, language) : detail;
            }
            // The candidate's answer (its name), then the interview's time as above, then their note.
            case INTERVIEW_ANSWERED -> {
                Matcher answered = INTERVIEW_ANSWER.matcher(detail);
                Matcher interview = answered.matches() ? INTERVIEW.matcher(answered.group(2)) : null;
                yield interview != null && interview.matches() ? ca.tremplin.kernel.Messages.get(language,
                        "interview.answer.timeline", TimelineDetails.named(answered.group(1),
                                ca.tremplin.application.InterviewAnswer.class,
                                ca.tremplin.application.InterviewAnswer::messageKey, language),
                        interviewTime(interview, language)) : detail;
            }
            // The task a request opens is stored by its kind's name and shown in the reader's language, as the task
            // list shows it.
            case TASK_CREATED, TASK_DONE -> ca.tremplin.person.LeadTask.FIRST_RESPONSE_TITLE.equals(detail)
                    ? ca.tremplin.kernel.Messages.get(language, "task.first-response") : detail;
            default -> TimelineDetails.detail(kind, detail, language, centreName);
        };
    }

    /** An offer's or an event's number kept in a line ("#12"), as the reader's language writes it ("n° 12"). */
    private static String numbered(String digits, Locale language) {
        return ca.tremplin.kernel.Messages.numbered(language, Long.parseLong(digits));
    }

    private static String interviewTime(Matcher interview, Locale language) {
        try {
            java.time.Instant at = java.time.Instant.parse(interview.group(1));
            java.time.ZoneId zone = java.time.ZoneId.of(interview.group(2));
            return ca.tremplin.event.EventTimes.dateTime(at, zone, language) + ", "
                    + ca.tremplin.event.EventTimes.zoneName(zone, at, language)
                    + (interview.group(3) == null ? "" : interview.group(3));
        } catch (java.time.DateTimeException unreadable) {
            return interview.group(0);
        }
    }

    private static String status(String code, Locale language) {
        return TimelineDetails.named(code, ApplicationStatus.class, ApplicationStatus::messageKey, language);
    }
}
