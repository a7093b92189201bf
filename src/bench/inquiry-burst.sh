#!/usr/bin/env bash
# The campaign-burst benchmark of information requests, on MariaDB with demo data:
#   1. Gatling (src/bench/load), open model: API submissions at a steady 150/s and submissions through the
#      real French form page (page load + post with its view state) at 30/s, for 180 s, every one a new person;
#   2. every request counted in the database (exactly once each), the lag of its routing to the centres (the
#      router works a moment after the answer), and every acknowledgement counted at a real SMTP server
#      (GreenMail, src/bench/load MailSink) once the outbox has drained;
#   3. saturation: wrk, 20 connections, 30 s, on POST /api/inquiries and on a trivial endpoint of the same
#      server that inserts one row (src/bench/ceiling), the ceiling.
#
#   src/bench/inquiry-burst.sh [seconds, default 180] [API per second, default 150] [form per second, default 30]
#                              [seconds of a warm-up round, default 60] [most warm-up rounds, default 10]
#
# The warm-up sends the same mix first, to addresses the count leaves out, in rounds, until the JIT compiler has
# compiled the server's hot code: a server that has just started runs its code interpreted and answers about a
# tenth of its warm rate in the first seconds (measured: 21 requests/s in the first ten seconds), which a server in
# service never does. On two cores the one optimising compiler thread needs several minutes of this load to finish
# (measured: 25 s of compilation in a 20 s window after three minutes of load, as much as a core), and while it
# works it takes a core from the server. A round ends the warm-up when the compiler worked less than 5 s in it
# (jstat's compile time). The burst's own compile time is reported with its results.
#
# Needs: wrk (apt-get install wrk), MariaDB on 127.0.0.1:3306 (root, no password).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=src/bench/bench-database.sh
. src/bench/bench-database.sh
seconds=${1:-180}
api_rate=${2:-150}
form_rate=${3:-30}
warmup=${4:-60}
most_rounds=${5:-10}
smtp_port=2525
domain=bench.tremplin.test
[ -f target/tremplin.war ] && [ -d target/server ] || mvn -B -q -DskipTests package
mvn -B -q -f src/bench/ceiling/pom.xml package
mvn -B -q -f src/bench/load/pom.xml test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt

db=tremplin_bench_inquiries
create_bench_database "$db"

server=target/bench-server-inquiries
rm -rf "$server" && cp -r target/server "$server"
cp target/tremplin.war "$server/standalone/deployments/ROOT.war"
cp src/bench/ceiling/target/ceiling.war "$server/standalone/deployments/ceiling.war"
log="$server/standalone/log/server.log"

mail_count=target/bench-mail-count
rm -f "$mail_count"
java -Xmx2g -cp "src/bench/load/target/classes:$(cat src/bench/load/target/classpath.txt)" tremplin.load.MailSink \
    "$smtp_port" "$mail_count" "$domain" > target/bench-mail-sink.log 2>&1 &
mail_sink=$!
stop() {
    "$server/bin/jboss-cli.sh" --connect --command=:shutdown > /dev/null 2>&1 || true
    kill "$mail_sink" 2> /dev/null || true
}
trap stop EXIT

export TREMPLIN_DB_URL="jdbc:mysql://127.0.0.1:3306/$db?useUnicode=true&characterEncoding=UTF-8"
export TREMPLIN_DB_USER=tremplin_bench TREMPLIN_DB_PASSWORD=bench-local-only TREMPLIN_DEMO_DATA=true
export TREMPLIN_SMTP_HOST=127.0.0.1 TREMPLIN_SMTP_PORT=$smtp_port TREMPLIN_OUTBOX_PERIOD_SECONDS=1
# The load comes from one address; the per-address brake is for robots, not for this test.
export TREMPLIN_INQUIRY_PER_IP_PER_HOUR=100000000
# G1, the JVM's own choice on a machine of two cores or more: the serial collector stopped the server for 30 to
# 135 ms every two seconds of the burst (young collections of a 140 MB young generation), which every request in
# flight waited out. BENCH_GC=-XX:+UseSerialGC measures the other way.
JAVA_OPTS="-Xms1g -Xmx1g ${BENCH_GC:--XX:+UseG1GC} -Djava.net.preferIPv4Stack=true ${BENCH_JAVA_OPTS:-}" \
    "$server/bin/standalone.sh" > /dev/null 2>&1 &
