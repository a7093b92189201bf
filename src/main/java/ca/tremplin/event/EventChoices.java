package ca.tremplin.event;

import java.io.Serializable;
import java.util.List;

/**
 * What an event's form lets staff choose from: the other active centres that may take part, the centre's staff
 * who may attend, its programs to feature, and its campaigns the event may be part of. Ids and labels only.
 */
public record EventChoices(List<Choice> schoolBoards, List<Choice> staff, List<Choice> programs,
                           List<Choice> campaigns)
        implements Serializable {

    public record Choice(long id, String label) implements Serializable {
    }
}
