#!/usr/bin/env bash
# The lead list's export at the pipeline benchmark's scale, on its database as src/bench/pipeline.sh generated it
# (BENCH_DB, default tremplin_bench_pipeline; BENCH_ONLY=data generates it alone): the CSS du Fjord's recruiter
# downloads, with curl, the whole list as a workbook and as CSV, then the 100,000 or so leads first known from
# 1 January 2025 as a workbook (the issue's figure), each RUNS times (default 3), with the server's heap after each
# collection meanwhile.
#
#   BENCH_DB=tremplin_bench_pipeline src/bench/lead-export.sh [runs]
#
# Starts its own server (a copy of target/server, ports moved by BENCH_PORT_OFFSET, default 420) with the WAR of
# this checkout, or BENCH_WAR to compare another build on the same data (a build that knows fewer migrations runs
# on a database migrated further: Flyway leaves the newer ones alone).
#
# Needs: a built application (mvn -DskipTests package), MariaDB on 127.0.0.1:3306 (root, no password).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=src/bench/bench-database.sh
. src/bench/bench-database.sh
runs=${1:-3}
OFFSET=${BENCH_PORT_OFFSET:-420}
URL=http://127.0.0.1:$((8080 + OFFSET))
PASSWORD=Tremplin-demo-2026
db=${BENCH_DB:-tremplin_bench_pipeline}
server=target/bench-server-export
WORK=$(mktemp -d)
[ -f target/tremplin.war ] && [ -d target/server ] || mvn -B -q -DskipTests package
if curl -s -o /dev/null "$URL/"; then
    echo "Something already answers at $URL: choose another BENCH_PORT_OFFSET" >&2
    exit 1
fi
war=${BENCH_WAR:-target/tremplin.war}
start_bench_server "$server" "$db" "$OFFSET" /signin.xhtml "-Djboss.as.management.blocking.timeout=3600" \
    "-Xlog:gc:file=$WORK/gc.log"
if [ "$war" != target/tremplin.war ]; then
    # The other build replaces this one's deployment, and the server is ready again once it answers.
    cp "$war" "$server/standalone/deployments/ROOT.war.new" && mv "$server/standalone/deployments/ROOT.war.new" \
        "$server/standalone/deployments/ROOT.war"
    until grep -q 'Replaced deployment "ROOT.war"' "$log" && curl -fs -o /dev/null "$URL/signin.xhtml"; do
        sleep 1
    done
    echo "Deployed $war"
fi

jar="$WORK/cookies"
page=$(curl -s -c "$jar" -b "$jar" "$URL/signin.xhtml")
state=$(printf '%s' "$page" | sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$jar" -b "$jar" -H "Origin: $URL" "$URL/signin.xhtml" \
    --data-urlencode "signin=signin" --data-urlencode "signin:email=recruteur1@css-du-fjord.demo" \
    --data-urlencode "signin:password=$PASSWORD" --data-urlencode "signin:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$state"
cookie="Cookie: JSESSIONID=$(awk '$6 == "JSESSIONID" {print $7}' "$jar" | tail -1)"
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "$cookie" "$URL/admin/index.xhtml")" = 200 ] \
    || { echo "Signing in failed" >&2; exit 1; }

today=$(date -u +%F)
export_once() {  # what, address
    local gc_before
    gc_before=$(wc -l < "$WORK/gc.log")
    curl -s -o "$WORK/export" -w "$1: HTTP %{http_code}, %{size_download} bytes, first byte %{time_starttransfer} s, all in %{time_total} s" \
        -H "$cookie" "$URL$2"
    echo "; heap after each collection (MB): $(tail -n +"$gc_before" "$WORK/gc.log" \
        | grep -o 'Pause[^)]*) [0-9]*M->[0-9]*M' | sed -E 's/.*->([0-9]+)M/\1/' | sort -n | sed -n '1p;$p' | tr '\n' ' ')(least, most)"
}
for run in $(seq 1 "$runs"); do
    export_once "run $run, the whole list as a workbook" "/admin/leads-export?format=xlsx"
    export_once "run $run, the whole list as CSV" "/admin/leads-export?format=csv"
    export_once "run $run, first known from 2025-01-01, workbook" \
        "/admin/leads-export?format=xlsx&from=2025-01-01&to=$today&asOf=$today"
done
echo "rows in the last workbook: $(unzip -p "$WORK/export" xl/worksheets/sheet1.xml | grep -o '<row ' | wc -l) (with its header)"
