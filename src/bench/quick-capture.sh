#!/usr/bin/env bash
# The quick capture at a fair: 20 recruiters capturing people at once, each on their own signed-in session.
#
# Starts its own server (a copy of target/server, ports moved by BENCH_PORT_OFFSET, default 320:
# http://127.0.0.1:8400) on its own MariaDB database with the demo data, signs in 20 sessions (the CSS du Fjord's
# admin and three recruiters, in turn), then wrk — one thread and one connection per session — posts new people to
# POST /api/staff/events/{id}/captures of the demo's Paris fair, as the capture page's script does, each with
# programs of interest. The page itself is ready for the next person as soon as the entry is kept on the device;
# what the recruiter waits on is the server's answer, measured by wrk and, server side, by the access log
# (duration_ms). A warm-up run comes first; then saturation (no pause between saves) and a brisk pace (a save per
# recruiter per second, still faster than anyone types a name, an e-mail and a phone).
#
#   src/bench/quick-capture.sh [seconds, default 60]
#
# Needs curl, wrk, python3 and MariaDB on 127.0.0.1:3306 (root, no password).
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-60}
SESSIONS=20
OFFSET=${BENCH_PORT_OFFSET:-320}
ACCOUNTS=(admin@css-du-fjord.demo recruteur1@css-du-fjord.demo recruteur2@css-du-fjord.demo recruteur3@css-du-fjord.demo)
# shellcheck source=src/bench/demo-server.sh
. src/bench/demo-server.sh
start_demo_server capture "$OFFSET"
log=$SERVER_LOG

cookies=""
for i in $(seq 0 $((SESSIONS - 1))); do
    cookies="$cookies $(sign_in "${ACCOUNTS[$((i % ${#ACCOUNTS[@]}))]}" "$WORK/cookies-$i")"
done
EVENT=$(mysql --protocol=TCP -h 127.0.0.1 -u root -N -e "SELECT id FROM $db.event WHERE title_fr LIKE 'Salon%Paris'")
FJORD=$(mysql --protocol=TCP -h 127.0.0.1 -u root -N -e "SELECT tenant_id FROM $db.event WHERE id = $EVENT")
PROGRAMS=$(mysql --protocol=TCP -h 127.0.0.1 -u root -N -e "SELECT GROUP_CONCAT(id) FROM (SELECT id FROM $db.program
  WHERE tenant_id = $FJORD AND status = 'PUBLISHED' ORDER BY id LIMIT 2) p")
endpoint="$URL/api/staff/events/$EVENT/captures"
echo "$SESSIONS signed-in sessions; fair #$EVENT; programs of interest [$PROGRAMS]; $endpoint"

export WRK_COOKIES="$cookies" WRK_PROGRAMS="$PROGRAMS"
WRK_RUN=warm wrk -t$SESSIONS -c$SESSIONS -d15s -s src/bench/quick-capture.lua "$endpoint" > /dev/null
measure() { # label pause-ms
    local before
    before=$(wc -l < "$log")
    echo "$1, $SESSIONS recruiters at once, ${duration} s:"
    WRK_RUN="run$2" WRK_PAUSE_MS="$2" wrk -t$SESSIONS -c$SESSIONS -d"${duration}s" -s src/bench/quick-capture.lua \
        "$endpoint" | tail -1
    tail -n +"$((before + 1))" "$log" | grep "POST /api/staff/events/$EVENT/captures status=" \
        | sed -E 's/.*status=([0-9]+) duration_ms=([0-9.]+).*/\1 \2/' > "$WORK/durations"
    echo "  statuses: $(cut -d' ' -f1 "$WORK/durations" | sort | uniq -c | tr '\n' ' ')"
    cut -d' ' -f2 "$WORK/durations" | sort -n | awk '{a[NR]=$1} END {printf "  server side: count=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f\n", NR, a[int(NR*0.5)], a[int(NR*0.95)], a[int(NR*0.99)], a[NR]}'
}
measure "Saturation: each recruiter saves the next person as soon as the last one is answered" 0
measure "Brisk pace: each recruiter saves a person every second (people take far longer to type)" 1000
mysql --protocol=TCP -h 127.0.0.1 -u root -N -e "
  SELECT 'captured people recorded (run + warm-up)', COUNT(*), 'distinct e-mails', COUNT(DISTINCT email_normalized)
    FROM $db.event_registration WHERE event_id = $EVENT AND channel = 'CAPTURE' AND email LIKE '%@capture.bench.test';
  SELECT 'programs of interest recorded', COUNT(*) FROM $db.event_registration_program rp
    JOIN $db.event_registration r ON r.id = rp.registration_id WHERE r.event_id = $EVENT"
