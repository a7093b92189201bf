#!/usr/bin/env bash
# Failure test: the database restarts during a burst of information requests through the balancer.
#
#   src/cluster/database-restart.sh [seconds, default 40] [senders, default 6] [seconds the database is down, default 8]
#
# Starts the failure cluster (failure-common.sh), sends requests as a partner site would (inquiry-client.py, which
# keeps the answers and waits Retry-After before sending a refused request again with the same Idempotency-Key), stops
# the cluster's MariaDB a third of the way through and starts it again after a few seconds, without touching the
# nodes. Checks: while it was down, requests were refused with 503 and Retry-After (counted from the access logs of
# the nodes); no request is half stored (each stored request has its lead, its acknowledgement and its routing); every request finally
# answered 200/201 is stored, each once; the service came back by itself.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=src/cluster/failure-common.sh
. src/cluster/failure-common.sh
seconds=${1:-40}
senders=${2:-6}
down=${3:-8}
[ "${FAIL_CLUSTER_RUNNING:-0}" = 1 ] || start_failure_cluster
run=$(date +%s)
answers=$(mktemp)
refusals() { cat target/cluster-nodes/node*/standalone/log/server.log | grep -c 'POST /api/inquiries status=503' || true; }
refused_before=$(refusals)

python3 src/cluster/inquiry-client.py "$URL" "$seconds" "$senders" "$run" "$answers" &
client=$!
sleep "$(( seconds / 3 ))"
echo "stopping the database at $(date +%T)"
stop_failure_database
sleep "$down"
start_failure_database
echo "database back at $(date +%T)"
back=$(date +%s.%N)
# A request of its own every half second until one is stored: the service is back without touching the nodes.
for i in $(seq 1 120); do
    code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
        -H "Idempotency-Key: probe-$run-$i" "$URL/api/inquiries" -d "{\"firstName\":\"Awa\",\"lastName\":\"Essai\",
        \"email\":\"probe-$run-$i@cluster.tremplin.test\",\"countryOfResidence\":\"SN\",\"citizenship\":\"SN\",
        \"consentToContact\":true,\"programIds\":[]}")
    [ "$code" = 201 ] && break
    sleep 0.5
done
echo "a new request stored $(python3 -c "print(f'{$(date +%s.%N) - $back:.1f}')") s after the database was back (HTTP $code)"
wait "$client"

for _ in $(seq 1 120); do
    pending=$(q "SELECT (SELECT COUNT(*) FROM inquiry WHERE routed_at IS NULL)
                      + (SELECT COUNT(*) FROM outbox_message WHERE status = 'PENDING' AND attempts = 0)")
    [ "$pending" = 0 ] && break
    sleep 1
done
echo "503 answers while the database was away: $(( $(refusals) - refused_before ))"
q "SELECT email_normalized FROM inquiry WHERE email_normalized LIKE 'fail-$run-%'" | sort > "$answers.stored"
# The request, its lead and its acknowledgement are written in one transaction; its routing follows.
half=$(q "SELECT COUNT(*) FROM inquiry i WHERE i.email_normalized LIKE 'fail-$run-%'
          AND (NOT EXISTS (SELECT 1 FROM outbox_message m WHERE m.recipient = i.email_normalized)
               OR NOT EXISTS (SELECT 1 FROM \`lead\` l WHERE l.email_normalized = i.email_normalized)
               OR NOT EXISTS (SELECT 1 FROM routed_inquiry r WHERE r.inquiry_id = i.id))")
echo "stored requests without their lead, acknowledgement or routing (half stored): $half"
set +e
python3 - "$answers" "$answers.stored" "$back" "$half" << 'PY'
import sys
answers, stored_file, back, half = sys.argv[1:5]
rows = [line.rstrip("\n").split("\t") for line in open(answers)]
accepted = {r[0] for r in rows if r[1] in ("200", "201")}
stored = [line.strip() for line in open(stored_file) if line.strip()]
print(f"sent {len(rows)}; answered 200/201 in the end: {len(accepted)}; sent again at least once: "
      f"{sum(1 for r in rows if int(r[2]) > 1)}; final statuses other than 200/201: "
      f"{sorted({r[1] for r in rows} - {'200', '201'}) or 'none'}")
after = [r for r in rows if float(r[4]) >= float(back) and r[1] in ("200", "201")]
print(f"stored {len(stored)}, distinct {len(set(stored))}; answered but not stored: {len(accepted - set(stored))}")
ok = accepted <= set(stored) and len(stored) == len(set(stored)) and half == "0" and after
print("RESULT: " + ("refused cleanly, nothing half stored, back by itself" if ok else "FAILED"))
sys.exit(0 if ok else 1)
PY
