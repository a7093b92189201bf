#!/usr/bin/env bash
# The lead pipeline at the scale of the whole network: 1,000,000 leads across 40 school service centres with
# about 5,000,000 timeline entries and each request's consents, then wrk on loopback, signed in as a recruiter of the busiest centre:
#   - the lead list with two filters (stage and country) and its sort (latest request first), eight pairs in turn;
#   - a lead's page whose timeline holds 200 entries, eight such leads in turn;
#   - the board (every column's count, and the first cards of each column);
# plus the server-side durations from the access log, and the query plans (EXPLAIN) of the hot queries; then the
# funnel reports, of that centre and of the coordinator across all 40, with MariaDB's own time for their statements,
# and the whole lead list's XLSX export. BENCH_ONLY=reports runs only the reports and the export; BENCH_ONLY=search
# only the lead list's search box.
#
# Starts its own server (a copy of target/server, ports moved by BENCH_PORT_OFFSET, default 410:
# http://127.0.0.1:8490) on its own MariaDB database, with the benchmark catalogue (TREMPLIN_DEMO_DATA=benchmark:
# 40 centres, their staff and programs, the demo accounts); src/bench/pipeline-data.sql then generates the pipeline
# inside MariaDB.
#
#   src/bench/pipeline.sh [seconds per load, default 30] [connections, default 8]
#
# BENCH_REUSE_DATA=1 keeps the database of the previous run (the server migrates it, e.g. to add indexes) instead
# of generating it again; BENCH_ONLY=data stops once the data is generated; BENCH_DB names the database (default
# tremplin_bench_pipeline), so that two checkouts can keep their own.
#
# Needs: a built application (mvn -DskipTests package), wrk, MariaDB on 127.0.0.1:3306 (root, no password).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=src/bench/bench-database.sh
. src/bench/bench-database.sh
duration=${1:-30}
connections=${2:-8}
threads=$(( connections < 2 ? 1 : 2 ))
OFFSET=${BENCH_PORT_OFFSET:-410}
URL=http://127.0.0.1:$((8080 + OFFSET))
EMAIL=recruteur1@css-du-fjord.demo
PASSWORD=Tremplin-demo-2026
db=${BENCH_DB:-tremplin_bench_pipeline}
server=target/bench-server-pipeline
WORK=$(mktemp -d)
[ -f target/tremplin.war ] && [ -d target/server ] || mvn -B -q -DskipTests package
if curl -s -o /dev/null "$URL/"; then
    echo "Something already answers at $URL: choose another BENCH_PORT_OFFSET" >&2
    exit 1
fi
sql() { mysql --protocol=TCP -h 127.0.0.1 -u root "$@"; }
reuse=${BENCH_REUSE_DATA:-0}
[ "$reuse" = 1 ] || create_bench_database "$db"
# Migrating a million leads (adding an index, filling a table) takes minutes: the deployment waits for it.
start_bench_server "$server" "$db" "$OFFSET" /signin.xhtml "-Djboss.as.management.blocking.timeout=3600" "-Xlog:gc:file=$WORK/gc.log"

if [ "$reuse" != 1 ]; then
    started=$(date +%s)
    sql "$db" < src/bench/pipeline-data.sql > /dev/null
    echo "Pipeline generated in $(( $(date +%s) - started )) s"
    # What the people said about being written to (consents with their requests, withdrawals, unsubscriptions),
    # which the lead list's export reads for each person.
    started=$(date +%s)
    sql "$db" < src/bench/consent-data.sql > /dev/null
    echo "Consents generated in $(( $(date +%s) - started )) s"
    # The reports' summary of each lead's history (lead_funnel), filled as migration V27 fills it.
    started=$(date +%s)
    { echo "DELETE FROM lead_funnel;"; sed -n '/^-- lead_funnel:fill/,/^-- lead_funnel:end/p' sql/V27__lead_funnel.sql
      echo "ANALYZE TABLE lead_funnel;"; } | sql "$db" > /dev/null
    echo "Reports' summary filled in $(( $(date +%s) - started )) s"
    # The completed stays (lead_stay), filled as migration V32 fills them, less those of merged leads (V34).
    started=$(date +%s)
    { echo "DELETE FROM lead_stay;"; sed -n '/^-- lead_stay:fill/,/^-- lead_stay:end/p' sql/V32__lead_stay.sql
      grep -v '^--' sql/V34__no_stays_of_merged_leads.sql; echo "ANALYZE TABLE lead_stay;"; } | sql "$db" > /dev/null
    echo "Reports' stays filled in $(( $(date +%s) - started )) s"
