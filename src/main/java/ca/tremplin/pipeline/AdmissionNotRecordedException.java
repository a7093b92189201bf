package ca.tremplin.pipeline;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Messages;
import ca.tremplin.person.LeadStage;
import java.util.List;

/**
 * A move past "admitted" for a lead whose admission was never recorded ({@link UnrecordedAdmission}), not made: it
 * is a question rather than a refusal. Its message names the stages skipped and asks whether to move anyway; the
 * pages show it with "No" first and make the move once "Yes" is chosen.
 */
public class AdmissionNotRecordedException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    private final transient List<LeadStage> skipped;

    private AdmissionNotRecordedException(String messageKey, List<LeadStage> skipped, Object... arguments) {
        super(messageKey, arguments);
        this.skipped = List.copyOf(skipped);
    }

    /** One lead's move: the person by name, the stage asked for, and the stages never recorded on the way. */
    static AdmissionNotRecordedException of(String leadName, LeadStage target, List<LeadStage> skipped) {
        return new AdmissionNotRecordedException("pipeline.admissionNotRecorded", skipped, leadName,
                new Messages.Phrase(target.messageKey()), phrases(skipped));
    }

    /**
     * A bulk move: how many of the leads chosen were never admitted, the stage asked for, and every stage one of them
     * would skip, in the order of the way.
     */
    static AdmissionNotRecordedException ofLeads(int leads, LeadStage target, List<LeadStage> skipped) {
        List<LeadStage> inOrder = skipped.stream().distinct().sorted().toList();
        return new AdmissionNotRecordedException("pipeline.admissionNotRecordedBulk", inOrder, leads,
                new Messages.Phrase(target.messageKey()), phrases(inOrder));
    }

    /** The stages from "admitted" up to the one asked for that were never recorded, in order. */
    public List<LeadStage> skipped() {
        return skipped;
    }

    private static Messages.Phrases phrases(List<LeadStage> stages) {
        return new Messages.Phrases(stages.stream().map(LeadStage::messageKey).toList());
    }
}
