#!/usr/bin/env bash
# Times the import of attendee lists of 100,000 and 1,000,000 rows into an event of a running Tremplin, and a plain
# JDBC batch insert of as many rows as the ceiling the database allows.
#
# Starts its own server (a copy of target/server, ports moved by BENCH_PORT_OFFSET, default 200: http://127.0.0.1:8280) on its own MariaDB
# database with the demo data, signs in as a demo recruiter, imports each generated file into the demo's Paris fair
# through POST /api/staff/events/{id}/imports (the batch job the import page starts), and waits for the report.
#
#   src/bench/import.sh [rows...]          (default: 100000 1000000)
#   BENCH_UNDO=1 src/bench/import.sh 1000000
#
# With BENCH_UNDO=1, the last import (all its people created) is then undone through POST
# /api/staff/imports/{id}/undo (the job the import page's button starts) and timed; its rows are put back from a copy
# taken before the undo, and a plain DELETE of the same rows (consents, timeline lines, registrations, leads, by
# their import_id; the leads' stage history and funnel summary rows go with them, ON DELETE CASCADE) is timed in the same database: the floor the undo is measured against. The duplicate check below
# is then left out (it would only find the people the undo removed).
#
# The server's heap is bounded (-Xmx1g); its garbage collector's log gives, for each import, the most heap in use
# (before a collection) and the most still live after one.
#
# Needs curl, python3, a JDK and MariaDB on 127.0.0.1:3306 (root, no password).
set -euo pipefail
cd "$(dirname "$0")/../.."
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(100000 1000000)
OFFSET=${BENCH_PORT_OFFSET:-200}
EMAIL=recruteur1@css-du-fjord.demo
# shellcheck source=src/bench/demo-server.sh
. src/bench/demo-server.sh
GC_LOG=$(mktemp)
start_demo_server import "$OFFSET" "-Xlog:gc:file=$GC_LOG"

generate() { # rows file
    python3 - "$1" "$2" <<'PY'
import sys, random
rows, path = int(sys.argv[1]), sys.argv[2]
countries = ["SN", "MA", "FR", "CI", "VN", "BR", "TN", "CM", "MX", "UA"]
random.seed(rows)
with open(path, "w", encoding="utf-8", newline="") as out:
    out.write("First Name,Last Name,Email,Phone,Country\r\n")
    for i in range(rows):
        out.write(f"Prénom{i},Nom{i},bench{i}.{rows}@exemple.bench,,{countries[i % len(countries)]}\r\n")
PY
}

import_file() { # file [event] → seconds
    local started id status
    started=$(date +%s.%N)
    id=$(curl -s -b "$WORK/cookies" -H "Content-Type: text/csv" -H "X-File-Name: $(basename "$1")" \
        --data-binary @"$1" "$URL/api/staff/events/${2:-$EVENT}/imports" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    while :; do
        status=$(curl -s -b "$WORK/cookies" "$URL/api/staff/imports/$id")
        case "$status" in *COMPLETED*|*FAILED*) break ;; esac
        sleep 1
    done
    echo "$status" > "$WORK/last-status.json"
    echo "$status" > "$WORK/last-import.json"
    python3 -c "print(f'{$(date +%s.%N) - $started:.1f}')"
}

sign_in "$EMAIL" "$WORK/cookies" > /dev/null
EVENT=$(mysql --protocol=TCP -h 127.0.0.1 -u root -N -e "SELECT id FROM $db.event WHERE title_fr LIKE 'Salon%Paris'")
CONNECTOR=$(find ~/.m2/repository/com/mysql/mysql-connector-j -name 'mysql-connector-j-*.jar' | sort | tail -1)

heap_during() { # first line of the GC log to read → "peak heap used N MB, live after GC at most M MB"
    python3 - "$GC_LOG" "$1" <<'PY'
import re, sys
lines = open(sys.argv[1]).read().splitlines()[int(sys.argv[2]):]
pairs = [tuple(map(int, m.groups())) for m in (re.search(r"(\d+)M->(\d+)M\((\d+)M\)", l) for l in lines) if m]
if pairs:
    print(f"peak heap used {max(p[0] for p in pairs)} MB, live after GC at most {max(p[1] for p in pairs)} MB,"
          f" heap size at most {max(p[2] for p in pairs)} MB ({len(pairs)} collections)")
else:
    print("no collection during the import")
PY
}

for rows in "${SIZES[@]}"; do
    file="$WORK/attendees-$rows.csv"
    generate "$rows" "$file"
    gc_from=$(wc -l < "$GC_LOG")
    seconds=$(import_file "$file")
    echo "import of $rows rows ($(du -m "$file" | cut -f1) MB) through the batch job: ${seconds} s ($(python3 -c "print(int($rows / $seconds))") rows/s) — $(cat "$WORK/last-status.json")"
    echo "server heap during that import: $(heap_during "$gc_from")"
    java -cp "$CONNECTOR" src/bench/JdbcCeiling.java "jdbc:mysql://127.0.0.1:3306/$db" tremplin_bench bench-local-only "$rows"
done

