package ca.tremplin.leadimport;

import ca.tremplin.person.PersonMentions;
import ca.tremplin.person.PersonTraits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What an imported list keeps of the people it names, for an erasure: the text of its report's rows (failed, with a
 * warning, skipped) and the list itself, on disk while its import may need it (or in the database for lists
 * uploaded before files were kept on disk). A row that names an erased person loses its text (its line, kind and
 * reason stay, so the report's counts do); a kept list that names them is deleted — an import not started or
 * stopped can no longer run, and says so, as after the retention sweep. The list of an import still running is left
 * to it: it is deleted when the import ends ({@link ImportFileRetention}).
 */
@ApplicationScoped
public class ImportMentions implements PersonMentions {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    ImportFiles files;

    @Inject
    Clock clock;

    @Override
    public int forget(long tenantId, List<PersonTraits> people) {
        Predicate<String> namesAnyone = PersonTraits.mentionOfAny(people);
        return clearReportRows(tenantId, namesAnyone) + deleteLists(tenantId, namesAnyone);
    }

    private int clearReportRows(long tenantId, Predicate<String> namesAnyone) {
        List<Long> naming = new ArrayList<>();
        try (var rows = em.createNativeQuery("select f.id, f.raw_row from lead_import_failure f"
                        + " join lead_import i on i.id = f.import_id where i.tenant_id = :tenant and f.raw_row is not null")
                .setParameter("tenant", tenantId).getResultStream()) {
            rows.forEach(row -> {
                Object[] columns = (Object[]) row;
                if (namesAnyone.test((String) columns[1])) {
                    naming.add(((Number) columns[0]).longValue());
                }
            });
        }
        for (List<Long> slice : SqlRows.slices(naming)) {
            em.createNativeQuery("update lead_import_failure set raw_row = null where id in (:ids)")
                    .setParameter("ids", slice).executeUpdate();
        }
        return naming.size();
    }

    private int deleteLists(long tenantId, Predicate<String> namesAnyone) {
        @SuppressWarnings("unchecked")
        List<Object[]> kept = em.createNativeQuery("select id, file_path, content is not null from lead_import"
                        + " where tenant_id = :tenant and status not in ('RUNNING', 'UNDOING')"
                        + " and ((file_path is not null and file_deleted_at is null) or content is not null)")
                .setParameter("tenant", tenantId).getResultList();
        int deleted = 0;
        for (Object[] row : kept) {
            long importId = ((Number) row[0]).longValue();
            String path = (String) row[1];
            java.nio.file.Path file = path == null ? null : files.keptFile(path);
            if (path != null && file == null) {
                continue;
            }
            ImportSource source = file != null ? ImportSource.of(file)
                    : ImportSource.of((byte[]) em.createNativeQuery("select content from lead_import where id = :id")
                    .setParameter("id", importId).getSingleResult());
            if (mentionsAnyone(source, namesAnyone)) {
                em.createNativeQuery("update lead_import set content = null, file_deleted_at = :now where id = :id")
                        .setParameter("now", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                        .setParameter("id", importId).executeUpdate();
                if (path != null) {
                    files.deleteKept(path);
                }
                deleted++;
            }
        }
        return deleted;
    }

    private static boolean mentionsAnyone(ImportSource source, Predicate<String> namesAnyone) {
        try (BufferedReader lines = new BufferedReader(TextDecoding.decode(source).open(source))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (namesAnyone.test(line)) {
                    return true;
                }
            }
            return false;
        } catch (ImportProblem empty) {
            return false;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
