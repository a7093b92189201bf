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
rows=${1:-200000}
run_failure_test kill-during-burst.sh
run_failure_test kill-during-import.sh "$rows"
run_failure_test kill-during-board-move.sh
run_failure_test database-restart.sh
exit $failures
