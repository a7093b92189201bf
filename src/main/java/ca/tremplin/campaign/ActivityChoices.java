package ca.tremplin.campaign;

import java.io.Serializable;
import java.util.List;

/**
 * What an activity's form lets staff choose from: an owner, an event, a program. Ids and labels only. {@code
 * formerStaff}: colleagues who left and still own one of the campaign's activities, offered on that activity's form
 * only ({@link #owners}).
 */
public record ActivityChoices(List<Choice> staff, List<Choice> formerStaff, List<Choice> events, List<Choice> programs)
        implements Serializable {

    /** The owners the form of an activity now owned by {@code currentOwner} offers: active staff, and that owner. */
    public List<Choice> owners(Long currentOwner) {
        List<Choice> owners = new java.util.ArrayList<>(staff);
        formerStaff.stream().filter(former -> currentOwner != null && former.id() == currentOwner).forEach(owners::add);
        return owners;
    }

    public record Choice(long id, String label) implements Serializable {
    }
}
