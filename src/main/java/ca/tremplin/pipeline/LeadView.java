package ca.tremplin.pipeline;

import ca.tremplin.inquiry.RoutedInquiry;
import ca.tremplin.person.ConsentRecord;
import ca.tremplin.person.Lead;
import ca.tremplin.person.LeadProposal;
import ca.tremplin.person.LeadTask;
import java.util.List;

/** Everything the lead page shows at once, read in a fixed handful of queries; the timeline is paged apart. */
public record LeadView(Lead lead, List<RoutedInquiry> requests, List<ProgramInterest> programs, List<ConsentRecord> consents,
                       List<String> tags, List<LeadTask> tasks, List<LeadRow> possibleDuplicates,
                       List<LeadProposal> proposals) {
}
