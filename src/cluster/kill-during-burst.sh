#!/usr/bin/env bash
# Failure test: kill -9 of a node during a burst of information requests sent through the balancer.
#
#   src/cluster/kill-during-burst.sh [seconds, default 40] [senders, default 8]
#
# Starts the failure cluster (failure-common.sh: two nodes, HAProxy, a MariaDB and a mail sink of its own), sends
# requests through HAProxy as a partner site would (inquiry-client.py: a request without an answer is sent again
# with the same Idempotency-Key), kills node2 with kill -9 a third of the way through, then checks: every request
# answered 201/200 is stored, each once; every stored request has one acknowledgement at the mail sink. A node killed
# after the mail server took a message but before recording it as sent leaves it to another node, which sends it
# again: that copy has the same Message-ID (OutboxSender) and is reported apart. Prints the failover seen by the clients (the longest wait for an answer, and how many were sent again).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=src/cluster/failure-common.sh
. src/cluster/failure-common.sh
seconds=${1:-40}
senders=${2:-8}
[ "${FAIL_CLUSTER_RUNNING:-0}" = 1 ] || start_failure_cluster
run=$(date +%s)
answers=$(mktemp)

python3 src/cluster/inquiry-client.py "$URL" "$seconds" "$senders" "$run" "$answers" &
client=$!
sleep "$(( seconds / 3 ))"
killed_at=$(date +%s.%N)
src/cluster/cluster.sh kill node2
wait "$client"

# Requests still in the survivor's hands are routed and acknowledged a moment later: wait until nothing moves.
for _ in $(seq 1 120); do
    pending=$(q "SELECT (SELECT COUNT(*) FROM inquiry WHERE routed_at IS NULL)
                      + (SELECT COUNT(*) FROM outbox_message WHERE status = 'PENDING')")
    [ "$pending" = 0 ] && break
    sleep 1
done
sleep 2
q "SELECT email_normalized FROM inquiry WHERE email_normalized LIKE 'fail-$run-%'" | sort > "$answers.stored"
set +e
python3 - "$answers" "$answers.stored" "$FAIL_MAIL_LOG" "$run" "$killed_at" << 'PY'
import sys
answers, stored_file, mail_file, run, killed_at = sys.argv[1:6]
rows = [line.rstrip("\n").split("\t") for line in open(answers)]
accepted = {r[0] for r in rows if r[1] in ("200", "201")}
stored = [line.strip() for line in open(stored_file) if line.strip()]
deliveries = [line.rstrip("\n").split("\t") for line in open(mail_file) if f"fail-{run}-" in line]
mails = [d[0] for d in deliveries]
messages = {tuple(d) for d in deliveries}  # (recipient, Message-ID): a message delivered again counts once
per_person = [m[0] for m in messages]
after = [r for r in rows if float(r[4]) >= float(killed_at)]
waits = sorted(float(r[4]) - float(r[3]) for r in after)
print(f"sent {len(rows)}; answered 200/201: {len(accepted)}; other final statuses: "
      f"{sorted({r[1] for r in rows} - {'200', '201'}) or 'none'}")
print(f"stored {len(stored)}, distinct {len(set(stored))}; answered but not stored: {len(accepted - set(stored))};"
      f" stored twice: {len(stored) - len(set(stored))}")
print(f"acknowledgements delivered {len(mails)} to {len(set(mails))} people; stored without one: "
      f"{len(set(stored) - set(mails))}; people with two different acknowledgements: "
      f"{len(per_person) - len(set(per_person))}; the same message delivered again (same Message-ID): "
      f"{len(deliveries) - len(messages)}")
if waits:
    print(f"after the kill: {len(after)} requests, sent again {sum(1 for r in after if int(r[2]) > 1)}, "
          f"wait p50 {waits[len(waits) // 2]:.2f} s, longest {waits[-1]:.2f} s")
ok = accepted <= set(stored) and len(stored) == len(set(stored)) and set(stored) == set(mails) \
    and len(per_person) == len(set(per_person))
print("RESULT: " + ("nothing lost, nothing twice" if ok else "FAILED"))
sys.exit(0 if ok else 1)
PY
status=$?
restart_node node2 > /dev/null
exit $status
