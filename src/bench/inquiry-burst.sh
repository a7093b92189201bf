#!/usr/bin/env bash
# A burst of information requests, as after a webinar: wrk POSTs JSON to /api/inquiries at a steady rate
# (each connection waits RATE_DELAY_MS between requests: 20 connections x 100 ms = about 200 requests/s offered),
# then the same connections on a trivial endpoint (a static file) for comparison, and what was recorded.
# Rate limits are lifted for the run (every request comes from 127.0.0.1).
#
#   src/bench/inquiry-burst.sh [seconds, default 30] [connections, default 20]
#
# Needs: a built application (mvn -DskipTests package), wrk (apt-get install wrk), MariaDB on 127.0.0.1:3306.
# Uses port 8080: stop anything else listening there first.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-30}
connections=${2:-20}
[ -f target/tremplin.war ] && [ -d target/server ] || mvn -B -q -DskipTests package

db=tremplin_bench_inquiry
mysql --protocol=TCP -h 127.0.0.1 -u root -e "
  DROP DATABASE IF EXISTS $db;
  CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS 'tremplin_bench'@'localhost' IDENTIFIED BY 'bench-local-only';
  CREATE USER IF NOT EXISTS 'tremplin_bench'@'%' IDENTIFIED BY 'bench-local-only';
  GRANT ALL ON $db.* TO 'tremplin_bench'@'localhost';
  GRANT ALL ON $db.* TO 'tremplin_bench'@'%';"

server=target/bench-inquiry-server
rm -rf "$server" && cp -r target/server "$server"
cp target/tremplin.war "$server/standalone/deployments/ROOT.war"
export TREMPLIN_DB_URL="jdbc:mysql://127.0.0.1:3306/$db?useUnicode=true&characterEncoding=UTF-8"
export TREMPLIN_DB_USER=tremplin_bench TREMPLIN_DB_PASSWORD=bench-local-only TREMPLIN_DEMO_DATA=true
export TREMPLIN_INQUIRY_PER_IP_PER_HOUR=100000000 TREMPLIN_INQUIRY_PER_EMAIL_PER_HOUR=100000000
# No SMTP server here: acknowledgements stay in the outbox, which is what a mail outage during a burst looks like.
export TREMPLIN_SMTP_PORT=1
export JAVA_OPTS="-Xms512m -Xmx1g -XX:+UseSerialGC -Djava.net.preferIPv4Stack=true"
"$server/bin/standalone.sh" > /dev/null 2>&1 &
for _ in $(seq 1 600); do
    curl -fs -o /dev/null http://127.0.0.1:8080/fr/information && break
    sleep 1
done

export PROGRAM_ID=$(mysql --protocol=TCP -h 127.0.0.1 -u root -N -e \
  "SELECT MIN(id) FROM $db.program WHERE status = 'PUBLISHED'")
static='/jakarta.faces.resource/css/tremplin.css.xhtml'
echo "Warm-up (10 s)"
wrk -t2 -c"$connections" -d10s -s src/bench/inquiry-burst.lua http://127.0.0.1:8080 > /dev/null
before=$(mysql --protocol=TCP -h 127.0.0.1 -u root -N -e "SELECT COUNT(*) FROM $db.inquiry")
echo "POST /api/inquiries, $connections connections, ${RATE_DELAY_MS:-100} ms between requests each, ${duration} s"
wrk -t2 -c"$connections" -d"${duration}s" -s src/bench/inquiry-burst.lua http://127.0.0.1:8080 | tail -1
echo "Trivial endpoint for comparison: GET $static"
wrk -t2 -c"$connections" -d"${duration}s" -s src/bench/percentiles.lua "http://127.0.0.1:8080$static" | tail -1
mysql --protocol=TCP -h 127.0.0.1 -u root -N -e "
  SELECT 'requests recorded in the run', COUNT(*) - $before FROM $db.inquiry UNION ALL
  SELECT 'per-centre parts', COUNT(*) FROM $db.routed_inquiry UNION ALL
  SELECT 'acknowledgements queued', COUNT(*) FROM $db.outbox_message WHERE status = 'PENDING' UNION ALL
  SELECT 'duplicate idempotency keys', COUNT(*) - COUNT(DISTINCT idempotency_key) FROM $db.inquiry"

"$server/bin/jboss-cli.sh" --connect --command=:shutdown > /dev/null
wait
