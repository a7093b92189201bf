package ca.tremplin.pipeline;

import ca.tremplin.person.AccessLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * The slices of a lead list export, each read in a transaction of its own with the programs its people asked about
 * and who among them said no to being contacted (a query per slice, none per person), and logged in
 * the access log (one line per person, "exported") in that same transaction: what was read was logged, and no
 * transaction or persistence context grows with the list.
 */
@ApplicationScoped
public class LeadExportSlices {

    @Inject
    PipelineRepository repository;

    @Inject
    AccessLog accessLog;

    @Inject
    ca.tremplin.person.ConsentRegister consents;

    /**
     * A slice's leads, for each the program (French and English titles) and intake they asked about last, and those
     * who said no to being contacted (refused or withdrew).
     */
    public record Slice(List<LeadRow> rows, Map<Long, String[]> interests, java.util.Set<Long> contactDeclined) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Slice next(LeadFilter filter, long afterId, int size) {
        List<LeadRow> rows = repository.slice(filter, afterId, size);
        List<Long> ids = rows.stream().map(LeadRow::id).toList();
        accessLog.recordExport(ids, null);
        return new Slice(rows, repository.latestInterest(ids), consents.contactDeclined(ids));
    }

    @Transactional
    public Map<Long, String> staffNames() {
        return repository.staffNames();
    }
}