for _ in $(seq 1 300); do
    curl -fs -o /dev/null http://127.0.0.1:8080/fr/information && break
    sleep 1
done
curl -fs -o /dev/null http://127.0.0.1:8080/fr/information
# The ceiling's table, once the application's migrations have run (Flyway wants an empty schema first).
mysql --protocol=TCP -h 127.0.0.1 -u root -e \
    "CREATE TABLE $db.bench_ceiling (id BIGINT AUTO_INCREMENT PRIMARY KEY, created_at TIMESTAMP(6) NOT NULL)"
programs=$(mysql --protocol=TCP -h 127.0.0.1 -u root -N -e "SELECT GROUP_CONCAT(id) FROM (SELECT p.id FROM $db.program p
  JOIN $db.tenant t ON t.id = p.tenant_id WHERE p.status = 'PUBLISHED' AND t.active ORDER BY p.id LIMIT 40) x")
run=$(date +%s)
count() { mysql --protocol=TCP -h 127.0.0.1 -u root -N -e "$1"; }

server_pid=$(pgrep -f "$server/jboss-modules.jar" | head -1)
# Seconds the server's JIT compilers have worked since it started.
compile_seconds() { jstat -compiler "$server_pid" | awk 'NR == 2 { print $4 }'; }
if [ "$warmup" -gt 0 ]; then
    for round in $(seq 1 "$most_rounds"); do
        compiled_before=$(compile_seconds)
        mvn -B -q -f src/bench/load/pom.xml gatling:test -Dgatling.simulationClass=tremplin.load.InquiryBurstSimulation \
            -DbaseUrl=http://127.0.0.1:8080 -Drun="warmup-$run-$round" -DprogramIds="$programs" -Dseconds="$warmup" \
            -DapiRate="$api_rate" -DformRate="$form_rate" -Ddomain=warmup.test > /dev/null 2>&1 || true
        while [ "$(count "SELECT (SELECT COUNT(*) FROM $db.inquiry WHERE routed_at IS NULL)
                         + (SELECT COUNT(*) FROM $db.outbox_message WHERE status = 'PENDING')")" != "0" ]; do
            sleep 2
        done
        compiled=$(echo "$(compile_seconds) - $compiled_before" | bc)
        echo "Warm-up round $round: the same mix for ${warmup} s, not counted; JIT compilation ${compiled} s"
        [ "$(echo "$compiled < 5" | bc)" = 1 ] && break
    done
fi

log_from=$(wc -l < "$log")
compiled_before=$(compile_seconds)
echo "Burst: ${api_rate}/s API + ${form_rate}/s form for ${seconds} s (run $run)"
mvn -B -q -f src/bench/load/pom.xml gatling:test -Dgatling.simulationClass=tremplin.load.InquiryBurstSimulation \
    -DbaseUrl=http://127.0.0.1:8080 -Drun="$run" -DprogramIds="$programs" -Dseconds="$seconds" \
    -DapiRate="$api_rate" -DformRate="$form_rate" -Ddomain="$domain" 2>&1 \
    | sed -n '/Global Information/,/^=====.*$/p' | tail -n +1 || true
echo "JIT compilation during the burst: $(echo "$(compile_seconds) - $compiled_before" | bc) s"
# Requests that the load tool gave up on may still be in the server's hands: count once nothing more arrives.
stored=-1
while true; do
    now_stored=$(count "SELECT COUNT(*) FROM $db.inquiry WHERE email_normalized LIKE '%-$run-%@$domain'")
    [ "$now_stored" = "$stored" ] && break
    stored=$now_stored
    sleep 2
done
load_ended=$(date +%s)
# Requests are routed by the router a moment after they are recorded: wait for the last, then the lag of each,
# from its arrival (kept to the second) to its routing.
while [ "$(count "SELECT COUNT(*) FROM $db.inquiry WHERE email_normalized LIKE '%-$run-%@$domain'
              AND routed_at IS NULL")" != "0" ]; do
    sleep 1
