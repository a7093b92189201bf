package ca.tremplin.kernel;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.ValidateOutput;

/**
 * Migrations corrected after databases had run them, so that they also run on MySQL 8: {@code lead} quoted (a
 * reserved word of MySQL 8), a CHECK dropped before its column (V3_1), MariaDB's {@code ADD COLUMN IF NOT EXISTS}
 * taken out (V5, where it added nothing), and the consent CHECK that MySQL refuses moved to {@code sql-mariadb/}.
 * Each corrected file leaves a database built by the earlier text with the same schema, but its checksum changed,
 * and Flyway refuses to migrate a database whose history holds another checksum (docs/database.md).
 *
 * <p>So at start, when every checksum that differs is one of these versions and the history holds exactly the
 * checksum of the text before the correction, Flyway's repair records the new checksums. Any other difference (a
 * migration edited elsewhere, or a database at an unknown state) is left to fail as before.
 */
final class CorrectedMigrations {

    /** Version, and the checksum Flyway recorded for it before the correction. */
    static final Map<String, Set<Integer>> CHECKSUMS_BEFORE_CORRECTION = Map.of(
            "3", Set.of(998565963),
            "3.1", Set.of(812321036),
            "4", Set.of(-1855119508),
            "5", Set.of(-103016091),
            "6", Set.of(1313594582),
            "7", Set.of(-1621734788),
            "9", Set.of(422230551));

    private CorrectedMigrations() {
    }

    /** True when the database's history differs from the migrations only by the corrections above. */
    static boolean onlyCorrectionsDiffer(Flyway flyway) {
        List<ValidateOutput> mismatches = flyway.validateWithResult().invalidMigrations.stream()
                .filter(output -> output.errorDetails != null
                        && output.errorDetails.errorCode == CoreErrorCode.CHECKSUM_MISMATCH)
                .toList();
        if (mismatches.isEmpty()) {
            return false;
        }
        MigrationInfo[] applied = flyway.info().applied();
        return mismatches.stream().allMatch(mismatch -> wasRecordedBeforeCorrection(mismatch.version, applied));
    }

    private static boolean wasRecordedBeforeCorrection(String version, MigrationInfo[] applied) {
        Set<Integer> before = CHECKSUMS_BEFORE_CORRECTION.getOrDefault(version, Set.of());
        for (MigrationInfo migration : applied) {
            if (migration.getVersion() != null && migration.getVersion().getVersion().equals(version)) {
                return migration.getChecksum() != null && before.contains(migration.getChecksum());
            }
        }
        return false;
    }
}
