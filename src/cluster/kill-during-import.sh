#!/usr/bin/env bash
# Failure test: kill -9 of the node running a large import of an attendee list.
#
#   src/cluster/kill-during-import.sh [rows, default 200000]
#
# Starts the failure cluster (failure-common.sh) unless FAIL_CLUSTER_RUNNING=1 says it runs already. Signs a demo
# recruiter in through HAProxy, imports a generated list into the demo's Paris fair through
# POST /api/staff/events/{id}/imports (the batch job the import page starts), kills the node running it with kill -9
# once some chunks are committed, and waits for the import to finish. Checks: it completed on the other node (which
# took it over once the dead node's heartbeat was stale), every row imported once — one registration and one lead per
# person, no person twice.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=src/cluster/failure-common.sh
. src/cluster/failure-common.sh
rows=${1:-200000}
[ "${FAIL_CLUSTER_RUNNING:-0}" = 1 ] || start_failure_cluster
jar=$(mktemp)
list=$(mktemp --suffix=.csv)
python3 - "$rows" "$list" << 'PY'
import sys
rows, path = int(sys.argv[1]), sys.argv[2]
with open(path, "w", encoding="utf-8", newline="") as out:
    out.write("First Name,Last Name,Email,Phone,Country\r\n")
    for i in range(rows):
        out.write(f"Prénom{i},Nom{i},kill{i}.{rows}@exemple.cluster,,SN\r\n")
PY
sign_in recruteur1@css-du-fjord.demo "$jar" > /dev/null
event=$(q "SELECT id FROM event WHERE title_fr LIKE 'Salon%Paris'")
id=$(curl -s -c "$jar" -b "$jar" -H "Origin: $URL" -H "Content-Type: text/csv" -H "X-File-Name: kill.csv" \
    --data-binary @"$list" "$URL/api/staff/events/$event/imports" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
for _ in $(seq 1 600); do
    read -r owner done_rows < <(q "SELECT owner_node, rows_read FROM lead_import WHERE id = $id")
    [ "${done_rows:-0}" -gt 0 ] && break
    sleep 0.5
done
echo "import $id of $rows rows runs on $owner; $done_rows rows committed: killing $owner"
src/cluster/cluster.sh kill "$owner"
killed=$(date +%s)
for _ in $(seq 1 1800); do
    status=$(q "SELECT status FROM lead_import WHERE id = $id")
    [ "$status" = COMPLETED ] || [ "$status" = FAILED ] && break
    sleep 1
done
q "SELECT CONCAT('import ', id, ': ', status, ' on ', owner_node, ', rows read ', rows_read, ', created ', created_count,
          ', merged ', merged_count, ', skipped ', skipped_count, ', failed ', failed_count) FROM lead_import WHERE id = $id"
echo "finished $(( $(date +%s) - killed )) s after the kill"
read -r registrations people < <(q "SELECT COUNT(*), COUNT(DISTINCT email_normalized) FROM event_registration
                                    WHERE import_id = $id")
leads=$(q "SELECT COUNT(*) FROM \`lead\` WHERE email_normalized LIKE 'kill%.$rows@exemple.cluster'")
echo "registrations $registrations for $people people; leads $leads"
restart_node "$owner" > /dev/null
if [ "$status" = COMPLETED ] && [ "$registrations" = "$rows" ] && [ "$people" = "$rows" ] && [ "$leads" = "$rows" ]; then
    echo "RESULT: finished on another node, no row twice"
else
    echo "RESULT: FAILED"
    exit 1
fi
