#!/usr/bin/env bash
# Writes a cache of a Tremplin server's start: the JVM saves, parsed and verified, the classes it loaded while the
# server started and deployed Tremplin, and maps them at the next starts instead of reading them again. On JDK 25 and
# later, its ahead-of-time cache (-XX:AOTCacheOutput), which also keeps the methods' profiles; on JDK 17, a class data
# sharing archive (AppCDS, -XX:ArchiveClassesAtExit). The JDK is the server's: $JAVA_HOME's, else java on the PATH.
#
#   JBOSS_HOME=/opt/tremplin/server src/ops/class-data-archive.sh [archive]
#
# Default archive: $JBOSS_HOME/tremplin-classes.jsa. Run it with the server's own environment (TREMPLIN_DB_URL and
# the rest: the database must answer), the server stopped, once after each upgrade of the JDK, WildFly or Tremplin.
# It starts the server once (ports moved by TREMPLIN_CDS_PORT_OFFSET, default 0), waits until it is ready, stops
# it, and the JVM writes the archive as it exits. Then start the server, with the same JDK, as the script says:
#   JAVA_OPTS="$JAVA_OPTS -XX:SharedArchiveFile=$JBOSS_HOME/tremplin-classes.jsa"   (JDK 17)
#   JAVA_OPTS="$JAVA_OPTS -XX:AOTCache=$JBOSS_HOME/tremplin-classes.jsa"            (JDK 25)
# An archive made by another JDK is refused by the JVM with a warning and the server starts without it.
# What it gains: docs/benchmarks.md, "A node ready sooner".
set -euo pipefail
# shellcheck source=src/ops/java-options.sh
. "$(dirname "$0")/java-options.sh"
[ -n "${JBOSS_HOME:-}" ] && [ -x "$JBOSS_HOME/bin/standalone.sh" ] || { echo "set JBOSS_HOME to the server's folder" >&2; exit 2; }
archive=$(realpath -m "${1:-$JBOSS_HOME/tremplin-classes.jsa}")
offset=${TREMPLIN_CDS_PORT_OFFSET:-0}
ready=http://127.0.0.1:$((9990 + offset))/health/ready
if curl -s -o /dev/null "$ready"; then
    echo "something already answers at $ready: stop the server, or set TREMPLIN_CDS_PORT_OFFSET" >&2
    exit 1
fi

rm -f "$archive"
log=$(mktemp)
server=
# A server left behind by a failure (not ready, not stopped) would hold the ports and the database: stopped on the way
# out, by its management interface, else by its process.
stop_left_server() {
    rm -f "$log"
    if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
        "$JBOSS_HOME/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$((9990 + offset))" --command=:shutdown \
            >/dev/null 2>&1 || { pkill -TERM -P "$server" || true; kill "$server" 2>/dev/null || true; }
        wait "$server" 2>/dev/null || true
    fi
}
trap stop_left_server EXIT
JAVA_OPTS="${JAVA_OPTS:-} $(java_options "$(class_cache_write_option "$archive")")" \
    "$JBOSS_HOME/bin/standalone.sh" -Djboss.socket.binding.port-offset="$offset" > "$log" 2>&1 &
server=$!
for _ in $(seq 1 1500); do
    curl -fs "$ready" >/dev/null 2>&1 && break
    kill -0 "$server" 2>/dev/null || { cat "$log" >&2; echo "the server stopped before it was ready" >&2; exit 1; }
    sleep 0.2
done
curl -fs "$ready" >/dev/null || { echo "the server was not ready after 5 minutes" >&2; exit 1; }
# One page and one search, so that what the first visitors need is in the archive too.
curl -fs -o /dev/null "http://127.0.0.1:$((8080 + offset))/" || true
curl -fs -o /dev/null "http://127.0.0.1:$((8080 + offset))/api/programs?q=soudage" || true
"$JBOSS_HOME/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$((9990 + offset))" --command=:shutdown >/dev/null
wait "$server" || true
[ -s "$archive" ] || { cat "$log" >&2; echo "no archive written at $archive" >&2; exit 1; }
echo "Class cache written: $archive ($(du -h "$archive" | cut -f1))"
echo "Start the server with JAVA_OPTS=\"\$JAVA_OPTS $(java_options "$(class_cache_use_option "$archive")")\""
