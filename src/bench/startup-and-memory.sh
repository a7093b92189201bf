#!/usr/bin/env bash
# Measures how long the server takes to start with Tremplin deployed, and its memory (resident set size) when
# idle and after a load. Runs against the local MariaDB (127.0.0.1:3306, root) in a database of its own.
#
#   src/bench/startup-and-memory.sh [runs]        (default 3 runs; the first one migrates and loads demo data)
#
# BENCH_PORT_OFFSET moves the server's ports (default 0: 8080 and 9990) and names its database apart;
# BENCH_JAVA_OPTS adds JVM options; BENCH_JAVA_HOME runs the server on another JDK; BENCH_WAR deploys another build
# of the application than target/tremplin.war; BENCH_SERVER starts another provisioned server than target/server; BENCH_LOAD=no skips the load; BENCH_LOAD_ROUNDS=N repeats it N times
# (the first rounds after a start include the JIT's warm-up).
# Besides the time from launch to ready, it gives the CPU time the server's JVM used until then (user + system),
# which other processes sharing the cores inflate much less than the time.
# Needs: a built application (mvn -DskipTests package), wrk (apt-get install wrk) for the load.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=src/bench/bench-database.sh
. src/bench/bench-database.sh
runs=${1:-3}
offset=${BENCH_PORT_OFFSET:-0}
[ -f target/tremplin.war ] && [ -d target/server ] || mvn -B -q -DskipTests package

db=tremplin_bench${BENCH_PORT_OFFSET:+_$offset}
create_bench_database "$db"

server=target/bench-server
# -a keeps the files' times: a class data sharing archive (BENCH_JAVA_OPTS) checks them.
rm -rf "$server" && cp -a "${BENCH_SERVER:-target/server}" "$server"
cp "${BENCH_WAR:-target/tremplin.war}" "$server/standalone/deployments/ROOT.war"
export TREMPLIN_DB_URL="jdbc:mysql://127.0.0.1:3306/$db?useUnicode=true&characterEncoding=UTF-8"
export TREMPLIN_DB_USER=tremplin_bench TREMPLIN_DB_PASSWORD=bench-local-only TREMPLIN_DEMO_DATA=true
server_java_options="-Xms256m -Xmx1g -XX:+UseSerialGC -Djava.net.preferIPv4Stack=true ${BENCH_JAVA_OPTS:-}"
[ -n "${BENCH_JAVA_HOME:-}" ] && export JAVA_HOME=$BENCH_JAVA_HOME
http=http://127.0.0.1:$((8080 + offset))
health=http://127.0.0.1:$((9990 + offset))/health/ready

rss_mb() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }
cpu_s() { awk -v tck="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / tck }' "/proc/$1/stat"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "| run | started in (ms, WildFly's own figure) | ready (s, from launch to /health/ready UP) | CPU until ready (s) | RSS idle (MB) |"
echo "| --- | --- | --- | --- | --- |"
readies=() cpus=()
for run in $(seq 1 "$runs"); do
    log=$(mktemp)
    launched=$(date +%s.%N)
    JAVA_OPTS=$server_java_options "$server/bin/standalone.sh" -Djboss.socket.binding.port-offset="$offset" \
        > "$log" 2>&1 &
    for _ in $(seq 1 3000); do
        curl -fs "$health" >/dev/null 2>&1 && break
        sleep 0.2
    done
    ready=$(echo "$(date +%s.%N) - $launched" | bc)
    pid=$(pgrep -f "jboss-modules.jar.*$(realpath "$server")" | head -1)
    cpu=$(cpu_s "$pid")
    readies+=("$ready") cpus+=("$cpu")
    started=$(grep -o 'started in [0-9]*ms' "$log" | grep -o '[0-9]*' || echo '?')
    idle=$(rss_mb "$pid")
    printf '| %s | %s | %.1f | %s | %s |\n' "$run" "$started" "$ready" "$cpu" "$idle"
    if [ "$run" = "$runs" ] && [ "${BENCH_LOAD:-yes}" != no ]; then
        echo
        echo "Load: wrk, 2 threads, 20 connections, 30 s, on / (public home page, one query) and /signin.xhtml"
        for round in $(seq 1 "${BENCH_LOAD_ROUNDS:-1}"); do
            [ "${BENCH_LOAD_ROUNDS:-1}" -gt 1 ] && echo "round $round"
            wrk -t2 -c20 -d30s --latency "$http/" | grep -E 'Requests/sec|50%|99%'
            wrk -t2 -c20 -d30s --latency "$http/signin.xhtml" | grep -E 'Requests/sec|50%|99%'
        done
        echo "RSS after load: $(rss_mb "$pid") MB"
    fi
    "$server/bin/jboss-cli.sh" --connect --controller=127.0.0.1:$((9990 + offset)) --command=:shutdown >/dev/null
    wait
    if [ -n "${BENCH_KEEP_LOGS:-}" ]; then echo "(server log: $log)"; else rm -f "$log"; fi
done
# A node joining finds the database migrated and filled: the first run, which migrates and loads, is left out.
if [ "$runs" -gt 1 ]; then
    echo
    printf 'Median of runs 2 to %s: ready in %.1f s, CPU until ready %.1f s\n' "$runs" \
        "$(printf '%s\n' "${readies[@]:1}" | median)" "$(printf '%s\n' "${cpus[@]:1}" | median)"
fi
