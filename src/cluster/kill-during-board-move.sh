#!/usr/bin/env bash
# Failure test: the node of a signed-in recruiter dies in the middle of moving a card on the pipeline board.
#
#   src/cluster/kill-during-board-move.sh
#
# Starts the failure cluster (failure-common.sh) unless FAIL_CLUSTER_RUNNING=1 says it runs already. Signs
# recruteur1@css-du-fjord.demo in through HAProxy, opens admin/board.xhtml, and clicks "Move to…" on the first card
# (the keyboard's way: the move form opens, held by the page's view-scoped bean in the session). Then kill -9 of the
# node HAProxy keeps this browser on, and "Move to" is confirmed: the request goes to the other node, which must hold
# the session and the page's state (Infinispan). Checks: the card's lead reached the next stage in the database, and
# the board page still opens signed in. A request that got no answer is sent once more, as a person clicks again.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=src/cluster/failure-common.sh
. src/cluster/failure-common.sh
[ "${FAIL_CLUSTER_RUNNING:-0}" = 1 ] || start_failure_cluster
jar=$(mktemp)
page=$(mktemp)
sign_in recruteur1@css-du-fjord.demo "$jar" > /dev/null
curl -s -c "$jar" -b "$jar" "$URL/admin/board.xhtml" > "$page"
node=$(node_of "$jar")
state() { sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' "$1" | head -1; }
# PrimeFaces checks each Ajax request's script nonce (the content security policy): the last page's or answer's.
nonce_of() { grep -o "PrimeFaces.csp.init('[^']*')" "$1" | tail -1 | sed "s/.*init('\([^']*\)')/\1/"; }
view_state=$(state "$page")
nonce=$(nonce_of "$page")
lead=$(sed -n 's/.*data-lead="\([0-9]*\)".*/\1/p' "$page" | head -1)
[ -n "$lead" ] && [ -n "$view_state" ] || { echo "RESULT: FAILED (no board for the recruiter on $node)"; exit 1; }
stage_before=$(q "SELECT stage FROM \`lead\` WHERE id = $lead")
echo "signed in on $node; first card: lead $lead, stage $stage_before"

# One Faces Ajax post of the board's form, as PrimeFaces sends it; prints the partial response.
post() { # source execute [extra fields...]
    local source=$1 execute=$2
    shift 2
    curl -s --max-time 30 -c "$jar" -b "$jar" -H 'Faces-Request: partial/ajax' -H "Origin: $URL" \
        -H 'X-Requested-With: XMLHttpRequest' "$URL/admin/board.xhtml" \
        --data-urlencode "jakarta.faces.partial.ajax=true" --data-urlencode "jakarta.faces.source=$source" \
        --data-urlencode "jakarta.faces.partial.execute=$execute" --data-urlencode "jakarta.faces.partial.render=board" \
        --data-urlencode "$source=$source" --data-urlencode "board=board" \
        --data-urlencode "jakarta.faces.ViewState=$view_state" --data-urlencode "primefaces.nonce=$nonce" "$@"
}
post board:columns:0:cards:0:move-card board:columns:0:cards:0:move-card > "$page"
nonce=$(nonce_of "$page")
target=$(python3 - "$page" << 'PY'
import re, sys
text = open(sys.argv[1]).read()
select = re.search(r'<select[^>]*name="board:target".*?</select>', text, re.S)
chosen = re.search(r'<option value="([^"]*)" selected', select.group(0)) if select else None
print(chosen.group(1) if chosen else "")
PY
)
[ -n "$target" ] || { echo "RESULT: FAILED (the move form did not open)"; exit 1; }
echo "move form open for lead $lead towards $target; killing $node"
src/cluster/cluster.sh kill "$node"
started=$(date +%s.%N)
answer=$(post board:confirm-move board --data-urlencode "board:target=$target" --data-urlencode "board:reason=" \
    --data-urlencode "board:lostReason=" || true)
tries=1
if [ -z "$answer" ]; then
    answer=$(post board:confirm-move board --data-urlencode "board:target=$target" --data-urlencode "board:reason=" \
        --data-urlencode "board:lostReason=" || true)
    tries=2
fi
echo "confirmed after $(python3 -c "print(f'{$(date +%s.%N) - $started:.1f}')") s in $tries request(s) on $(node_of "$jar")"
case "$answer" in *ViewExpired*|*signin*) echo "answer: $(echo "$answer" | head -c 300)" ;; esac
stage_after=$(q "SELECT stage FROM \`lead\` WHERE id = $lead")
board=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" "$URL/admin/board.xhtml")
echo "lead $lead: $stage_before -> $stage_after; board page afterwards: $board"
restart_node "$node" > /dev/null
if [ "$stage_after" = "$target" ] && [ "${board%% *}" = 200 ]; then
    echo "RESULT: the session and the move survived the node"
else
    echo "RESULT: FAILED"
    exit 1
fi