fi
[ "${BENCH_ONLY:-}" != data ] || exit 0
FJORD=$(sql -N -e "SELECT id FROM $db.tenant WHERE slug = 'css-du-fjord'")
sql -N "$db" -e "
  SELECT 'centres', COUNT(*) FROM tenant WHERE kind = 'SCHOOL_BOARD' UNION ALL
  SELECT 'leads', COUNT(*) FROM lead UNION ALL
  SELECT 'timeline entries', COUNT(*) FROM lead_event UNION ALL
  SELECT 'information requests', COUNT(*) FROM inquiry UNION ALL
  SELECT 'tags', COUNT(*) FROM lead_tag UNION ALL
  SELECT 'leads of the CSS du Fjord', COUNT(*) FROM lead WHERE tenant_id = $FJORD UNION ALL
  SELECT 'generated leads of the smallest centre', MIN(n) FROM (SELECT COUNT(*) n FROM lead
      WHERE email_normalized LIKE '%@exemple.bench' GROUP BY tenant_id) c UNION ALL
  SELECT 'leads with 200 timeline entries', COUNT(*) FROM (SELECT lead_id FROM lead_event
      GROUP BY lead_id HAVING COUNT(*) = 200) t"
sql -t "$db" -e "SELECT stage, COUNT(*) leads FROM lead WHERE tenant_id = $FJORD GROUP BY stage"

