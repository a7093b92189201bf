#!/usr/bin/env bash
# Anonymising the people whose retention period ran out, at scale, on the pipeline benchmark's database (a million
# leads; `BENCH_ONLY=data src/bench/pipeline.sh` makes it, and this script adds the centre's mail, consents and an
# import's report): the CSS du Fjord keeps lost or inactive people N months,
# every other centre keeps everyone. The script counts who is due, times MariaDB's plain UPDATE of the same rows (in
# a transaction rolled back: the ceiling), then starts a server whose nightly run is set a few minutes ahead
# (TREMPLIN_RETENTION_AT) and reads from its log how many people the run anonymised and how long it took.
#
# It changes the database for good (the people anonymised stay so): run it after the other benchmarks of that
# database.
#
#   src/bench/retention.sh [months, default 6]
#
# BENCH_RULE=ENROLLED anonymises the people enrolled or arrived that many months ago instead.
#
# BENCH_DB names the database (default tremplin_bench_pipeline), BENCH_PORT_OFFSET moves the ports (default 410),
# BENCH_JAVA_OPTIONS adds options to the server's JVM (-XX:StartFlightRecording=filename=run.jfr to see where the
# run spends its time: `jfr print --events jdk.ExecutionSample run.jfr`).
# Needs: a built application (mvn -DskipTests package), MariaDB on 127.0.0.1:3306 (root, no password).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=src/bench/bench-database.sh
. src/bench/bench-database.sh
months=${1:-6}
OFFSET=${BENCH_PORT_OFFSET:-410}
URL=http://127.0.0.1:$((8080 + OFFSET))
db=${BENCH_DB:-tremplin_bench_pipeline}
server=target/bench-server-retention
WORK=$(mktemp -d)
[ -f target/tremplin.war ] && [ -d target/server ] || mvn -B -q -DskipTests package
sql() { mysql --protocol=TCP -h 127.0.0.1 -u root "$@"; }
FJORD=$(sql -N -e "SELECT id FROM $db.tenant WHERE slug = 'css-du-fjord'")

