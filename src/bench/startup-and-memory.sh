#!/usr/bin/env bash
# Measures how long the server takes to start with Tremplin deployed, and its memory (resident set size) when
# idle and after a load. Runs against the local MariaDB (127.0.0.1:3306, root) in a database of its own.
#
#   src/bench/startup-and-memory.sh [runs]        (default 3 runs; the first one migrates and loads demo data)
#
# Needs: a built application (mvn -DskipTests package), wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=src/bench/bench-database.sh
. src/bench/bench-database.sh
runs=${1:-3}
[ -f target/tremplin.war ] && [ -d target/server ] || mvn -B -q -DskipTests package

db=tremplin_bench
create_bench_database "$db"

server=target/bench-server
rm -rf "$server" && cp -r target/server "$server"
cp target/tremplin.war "$server/standalone/deployments/ROOT.war"
export TREMPLIN_DB_URL="jdbc:mysql://127.0.0.1:3306/$db?useUnicode=true&characterEncoding=UTF-8"
export TREMPLIN_DB_USER=tremplin_bench TREMPLIN_DB_PASSWORD=bench-local-only TREMPLIN_DEMO_DATA=true
export JAVA_OPTS="-Xms256m -Xmx1g -XX:+UseSerialGC -Djava.net.preferIPv4Stack=true"

rss_mb() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }

echo "| run | started in (ms, WildFly's own figure) | ready (s, from launch to /health/ready UP) | RSS idle (MB) |"
echo "| --- | --- | --- | --- |"
for run in $(seq 1 "$runs"); do
    log=$(mktemp)
    launched=$(date +%s.%N)
    "$server/bin/standalone.sh" > "$log" 2>&1 &
    for _ in $(seq 1 900); do
        curl -fs http://127.0.0.1:9990/health/ready >/dev/null 2>&1 && break
        sleep 0.2
    done
    ready=$(echo "$(date +%s.%N) - $launched" | bc)
    started=$(grep -o 'started in [0-9]*ms' "$log" | grep -o '[0-9]*')
    pid=$(pgrep -f "jboss-modules.jar.*$(realpath $server)" | head -1)
    idle=$(rss_mb "$pid")
    printf '| %s | %s | %.1f | %s |\n' "$run" "$started" "$ready" "$idle"
    if [ "$run" = "$runs" ]; then
        echo
        echo "Load: wrk, 2 threads, 20 connections, 30 s, on / (public home page, one query) and /signin.xhtml"
        wrk -t2 -c20 -d30s --latency http://127.0.0.1:8080/ | grep -E 'Requests/sec|50%|99%'
        wrk -t2 -c20 -d30s --latency http://127.0.0.1:8080/signin.xhtml | grep -E 'Requests/sec|50%|99%'
        echo "RSS after load: $(rss_mb "$pid") MB"
    fi
    "$server/bin/jboss-cli.sh" --connect --command=:shutdown >/dev/null
    wait
    rm -f "$log"
done
