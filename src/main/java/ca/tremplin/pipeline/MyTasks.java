package ca.tremplin.pipeline;

import ca.tremplin.person.TaskKind;
import ca.tremplin.web.LanguagePreference;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;

/** The signed-in recruiter's tasks due today or overdue, for the back-office home page. */
@Named
@RequestScoped
public class MyTasks {

    @Inject
    LeadService leads;

    @Inject
    LanguagePreference language;

    @Inject
    Clock clock;

    private List<TaskRow> tasks;

    public List<TaskRow> getTasks() {
        if (tasks == null) {
            tasks = leads.myTasksDueToday(50);
        }
        return tasks;
    }

    public boolean overdue(TaskRow task) {
        return task.dueAt().isBefore(clock.instant());
    }

    public String title(TaskRow task) {
        return task.kind() == TaskKind.FIRST_RESPONSE
                ? ca.tremplin.kernel.Messages.get(language.getLocale(), "task.first-response") : task.title();
    }
}
