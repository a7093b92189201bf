package ca.tremplin.pipeline;

import ca.tremplin.inquiry.ConsentRecord;
import ca.tremplin.inquiry.Lead;
import ca.tremplin.inquiry.RoutedInquiry;
import java.util.List;

/** Everything the lead page shows at once, read in a fixed handful of queries; the timeline is paged apart. */
public record LeadView(Lead lead, List<RoutedInquiry> requests, List<ProgramInterest> programs, List<ConsentRecord> consents,
                       List<String> tags, List<LeadTask> tasks, List<LeadRow> possibleDuplicates) {
}