sign_in() {  # an account's e-mail → the header of its signed-in session
    local jar="$WORK/cookies-$1" page state session status
    page=$(curl -s -c "$jar" -b "$jar" "$URL/signin.xhtml")
    state=$(printf '%s' "$page" | sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
    curl -s -o /dev/null -c "$jar" -b "$jar" -L "$URL/signin.xhtml" \
        --data-urlencode "signin=signin" --data-urlencode "signin:email=$1" \
        --data-urlencode "signin:password=$PASSWORD" --data-urlencode "signin:submit=" \
        --data-urlencode "jakarta.faces.ViewState=$state"
    session=$(awk '$6 == "JSESSIONID" {print $7}' "$jar" | tail -1)
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$session" "$URL/admin/index.xhtml")
    [ "$status" = 200 ] || { echo "Signing in as $1 failed: the home page answered $status" >&2; exit 1; }
    echo "Cookie: JSESSIONID=$session"
}
cookie=$(sign_in "$EMAIL")

# Filters on the lead's own columns and tags; then filters on what the person's requests said (source, program),
# read from the leads' interests (lead_interest), apart.
lists=("stage=CONTACTED&country=SN" "stage=NEW&country=MA" "stage=QUALIFIED&country=CI" "stage=LOST&country=FR"
  "stage=APPLIED&country=SN" "country=CM&tag=bourse" "stage=NEW&owner=OWNER" "owner=OWNER&country=TN")
request_lists=("stage=NEW&source=FAIR" "stage=CONTACTED&source=WEBINAR" "country=SN&program=PROGRAM"
  "stage=QUALIFIED&source=PARTNER")
owner=$(sql -N "$db" -e "SELECT owner_id FROM lead WHERE tenant_id = $FJORD AND owner_id IS NOT NULL LIMIT 1")
lists=("${lists[@]//OWNER/$owner}")
program=$(sql -N "$db" -e "SELECT id FROM program WHERE tenant_id = $FJORD ORDER BY id LIMIT 1")
request_lists=("${request_lists[@]//PROGRAM/$program}")
mapfile -t long_leads < <(sql -N "$db" -e "SELECT id FROM lead WHERE tenant_id = $FJORD AND id % 1000 = 0
    ORDER BY id LIMIT 8")
first_long=${long_leads[0]}
echo "Timeline of lead $first_long: $(sql -N "$db" -e "SELECT COUNT(*) FROM lead_event WHERE lead_id = $first_long") entries"

# paths PREFIX ITEM...: each item after the prefix, separated by blanks, as wrk's script takes them in turn.
paths() {
    local prefix=$1 item
    shift
    for item in "$@"; do printf '%s%s ' "$prefix" "$item"; done
}
server_side() {  # percentiles of the access log's durations for one path, since a given log line
    { tail -n +"$1" "$log" | grep "GET $2 status=200" || true; } | sed -E 's/.*duration_ms=([0-9.]+).*/\1/' | sort -n \
      | awk '{a[NR]=$1} END {printf "server side: count=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f\n", NR, a[int(NR*0.5)], a[int(NR*0.95)], a[int(NR*0.99)]}'
}
load() {  # title, path, paths in turn
    local before
    echo "$1"
    WRK_PATHS="$3" wrk -t"$threads" -c"$connections" -d15s -H "$cookie" -s src/bench/percentiles.lua "$URL$2" > /dev/null
    before=$(wc -l < "$log")
    WRK_PATHS="$3" wrk -t"$threads" -c"$connections" -d"${duration}s" -H "$cookie" -s src/bench/percentiles.lua "$URL$2" \
        | tail -1
    server_side "$before" "$2"
}
# The search box: a name as a recruiter hears it (a frequent family name, a first and a family name, one spelled
# without its accent), a part of an e-mail, a phone's digits, and a name nobody has (the whole centre read for none).
searches=(q=ndiaye q=amina+ouedraogo q=traore+oumar q=personne325061 q=770325061 q=zyxw)
if [ "${BENCH_ONLY:-}" = search ]; then
    load "Lead list searched by name, e-mail or phone (six searches in turn)" /admin/leads.xhtml \
        "$(paths "/admin/leads.xhtml?" "${searches[@]}")"
    exit 0
fi
if [ "${BENCH_ONLY:-}" != reports ] && [ "${BENCH_ONLY:-}" != search ]; then
load "Lead list searched by name, e-mail or phone (six searches in turn)" /admin/leads.xhtml \
    "$(paths "/admin/leads.xhtml?" "${searches[@]}")"
load "Lead list, two filters and the latest request first (eight filters in turn)" /admin/leads.xhtml \
    "$(paths "/admin/leads.xhtml?" "${lists[@]}")"
load "Lead list filtered by what the requests said (source or program) and a column (four filters in turn)" \
    /admin/leads.xhtml "$(paths "/admin/leads.xhtml?" "${request_lists[@]}")"
load "Lead page with a 200-entry timeline (eight leads in turn)" /admin/lead.xhtml \
    "$(paths "/admin/lead.xhtml?id=" "${long_leads[@]}")"
load "Board: column counts and first cards" /admin/board.xhtml "/admin/board.xhtml"
load "Board with a filter (country)" /admin/board.xhtml \
    "/admin/board.xhtml?country=SN /admin/board.xhtml?country=MA /admin/board.xhtml?tag=bourse"

echo "Query plans (MariaDB EXPLAIN of the statements the pages run, as Hibernate writes them):"
sql -t "$db" -e "
  EXPLAIN SELECT l.id, l.first_name, l.last_name, l.email, l.country_of_residence, l.stage, l.stage_since,
      l.owner_id, l.last_inquiry_at FROM lead l
    WHERE l.tenant_id = $FJORD AND l.merged_into_id IS NULL AND l.stage = 'CONTACTED' AND l.country_of_residence = 'SN'
    ORDER BY l.last_inquiry_at DESC, l.id DESC LIMIT 25;
  EXPLAIN SELECT COUNT(*) FROM (SELECT 1 FROM lead l WHERE l.tenant_id = $FJORD AND l.merged_into_id IS NULL
      AND l.stage = 'CONTACTED' AND l.country_of_residence = 'SN' LIMIT 10001) c;
  EXPLAIN SELECT l.id FROM lead l WHERE l.tenant_id = $FJORD AND l.merged_into_id IS NULL
      AND l.country_of_residence = 'CM' AND (l.id IN (SELECT t.lead_id FROM lead_tag t WHERE t.tenant_id = $FJORD
      AND t.tag = 'bourse') OR 1 = 0) ORDER BY l.last_inquiry_at DESC, l.id DESC LIMIT 25;
  EXPLAIN SELECT l.id FROM lead l WHERE l.tenant_id = $FJORD AND l.merged_into_id IS NULL AND l.stage = 'NEW'
      AND (l.id IN (SELECT s.lead_id FROM lead_interest s WHERE s.tenant_id = $FJORD AND s.kind = 'SOURCE'
      AND s.value = 'FAIR') OR 1 = 0) ORDER BY l.last_inquiry_at DESC, l.id DESC LIMIT 25;
  EXPLAIN SELECT l.id FROM lead l WHERE l.tenant_id = $FJORD AND l.merged_into_id IS NULL AND l.stage = 'NEW'
      AND l.id IN (SELECT s.lead_id FROM lead_interest s WHERE s.tenant_id = $FJORD AND s.kind = 'SOURCE'
      AND s.value = 'FAIR') LIMIT 10001;
  EXPLAIN SELECT l.id FROM lead l WHERE l.tenant_id = $FJORD AND l.merged_into_id IS NULL
      AND l.country_of_residence = 'SN' AND l.id IN (SELECT p.lead_id FROM lead_interest p
      WHERE p.tenant_id = $FJORD AND p.kind = 'PROGRAM' AND p.value = '$program')
      ORDER BY l.last_inquiry_at DESC, l.id DESC LIMIT 25;
  EXPLAIN SELECT l.stage, COUNT(*) FROM lead l WHERE l.tenant_id = $FJORD AND l.merged_into_id IS NULL
      AND l.id IN (SELECT t.lead_id FROM lead_tag t WHERE t.tenant_id = $FJORD AND t.tag = 'bourse') GROUP BY l.stage;
  EXPLAIN SELECT l.stage, COUNT(*) FROM lead l WHERE l.tenant_id = $FJORD AND l.merged_into_id IS NULL GROUP BY l.stage;
  EXPLAIN SELECT e.* FROM lead_event e WHERE e.tenant_id = $FJORD AND e.lead_id = $first_long
    ORDER BY e.occurred_at DESC, e.id DESC LIMIT 20;
  EXPLAIN SELECT COUNT(*) FROM lead_event e WHERE e.tenant_id = $FJORD AND e.lead_id = $first_long;
  EXPLAIN SELECT p.id, p.title_fr, p.title_en FROM (SELECT ip.program_id FROM routed_inquiry r
      JOIN inquiry_program ip ON ip.inquiry_id = r.inquiry_id WHERE r.tenant_id = $FJORD AND r.lead_id = $first_long
      UNION SELECT gp.program_id FROM event_registration g JOIN event_registration_program gp
      ON gp.registration_id = g.id WHERE g.tenant_id = $FJORD AND g.lead_id = $first_long) asked
      JOIN program p ON p.id = asked.program_id ORDER BY p.title_fr;"
read -r dup_email dup_last dup_first dup_phone dup_country < <(sql -N "$db" -e "SELECT email_normalized,
    REPLACE(last_name, ' ', '_'), REPLACE(first_name, ' ', '_'), COALESCE(phone_e164, ''), country_of_residence
    FROM lead WHERE id = $first_long")
duplicates="SELECT o.id FROM lead o WHERE o.tenant_id = $FJORD AND o.id <> $first_long AND o.merged_into_id IS NULL
    AND (o.email_normalized = '$dup_email' OR (o.last_name = REPLACE('$dup_last', '_', ' ')
      AND o.first_name = REPLACE('$dup_first', '_', ' ') AND (o.phone_e164 = '$dup_phone'
      OR (o.country_of_residence = '$dup_country' AND EXISTS (SELECT 1 FROM routed_inquiry mine
          JOIN inquiry mi ON mi.id = mine.inquiry_id, routed_inquiry theirs JOIN inquiry ti ON ti.id = theirs.inquiry_id
          WHERE mine.tenant_id = $FJORD AND theirs.tenant_id = $FJORD AND mine.lead_id = $first_long
            AND theirs.lead_id = o.id AND mi.birth_year = ti.birth_year)))))
    ORDER BY o.last_inquiry_at DESC LIMIT 20"
echo "The lead page's possible duplicates (same e-mail, or same name and phone, or same name, country and year of birth):"
sql -t "$db" -e "EXPLAIN $duplicates"
echo "Timings of the same statements, one at a time, no load (MariaDB's profiler):"
sql "$db" -e "
  SET profiling = 1;
  SELECT l.id FROM lead l WHERE l.tenant_id = $FJORD AND l.merged_into_id IS NULL AND l.stage = 'CONTACTED'
    AND l.country_of_residence = 'SN' ORDER BY l.last_inquiry_at DESC, l.id DESC LIMIT 25;
  SELECT COUNT(*) FROM (SELECT 1 FROM lead l WHERE l.tenant_id = $FJORD AND l.merged_into_id IS NULL
      AND l.stage = 'CONTACTED' AND l.country_of_residence = 'SN' LIMIT 10001) c;
  SELECT l.stage, COUNT(*) FROM lead l WHERE l.tenant_id = $FJORD AND l.merged_into_id IS NULL GROUP BY l.stage;
  SELECT e.id FROM lead_event e WHERE e.tenant_id = $FJORD AND e.lead_id = $first_long
    ORDER BY e.occurred_at DESC, e.id DESC LIMIT 20;
  $duplicates;
  SHOW PROFILES;" | awk -F'\t' '$1 ~ /^[0-9]+$/ && $2 ~ /^[0-9]+\.[0-9]+$/ && $3 ~ /^SELECT/ {
      printf "%.1f ms  %s\n", $2 * 1000, substr($3, 1, 110)}'
fi

# Reports (/admin/reports.xhtml): the recruiter's centre, then the coordinator across every centre, each with up to
# three filters, a breakdown, "as of" a past date or the furthest-stage counting; then MariaDB's own time for each
# statement of one report of each kind (its slow log, at 0 s, for the few seconds of those requests), and the lead
# list's whole export as a workbook with the server's heap after each collection meanwhile.
year="from=2025-11-27&to=2026-11-26"
reports=("$year" "$year&country=SN" "$year&source=FAIR&country=MA&breakdown=program"
  "from=2026-05-27&to=2026-11-26&asOf=2026-08-31&counting=FURTHEST" "$year&breakdown=country"
  "$year&recruiter=OWNER&program=PROGRAM&country=SN" "$year&breakdown=source&counting=FURTHEST"
  "from=2023-11-27&to=2026-11-26")
reports=("${reports[@]//OWNER/$owner}")
reports=("${reports[@]//PROGRAM/$program}")
load "Reports of the CSS du Fjord (eight reports in turn)" /admin/reports.xhtml \
    "$(paths "/admin/reports.xhtml?" "${reports[@]}")"
recruiter_cookie=$cookie
cookie=$(sign_in admin@coordination.demo)
load "Reports of the coordinator, every centre apart (eight reports in turn, and one with the centre filter)" \
    /admin/reports.xhtml \
    "$(paths "/admin/reports.xhtml?" "${reports[@]}" "$year&centre=$FJORD")"
echo "MariaDB's own time for each statement of one report, no load (slow log at 0 s for these requests only):"
read -r was_output was_long was_slow < <(sql -N -e "SELECT @@log_output, @@long_query_time, @@slow_query_log")
sql -e "SET GLOBAL log_output = 'TABLE'; SET GLOBAL long_query_time = 0; TRUNCATE mysql.slow_log;
        SET GLOBAL slow_query_log = 1"
# A connection keeps the long_query_time it was opened with: the pool's are opened again to take the new one.
"$server/bin/jboss-cli.sh" -c --controller=127.0.0.1:$((9990 + OFFSET)) \
    --command="/subsystem=datasources/data-source=TremplinDS:flush-all-connection-in-pool" > /dev/null
for q in "$year" "$year&source=FAIR&country=MA&breakdown=program"; do
    # A statement still running when its request is given up is not in the log: two minutes each at most.
    curl -s -o /dev/null --max-time 120 -H "$recruiter_cookie" "$URL/admin/reports.xhtml?$q" || true
    curl -s -o /dev/null --max-time 120 -H "$cookie" "$URL/admin/reports.xhtml?$q" || true
done
sql -e "SET GLOBAL slow_query_log = $was_slow; SET GLOBAL long_query_time = $was_long; SET GLOBAL log_output = '$was_output'"
sql -N -e "SELECT CONCAT(ROUND(TIME_TO_SEC(query_time) * 1000, 1), ' ms  rows examined ', rows_examined, '  ',
        LEFT(REPLACE(CONVERT(sql_text USING utf8mb4), '\n', ' '), 160))
    FROM mysql.slow_log WHERE db = '$db' AND (sql_text LIKE '%lead_stage_change%' OR sql_text LIKE '%lead_funnel%' OR sql_text LIKE '%lead_stay%'
        OR sql_text LIKE '%from lead %' OR sql_text LIKE '%from \`lead\` %' OR sql_text LIKE '%from routed_inquiry %'
        OR sql_text LIKE '%from event %')
    ORDER BY start_time" || true
# The plans of the four slowest statements that read the leads' stages (their summary or their history).
sql -N -e "SELECT REPLACE(CONVERT(sql_text USING utf8mb4), '\n', ' ') FROM mysql.slow_log WHERE db = '$db'
    AND (sql_text LIKE '%lead_stage_change%' OR sql_text LIKE '%lead_funnel%' OR sql_text LIKE '%lead_stay%') ORDER BY query_time DESC LIMIT 4" \
    > "$WORK/slowest.sql" || true
while IFS= read -r statement; do
    echo "Plan of: ${statement:0:300}"
    sql -t "$db" -e "EXPLAIN $statement" || true
done < "$WORK/slowest.sql"
sql -e "TRUNCATE mysql.slow_log"

echo "The CSS du Fjord's whole lead list as a workbook (leads-export?format=xlsx), as its recruiter:"
gc_before=$(wc -l < "$WORK/gc.log")
curl -s -o "$WORK/leads.xlsx" -w 'HTTP %{http_code}, %{size_download} bytes, first byte after %{time_starttransfer} s, all in %{time_total} s\n' \
    -H "$recruiter_cookie" "$URL/admin/leads-export?format=xlsx"
echo "rows in the workbook: $(unzip -p "$WORK/leads.xlsx" xl/worksheets/sheet1.xml | grep -o '<row ' | wc -l) (with its header)"
echo "server heap after each collection during the export (MB): $(tail -n +"$gc_before" "$WORK/gc.log" \
    | grep -o 'Pause[^)]*) [0-9]*M->[0-9]*M' | sed -E 's/.*->([0-9]+)M/\1/' | tr '\n' ' ')"