done
echo "All routed $(( $(date +%s) - load_ended )) s after the load ended; routing lag (s) p50, p99, max:"
count "SELECT DISTINCT
         PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY TIMESTAMPDIFF(MICROSECOND, received_at, routed_at)) OVER () / 1e6,
         PERCENTILE_DISC(0.99) WITHIN GROUP (ORDER BY TIMESTAMPDIFF(MICROSECOND, received_at, routed_at)) OVER () / 1e6,
         MAX(TIMESTAMPDIFF(MICROSECOND, received_at, routed_at)) OVER () / 1e6
       FROM $db.inquiry WHERE email_normalized LIKE '%-$run-%@$domain'"
count "SELECT 'parts for the centres', COUNT(*), 'assigned to a recruiter', COUNT(r.assigned_to)
       FROM $db.routed_inquiry r JOIN $db.inquiry i ON i.id = r.inquiry_id
       WHERE i.email_normalized LIKE '%-$run-%@$domain'"
echo "Server side, from the access log of the burst (ms):"
tail -n +"$((log_from + 1))" "$log" | python3 -c '
import re, sys
times = {}
for line in sys.stdin:
    m = re.search(r"ca\.tremplin\.access\] \([^)]*\) (\S+) (\S+) status=(\d+) duration_ms=([\d.]+)", line)
    if m:
        times.setdefault(m.group(1) + " " + m.group(2).split("?")[0], []).append(float(m.group(4)))
for what, values in sorted(times.items()):
    values.sort()
    pick = lambda q: values[min(len(values) - 1, int(q * len(values)))]
    print(f"  {what}: n={len(values)} p50={pick(.5):.1f} p95={pick(.95):.1f} p99={pick(.99):.1f} max={values[-1]:.1f}")
'
echo "Stored, by channel (requests / distinct e-mails / leads):"
count "SELECT channel, COUNT(*), COUNT(DISTINCT email_normalized) FROM $db.inquiry
       WHERE email_normalized LIKE '%-$run-%@$domain' GROUP BY channel"
count "SELECT 'leads', COUNT(DISTINCT email_normalized) FROM $db.lead WHERE email_normalized LIKE '%-$run-%@$domain'"

drain_started=$(date +%s)
# Until every acknowledgement has arrived, or only messages the mail server refused remain, waiting for their
# next attempt (the outbox backs off up to an hour): those are reported with their error.
for _ in $(seq 1 1200); do
    read -r messages recipients < "$mail_count" || true
    [ "${recipients:-0}" -ge "$stored" ] && break
    [ "$(count "SELECT COUNT(*) FROM $db.outbox_message WHERE status = 'PENDING' AND attempts = 0")" = "0" ] \
        && [ "$(count "SELECT COUNT(*) FROM $db.inquiry WHERE routed_at IS NULL")" = "0" ] && break
    sleep 1
done
sleep 2  # the sink writes its count every second
read -r messages recipients < "$mail_count" || true
count "SELECT 'waiting for another attempt', recipient, attempts, LEFT(last_error, 120) FROM $db.outbox_message
       WHERE status = 'PENDING' AND attempts > 0"
echo "Acknowledgements at the SMTP server: ${messages:-0} messages to ${recipients:-0} recipients for $stored requests;" \
     "drained $(( $(date +%s) - drain_started )) s after the load ended"
count "SELECT status, COUNT(*) FROM $db.outbox_message GROUP BY status"

echo "Saturation, 20 connections, 30 s: POST /api/inquiries (answered; routed after, as in the burst)"
WRK_RUN="$run" wrk -t2 -c20 -d30s -s src/bench/inquiry-post.lua http://127.0.0.1:8080/api/inquiries | tail -1
# The requests just answered are routed and acknowledged after their answers: the ceiling is measured once that
# work is done, not beside it.
while [ "$(count "SELECT (SELECT COUNT(*) FROM $db.inquiry WHERE routed_at IS NULL)
                 + (SELECT COUNT(*) FROM $db.outbox_message WHERE status = 'PENDING' AND attempts = 0)")" != "0" ]; do
    sleep 1
done
echo "Ceiling, same server: POST /ceiling/rows (inserts one row)"
WRK_METHOD=POST wrk -t2 -c20 -d30s -s src/bench/percentiles.lua http://127.0.0.1:8080/ceiling/rows | tail -1
count "SELECT 'ceiling rows', COUNT(*) FROM $db.bench_ceiling"
