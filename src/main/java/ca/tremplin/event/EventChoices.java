package ca.tremplin.event;

import java.io.Serializable;
import java.util.List;

/**
 * What an event's form lets staff choose from: the other active centres that may take part, the centre's staff
 * who may attend, its programs to feature, and its campaigns the event may be part of; and, of the staff it names,
 * those who have left the centre, by their names, for the form to ask for someone in their place. Ids and labels only.
 */
public record EventChoices(List<Choice> schoolBoards, List<Choice> staff, List<Choice> programs,
                           List<Choice> campaigns, List<Choice> departedStaff)
        implements Serializable {

    /** The names of those among {@code chosen} who have left the centre, joined as the form says them. */
    public String departedAmong(java.util.Collection<Long> chosen) {
        return String.join(", ", departedStaff.stream().filter(choice -> chosen.contains(choice.id()))
                .map(Choice::label).toList());
    }

    public record Choice(long id, String label) implements Serializable {
    }
}
