package ca.tremplin.campaign;

import java.io.Serializable;
import java.util.List;

/** What an activity's form lets staff choose from: an owner, an event, a program. Ids and labels only. */
public record ActivityChoices(List<Choice> staff, List<Choice> events, List<Choice> programs) implements Serializable {

    public record Choice(long id, String label) implements Serializable {
    }
}