undo_import() { # import id → seconds
    local started status
    started=$(date +%s.%N)
    curl -s -b "$WORK/cookies" -X POST "$URL/api/staff/imports/$1/undo" > /dev/null
    while :; do
        status=$(curl -s -b "$WORK/cookies" "$URL/api/staff/imports/$1/undo")
        case "$status" in *UNDONE*) break ;; *'"stopped":true'*) echo "undo stopped: $status" >&2; break ;; esac
        sleep 1
    done
    echo "$status" > "$WORK/last-status.json"
    python3 -c "print(f'{$(date +%s.%N) - $started:.1f}')"
}

if [ "${BENCH_UNDO:-}" = 1 ]; then
    id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["id"])' "$WORK/last-import.json")
    rows=${SIZES[${#SIZES[@]}-1]}
    sql() { mysql --protocol=TCP -h 127.0.0.1 -u root -N "$db" -e "$1"; }
    # A copy of what the import wrote, to put back after the undo for the plain DELETE.
    sql "CREATE TABLE copy_lead AS SELECT * FROM lead WHERE import_id = $id;
         CREATE TABLE copy_registration AS SELECT * FROM event_registration WHERE import_id = $id;
         CREATE TABLE copy_event AS SELECT * FROM lead_event WHERE import_id = $id;
         CREATE TABLE copy_stage AS SELECT s.* FROM lead_stage_change s JOIN lead l ON l.id = s.lead_id
           WHERE l.import_id = $id;
         CREATE TABLE copy_funnel AS SELECT f.* FROM lead_funnel f JOIN lead l ON l.id = f.lead_id
           WHERE l.import_id = $id;
         CREATE TABLE copy_consent AS SELECT c.* FROM consent_record c JOIN event_registration r
           ON r.id = c.event_registration_id WHERE r.import_id = $id;"
    echo "rows of import $id: $(sql "SELECT CONCAT((SELECT COUNT(*) FROM copy_lead), ' leads, ',
      (SELECT COUNT(*) FROM copy_registration), ' registrations, ', (SELECT COUNT(*) FROM copy_event),
      ' timeline lines, ', (SELECT COUNT(*) FROM copy_consent), ' consents')")"
    gc_from=$(wc -l < "$GC_LOG")
    seconds=$(undo_import "$id")
    echo "undo of the import of $rows rows through the batch job: ${seconds} s — $(cat "$WORK/last-status.json")"
    echo "server heap during the undo: $(heap_during "$gc_from")"
    echo "left after the undo: $(sql "SELECT CONCAT((SELECT COUNT(*) FROM lead WHERE import_id = $id), ' leads, ',
      (SELECT COUNT(*) FROM event_registration WHERE import_id = $id), ' registrations, ',
      (SELECT COUNT(*) FROM lead_event WHERE import_id = $id), ' timeline lines')")"
    # The lead's columns but those the database computes (its search text, V48), which take no value.
    lead_columns=$(sql "SET SESSION group_concat_max_len = 8192; SELECT GROUP_CONCAT(CONCAT('\`', column_name, '\`') ORDER BY ordinal_position)
      FROM information_schema.columns WHERE table_schema = '$db' AND table_name = 'lead'
      AND extra NOT LIKE '%GENERATED%'")
    sql "INSERT INTO lead ($lead_columns) SELECT $lead_columns FROM copy_lead;
         INSERT INTO event_registration SELECT * FROM copy_registration;
         INSERT INTO lead_event SELECT * FROM copy_event; INSERT INTO consent_record SELECT * FROM copy_consent;
         INSERT INTO lead_stage_change SELECT * FROM copy_stage; INSERT INTO lead_funnel SELECT * FROM copy_funnel;"
    started=$(date +%s.%N)
    sql "DELETE c FROM consent_record c JOIN event_registration r ON r.id = c.event_registration_id
           WHERE r.import_id = $id;
         DELETE FROM lead_event WHERE import_id = $id;
         DELETE FROM event_registration WHERE import_id = $id;
         DELETE FROM lead WHERE import_id = $id;"
    echo "plain DELETE of the same rows (one statement per table, autocommit): $(python3 -c "print(f'{$(date +%s.%N) - $started:.1f}')") s"
    # BENCH_KEEP_COPY=1 leaves the copied rows in the database, to try other ways of deleting them by hand.
    [ "${BENCH_KEEP_COPY:-}" = 1 ] || sql "DROP TABLE copy_lead, copy_registration, copy_event, copy_consent, copy_stage, copy_funnel"
    exit 0
fi

# The largest file's people again, into another event of the centre: every row now joins an existing lead (found
# by e-mail among all the centre's leads, its details updated) — the duplicate check at full size.
OTHER=$(mysql --protocol=TCP -h 127.0.0.1 -u root -N -e "SELECT e.id FROM $db.event e JOIN $db.event p ON p.id = $EVENT
  WHERE e.tenant_id = p.tenant_id AND e.id <> p.id AND e.status = 'PUBLISHED' ORDER BY e.id LIMIT 1")
rows=${SIZES[${#SIZES[@]}-1]}
gc_from=$(wc -l < "$GC_LOG")
seconds=$(import_file "$WORK/attendees-$rows.csv" "$OTHER")
echo "the same $rows people into another event (all known leads): ${seconds} s ($(python3 -c "print(int($rows / $seconds))") rows/s) — $(cat "$WORK/last-status.json")"
echo "server heap during that import: $(heap_during "$gc_from")"
