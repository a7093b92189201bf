package ca.tremplin.application;

import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.ShortenedText;
import ca.tremplin.person.Lead;
import ca.tremplin.person.LeadTask;
import ca.tremplin.person.TaskKind;
import ca.tremplin.security.UserAccount;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;

/**
 * A task for staff about what a candidate did on their own, with no member of staff there to see it — an interview's
 * invitation answered with another time, an application withdrawn from their file: written in the language of whom
 * it is for (French for a task nobody holds yet), never longer than a task's title may be (a long name and a time
 * beside it must not make the candidate's action fail), due by the end of the day in Québec, since the candidate
 * waits for a word.
 */
final class CandidateTasks {

    /** The most a task's title holds (lead_task.title). */
    static final int TITLE_MAX = 200;

    private CandidateTasks() {
    }

    /** Opens the task on the person's record for {@code assignee} (null: nobody yet), titled in their language. */
    static LeadTask open(EntityManager em, Lead person, Long assignee, Function<Locale, String> title, Instant now) {
        Locale language = assignee == null ? Languages.FRENCH
                : Languages.fromTag(em.find(UserAccount.class, assignee).getPreferredLocale());
        Instant endOfDay = now.atZone(ca.tremplin.kernel.QuebecTime.ZONE).toLocalDate().plusDays(1)
                .atStartOfDay(ca.tremplin.kernel.QuebecTime.ZONE).minusMinutes(1).toInstant();
        LeadTask task = new LeadTask(person, TaskKind.MANUAL, ShortenedText.of(title.apply(language), TITLE_MAX),
                assignee, endOfDay, null, now);
        em.persist(task);
        return task;
    }
}
