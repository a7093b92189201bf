#!/usr/bin/env bash
# Times the import of attendee lists of 100,000 and 1,000,000 rows into an event of a running Tremplin, and a plain
# JDBC batch insert of as many rows as the ceiling the database allows.
#
# Starts its own server (a copy of target/server, ports moved by BENCH_PORT_OFFSET, default 200: http://127.0.0.1:8280) on its own MariaDB
# database with the demo data, signs in as a demo recruiter, imports each generated file into the demo's Paris fair
# through POST /api/staff/events/{id}/imports (the batch job the import page starts), and waits for the report.
#
#   src/bench/import.sh [rows...]          (default: 100000 1000000)
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
URL=http://127.0.0.1:$((8080 + OFFSET))
EMAIL=recruteur1@css-du-fjord.demo
PASSWORD=Tremplin-demo-2026
db=tremplin_bench_import
WORK=$(mktemp -d)
server=target/bench-server-import
[ -f target/tremplin.war ] && [ -d target/server ] || mvn -B -q -DskipTests package
mysql --protocol=TCP -h 127.0.0.1 -u root -e "
  DROP DATABASE IF EXISTS $db;
  CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS 'tremplin_bench'@'localhost' IDENTIFIED BY 'bench-local-only';
  CREATE USER IF NOT EXISTS 'tremplin_bench'@'%' IDENTIFIED BY 'bench-local-only';
  GRANT ALL ON $db.* TO 'tremplin_bench'@'localhost';
  GRANT ALL ON $db.* TO 'tremplin_bench'@'%';"
rm -rf "$server" && cp -r target/server "$server"
cp target/tremplin.war "$server/standalone/deployments/ROOT.war"
export TREMPLIN_DB_URL="jdbc:mysql://127.0.0.1:3306/$db?useUnicode=true&characterEncoding=UTF-8"
export TREMPLIN_DB_USER=tremplin_bench TREMPLIN_DB_PASSWORD=bench-local-only TREMPLIN_DEMO_DATA=true
export TREMPLIN_SMTP_HOST=127.0.0.1 TREMPLIN_SMTP_PORT=1 TREMPLIN_BASE_URL=$URL
export TREMPLIN_DATA_DIR="$WORK/data"
export JAVA_OPTS="-Xms512m -Xmx1g -XX:+UseSerialGC -Djava.net.preferIPv4Stack=true -Xlog:gc:file=$WORK/gc.log"
if curl -s -o /dev/null "$URL/"; then
    echo "Something already answers at $URL: choose another BENCH_PORT_OFFSET" >&2
    exit 1
fi
"$server/bin/standalone.sh" -Djboss.socket.binding.port-offset=$OFFSET > "$WORK/server.out" 2>&1 &
server_pid=$!
# Stops this script's own server only (standalone.sh passes the signal to its java), never another one.
stop_server() {
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    rm -rf "$WORK"
}
trap stop_server EXIT
for _ in $(seq 1 300); do
    curl -fs -o /dev/null "$URL/fr/evenements" && break
    sleep 1
done

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

sign_in() {
    local page state
    page=$(curl -s -c "$WORK/cookies" -b "$WORK/cookies" "$URL/signin.xhtml")
    state=$(printf '%s' "$page" | sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
    curl -s -o /dev/null -c "$WORK/cookies" -b "$WORK/cookies" -L "$URL/signin.xhtml" \
        --data-urlencode "signin=signin" --data-urlencode "signin:email=$EMAIL" \
        --data-urlencode "signin:password=$PASSWORD" --data-urlencode "signin:submit=" \
        --data-urlencode "jakarta.faces.ViewState=$state"
}

import_file() { # file → seconds
    local started id status
    started=$(date +%s.%N)
    id=$(curl -s -b "$WORK/cookies" -H "Content-Type: text/csv" -H "X-File-Name: $(basename "$1")" \
        --data-binary @"$1" "$URL/api/staff/events/$EVENT/imports" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    while :; do
        status=$(curl -s -b "$WORK/cookies" "$URL/api/staff/imports/$id")
        case "$status" in *COMPLETED*|*FAILED*) break ;; esac
        sleep 1
    done
    echo "$status" > "$WORK/last-status.json"
    python3 -c "print(f'{$(date +%s.%N) - $started:.1f}')"
}

sign_in
EVENT=$(mysql --protocol=TCP -h 127.0.0.1 -u root -N -e "SELECT id FROM $db.event WHERE title_fr LIKE 'Salon%Paris'")
CONNECTOR=$(find ~/.m2/repository/com/mysql/mysql-connector-j -name 'mysql-connector-j-*.jar' | sort | tail -1)

heap_during() { # first line of the GC log to read → "peak heap used N MB, live after GC at most M MB"
    python3 - "$WORK/gc.log" "$1" <<'PY'
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
    gc_from=$(wc -l < "$WORK/gc.log")
    seconds=$(import_file "$file")
    echo "import of $rows rows ($(du -m "$file" | cut -f1) MB) through the batch job: ${seconds} s ($(python3 -c "print(int($rows / $seconds))") rows/s) — $(cat "$WORK/last-status.json")"
    echo "server heap during that import: $(heap_during "$gc_from")"
    java -cp "$CONNECTOR" src/bench/JdbcCeiling.java "jdbc:mysql://127.0.0.1:3306/$db" tremplin_bench bench-local-only "$rows"
done
