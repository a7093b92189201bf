package ca.tremplin.campaign;

import java.io.Serializable;
import java.util.List;

/**
 * What an activity's form lets staff choose from: an owner, an event, a program. Ids and labels only. {@code
 * formerStaff}: colleagues who left and still own one of the campaign's activities, offered on that activity's form
 * only ({@link #owners}); {@code formerEvents} and {@code formerPrograms} alike, the events and programs the
 * campaign's activities link that a new link may no longer name (an event over or cancelled, a program archived),
 * offered on the form of the activity that links one ({@link #events(Long)}, {@link #programs(Long)}), so that
 * marking that activity done does not make staff choose another target first.
 */
public record ActivityChoices(List<Choice> staff, List<Choice> formerStaff, List<Choice> events, List<Choice> programs,
                              List<Choice> formerEvents, List<Choice> formerPrograms)
        implements Serializable {

    /** The owners the form of an activity now owned by {@code currentOwner} offers: active staff, and that owner. */
    public List<Choice> owners(Long currentOwner) {
        return withCurrent(staff, formerStaff, currentOwner);
    }

    /** The events the form of an activity now linking {@code currentTarget} offers: those open, and that one. */
    public List<Choice> events(Long currentTarget) {
        return withCurrent(events, formerEvents, currentTarget);
    }

    /** The programs the form of an activity now linking {@code currentTarget} offers: the published, and that one. */
    public List<Choice> programs(Long currentTarget) {
        return withCurrent(programs, formerPrograms, currentTarget);
    }

    private static List<Choice> withCurrent(List<Choice> offered, List<Choice> former, Long current) {
        List<Choice> choices = new java.util.ArrayList<>(offered);
        former.stream().filter(choice -> current != null && choice.id() == current).forEach(choices::add);
        return choices;
    }

    public record Choice(long id, String label) implements Serializable {
    }
}
