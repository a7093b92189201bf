package ca.tremplin.pipeline;

import ca.tremplin.person.AccessLog;
import ca.tremplin.person.EmailContact;
import ca.tremplin.person.MailingConsents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * The slices of a lead list export, each read in a transaction of its own with the programs its people asked about,
 * and where each stands on being written to (a query for each, per slice, none per person), and logged in the access log (one line per person, "exported") in that same transaction: what was read
 * was logged, and no transaction or persistence context grows with the list.
 */
@ApplicationScoped
public class LeadExportSlices {

    @Inject
    PipelineRepository repository;

    @Inject
    AccessLog accessLog;

    @Inject
    MailingConsents mailingConsents;

    @Inject
    java.time.Clock clock;

    /**
     * A slice's leads, for each the program (French and English titles) and intake they asked about last, and where
     * they stand on being written to (every lead of the slice has one), and those whose latest word on being
     * contacted is no, whom nobody is to call.
     */
    public record Slice(List<LeadRow> rows, Map<Long, String[]> interests, Map<Long, EmailContact> emailContact,
                        java.util.Set<Long> contactRefused) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Slice next(LeadFilter filter, long afterId, int size) {
        List<LeadRow> rows = repository.slice(filter, afterId, size);
        List<Long> ids = rows.stream().map(LeadRow::id).toList();
        accessLog.recordExport(ids, null);
        // By the rule every mail of the platform follows: "consent given" of exactly those its bulk e-mail reaches.
        ca.tremplin.person.MailingConsents.ListStandings standings = mailingConsents.listStandings(ids,
                clock.instant());
        return new Slice(rows, repository.latestInterest(ids), standings.emailContact(), standings.contactRefused());
    }

    @Transactional
    public Map<Long, String> staffNames() {
        return repository.staffNames();
    }
}
