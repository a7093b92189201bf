#!/usr/bin/env bash
# Measurements of the cluster (docs/benchmarks.md, "Several servers"), against the failure cluster
# (failure-common.sh; started here unless FAIL_CLUSTER_RUNNING=1):
#   1. information requests, wrk with 16 connections for 30 s (src/bench/inquiry-post.lua, a new person each), through
#      HAProxy to two nodes, then straight to node1 alone (node2 stopped);
#   2. how long a catalogue change committed on one server takes to show on each node: the change is written as a
#      server commits it (the program's row and the change stamp in one transaction), then both nodes' catalogue search
#      (GET /api/programs?q=, answered from each node's index) is asked every 50 ms until it finds the new title's
#      word; five times.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=src/cluster/failure-common.sh
. src/cluster/failure-common.sh
[ "${FAIL_CLUSTER_RUNNING:-0}" = 1 ] || start_failure_cluster
command -v wrk > /dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk > /dev/null; }
run=$(date +%s)

echo "Catalogue change seen on each node (ms after the commit):"
program=$(q "SELECT p.id FROM program p JOIN tenant t ON t.id = p.tenant_id WHERE p.status = 'PUBLISHED' AND t.active
             ORDER BY p.id LIMIT 1")
for i in 1 2 3 4 5; do
    title="Programme zq${run}x$i"
    python3 - "$program" "$title" "$FAIL_DB_PORT" << 'PY'
import json, subprocess, sys, time, urllib.request
program, title, port = sys.argv[1:4]
subprocess.run(["mysql", "--protocol=TCP", "-h", "127.0.0.1", "-P", port, "-u", "root", "tremplin_cluster", "-e",
                f"UPDATE program p, catalog_stamp s SET p.title_fr = '{title}', s.version = s.version + 1"
                f" WHERE p.id = {program} AND s.id = 1"], check=True)
committed = time.time()
seen = {}
while len(seen) < 2 and time.time() - committed < 30:
    for node, port_http in (("node1", 8680), ("node2", 8780)):
        if node in seen:
            continue
        with urllib.request.urlopen(f"http://127.0.0.1:{port_http}/api/programs?q={title.split()[1]}") as answer:
            if title in answer.read().decode():
                seen[node] = (time.time() - committed) * 1000
    time.sleep(0.05)
print("  " + ", ".join(f"{node} {ms:.0f}" for node, ms in sorted(seen.items())))
PY
done

echo "Information requests, wrk -t2 -c16 -d30s, through HAProxy to two nodes:"
WRK_RUN="lb$run" wrk -t2 -c16 -d30s -s src/bench/inquiry-post.lua "$URL/api/inquiries" | tail -1
sleep 20  # the routing and acknowledgements of those requests, before the next round
src/cluster/cluster.sh stop-node node2
echo "The same, straight to node1 alone (node2 stopped):"
WRK_RUN="one$run" wrk -t2 -c16 -d30s -s src/bench/inquiry-post.lua "http://127.0.0.1:8680/api/inquiries" | tail -1
src/cluster/cluster.sh restart node2 > /dev/null
