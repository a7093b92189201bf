#!/usr/bin/env bash
# Every failure test of src/cluster/ against one failure cluster (failure-common.sh), started once and stopped at the
# end: kill -9 during a burst of requests, during a large import, during a card's move on the board, and a database
# restart during a burst. Each prints its own RESULT line; this script fails when one of them failed.
#
#   src/cluster/failures.sh [import rows, default 200000]
set -uo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=src/cluster/failure-common.sh
. src/cluster/failure-common.sh
start_failure_cluster || exit 1
export FAIL_CLUSTER_RUNNING=1
failed=0
for test in "kill-during-burst.sh" "kill-during-import.sh ${1:-200000}" "kill-during-board-move.sh" \
            "database-restart.sh"; do
    echo "=== $test ($(date -u +%T) UTC)"
    # shellcheck disable=SC2086
    src/cluster/$test || failed=1
done
exit $failed