# What a centre holds of its people besides the pipeline's rows, made once per database: the platform's
# acknowledgement of each request routed to the centre and one e-mail from the centre to each lead (1 KB of text
# each), the consents given with each request (contact, and news for one in two), the unsubscribe link of each
# address, and the report of an imported list with 5,000 failed rows that name leads of the centre by name and
# phone (as a row with an unreadable address does). The erasure clears or deletes each of them.
if [ "$(sql -N "$db" -e "SELECT COUNT(*) FROM outbox_message WHERE tenant_id = $FJORD")" = 0 ]; then
    started=$(date +%s)
    sql "$db" -e "
      START TRANSACTION;
      SET @body = REPEAT('Bonjour, merci de votre intérêt pour nos programmes. Hello, thank you for your interest. ', 12);
      INSERT INTO outbox_message (tenant_id, recipient, subject, body_text, status, attempts, next_attempt_at,
          created_at, sent_at)
      SELECT NULL, i.email, 'Votre demande d''information / Your information request', @body, 'SENT', 1,
          i.received_at, i.received_at, i.received_at
        FROM routed_inquiry r JOIN inquiry i ON i.id = r.inquiry_id WHERE r.tenant_id = $FJORD;
      INSERT INTO outbox_message (tenant_id, recipient, subject, body_text, status, attempts, next_attempt_at,
          created_at, sent_at)
      SELECT $FJORD, l.email, 'Votre projet d''études au Québec', @body, 'SENT', 1, l.last_inquiry_at,
          l.last_inquiry_at, l.last_inquiry_at
        FROM \`lead\` l WHERE l.tenant_id = $FJORD AND l.email IS NOT NULL;
      INSERT IGNORE INTO consent_record (inquiry_id, email_normalized, purpose, granted, text_version, text_shown,
          language, given_at, ip_address, source)
      SELECT i.id, i.email_normalized, p.purpose, 1, '2026-01',
          'J''accepte que le centre me contacte au sujet de ma demande.', i.language, i.received_at, '203.0.113.7',
          'https://tremplin.example/fr/information'
        FROM routed_inquiry r JOIN inquiry i ON i.id = r.inquiry_id
        JOIN (SELECT 'CONTACT' purpose UNION ALL SELECT 'NEWS') p ON p.purpose = 'CONTACT' OR i.id % 2 = 0
       WHERE r.tenant_id = $FJORD;
      INSERT INTO unsubscribe_link (token_hash, tenant_id, email_normalized, created_at)
      SELECT SHA2(CONCAT('bench-unsubscribe-', l.id), 256), $FJORD, l.email_normalized, l.last_inquiry_at
        FROM \`lead\` l WHERE l.tenant_id = $FJORD AND l.email_normalized IS NOT NULL;
      INSERT INTO lead_import (tenant_id, event_id, file_name, format, encoding, delimiter_char, header_line,
          column_mapping, status, total_rows, rows_read, failed_count, created_at, finished_at)
      SELECT $FJORD, MIN(id), 'participants-salon.csv', 'CSV', 'UTF-8', ';', 1, 'first,last,email,phone,country',
          'COMPLETED', 5000, 5000, 5000, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM event WHERE tenant_id = $FJORD;
      SET @import = LAST_INSERT_ID();
      INSERT INTO lead_import_failure (import_id, line_number, reason, raw_row, kind)
      SELECT @import, ROW_NUMBER() OVER (ORDER BY l.id) + 1, 'Adresse courriel illisible',
          CONCAT_WS(';', l.first_name, l.last_name, 'courriel illisible', l.phone_e164, l.country_of_residence),
          'FAILED'
        FROM \`lead\` l WHERE l.tenant_id = $FJORD AND l.id % 25 = 0 LIMIT 5000;
      COMMIT"
    echo "Mail, consents, unsubscribe links and an import's report added in $(( $(date +%s) - started )) s:" \
        "$(sql -N "$db" -e "SELECT CONCAT((SELECT COUNT(*) FROM outbox_message), ' e-mails, ',
            (SELECT COUNT(*) FROM consent_record), ' consents, ', (SELECT COUNT(*) FROM unsubscribe_link),
            ' unsubscribe links, ', (SELECT COUNT(*) FROM lead_import_failure), ' failed rows')")"
fi

# Who the run will find due (RetentionJob's rule LOST_OR_INACTIVE, or with BENCH_RULE=ENROLLED the people enrolled
# or arrived that many months ago), and the ceiling on the same rows.
if [ "${BENCH_RULE:-LOST_OR_INACTIVE}" = ENROLLED ]; then
    column=enrolled_months
    due="l.tenant_id = $FJORD AND l.erased_at IS NULL AND l.merged_into_id IS NULL
      AND l.stage IN ('ENROLLED', 'ARRIVED') AND l.stage_since < @cutoff"
else
    column=lost_or_inactive_months
    due="l.tenant_id = $FJORD AND l.erased_at IS NULL AND l.merged_into_id IS NULL
      AND l.stage IN ('NEW', 'CONTACTED', 'QUALIFIED', 'APPLIED', 'LOST')
      AND l.last_inquiry_at < @cutoff AND COALESCE(l.stage_since, l.first_inquiry_at) < @cutoff
      AND NOT EXISTS (SELECT 1 FROM lead_event e WHERE e.tenant_id = l.tenant_id AND e.lead_id = l.id
                      AND e.occurred_at >= @cutoff)"
fi
sql "$db" -e "
  UPDATE retention_policy SET lost_or_inactive_months = NULL, admitted_not_enrolled_months = NULL,
      enrolled_months = NULL;
  INSERT INTO retention_policy (tenant_id, $column) VALUES ($FJORD, $months)
      ON DUPLICATE KEY UPDATE $column = $months"
echo "Leads of the CSS du Fjord: $(sql -N "$db" -e "SELECT COUNT(*) FROM lead WHERE tenant_id = $FJORD")"
echo "Due after $months months (${BENCH_RULE:-LOST_OR_INACTIVE}): $(sql -N "$db" -e "
  SET @cutoff = UTC_TIMESTAMP(6) - INTERVAL $months MONTH; SELECT COUNT(*) FROM lead l WHERE $due")"
echo "Ceiling, MariaDB's plain UPDATE of the same rows' names and phone (rolled back), in s: $(sql -N "$db" -e "
  SET @cutoff = UTC_TIMESTAMP(6) - INTERVAL $months MONTH;
  START TRANSACTION;
  SET @started = NOW(6);
  UPDATE lead l SET l.first_name = 'x', l.last_name = 'x', l.phone_e164 = NULL WHERE $due;
  SELECT TIMESTAMPDIFF(MICROSECOND, @started, NOW(6)) / 1e6;
  ROLLBACK;")"

# The nightly run, a few minutes after now (Québec time): long enough for the server to start on this database.
export TREMPLIN_RETENTION_AT
TREMPLIN_RETENTION_AT=$(TZ=America/Toronto date -d '+4 minutes' +%H:%M)
echo "Server started with the nightly run at $TREMPLIN_RETENTION_AT (Québec time)"
# BENCH_JAVA_OPTIONS: several options, separated by blanks, e.g. a flight recording of the run.
read -r -a extra_java_options <<< "${BENCH_JAVA_OPTIONS:-}"
start_bench_server "$server" "$db" "$OFFSET" /signin.xhtml "-Djboss.as.management.blocking.timeout=3600" \
    "${extra_java_options[@]}"
for _ in $(seq 1 3600); do
    grep -q "Retention: .* people anonymised" "$log" && break
    grep -q "Retention run stopped early" "$log" && break
    sleep 1
done
grep -E "Retention: .* people anonymised|Retention run stopped early" "$log" || echo "The run did not end within the hour"
echo "Recorded erasures of this run: $(sql -N "$db" -e "SELECT COUNT(*) FROM person_erasure
  WHERE tenant_id = $FJORD AND reason = 'RETENTION'")"
