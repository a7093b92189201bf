#!/usr/bin/env bash
# The failure cluster as on separate machines: node1 and node2 each in a network namespace of its own, with an address
# of its own (10.77.0.11 and 10.77.0.12 on a bridge), each started by `cluster.sh node` with environment variables
# only, as README.md's "Running several servers" says for separate machines; HAProxy (`cluster.sh balancer`), the
# tests' MariaDB and mail sink on the host's side of the bridge (10.77.0.1). The nodes reach each other, the database
# and the mail server through the bridge alone. Then the failure tests run against it (as failures.sh does), except the
# database restart, which does not depend on where the nodes are.
#
#   src/cluster/separate-hosts.sh [import rows, default 200000]
#   src/cluster/separate-hosts.sh restart NAME     (used by the tests: starts a killed node again in its namespace)
#
# Needs root (ip netns, iproute2) and what failure-common.sh needs. Removes its namespaces and bridge at the end.
set -uo pipefail
cd "$(dirname "$0")/../.."
net=${SEPARATE_HOSTS_NET:-10.77.0}
bridge=tremplin-br0
export FAIL_DB_BIND=0.0.0.0
export FAIL_RESTART_SCRIPT=src/cluster/separate-hosts.sh
# shellcheck source=src/cluster/failure-common.sh
. src/cluster/failure-common.sh

host_of() { echo "tremplin-host${1#node}"; }
address_of() { echo "$net.1${1#node}"; }

# node NAME: starts (or starts again) one node in its namespace, listening on its address, port offset 0 as on a
# machine of its own.
node() {
    ip netns exec "$(host_of "$1")" env TREMPLIN_CLUSTER_BIND="$(address_of "$1")" src/cluster/cluster.sh "$2" "$1" 0
}

if [ "${1:-}" = restart ]; then
    ip netns exec "$(host_of "$2")" env TREMPLIN_CLUSTER_BIND="$(address_of "$2")" src/cluster/cluster.sh restart "$2"
    exit
fi

make_hosts() {
    ip link add "$bridge" type bridge
    ip addr add "$net.1/24" dev "$bridge"
    ip link set "$bridge" up
    for i in 1 2; do
        ip netns add "tremplin-host$i"
        ip link add "tremplin-veth$i" type veth peer name eth0 netns "tremplin-host$i"
        ip link set "tremplin-veth$i" master "$bridge" up
        ip netns exec "tremplin-host$i" ip addr add "$net.1$i/24" dev eth0
        ip netns exec "tremplin-host$i" ip link set eth0 up
        ip netns exec "tremplin-host$i" ip link set lo up
    done
}

remove_hosts() {
    for i in 1 2; do ip netns del "tremplin-host$i" 2> /dev/null; done
    ip link del "$bridge" 2> /dev/null
    return 0
}

stop_separate_cluster() {
    stop_failure_cluster
    remove_hosts
}

start_separate_cluster() {
    remove_hosts
    make_hosts
    [ -x target/cluster-server/bin/standalone.sh ] && [ -f target/tremplin-cluster.war ] || mvn -B -q -Pcluster package
    start_failure_database || return 1
    trap stop_separate_cluster EXIT
    mysql --protocol=TCP -h "$FAIL_DB_HOST" -P "$FAIL_DB_PORT" -u root -e "
      DROP DATABASE IF EXISTS tremplin_cluster; DROP DATABASE IF EXISTS tremplin_cluster_nodes;
      CREATE DATABASE tremplin_cluster CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
      CREATE DATABASE tremplin_cluster_nodes;
      CREATE USER IF NOT EXISTS 'tremplin_cluster'@'%' IDENTIFIED BY 'cluster-local-only';
      GRANT ALL ON tremplin_cluster.* TO 'tremplin_cluster'@'%';
      GRANT ALL ON tremplin_cluster_nodes.* TO 'tremplin_cluster'@'%';" || return 1
    rm -f "$FAIL_MAIL_LOG"
    python3 src/cluster/smtp-sink.py "$FAIL_SMTP_PORT" "$FAIL_MAIL_LOG" "$net.1" &
    mail_sink_pid=$!
    # What each machine would be given: the shared database, the nodes' meeting place, the mail server, the
    # public address; the rest as failure-common.sh sets it for its tests.
    export TREMPLIN_DB_URL="jdbc:mysql://$net.1:$FAIL_DB_PORT/tremplin_cluster?useUnicode=true&characterEncoding=UTF-8"
    export TREMPLIN_CLUSTER_DB_URL="jdbc:mysql://$net.1:$FAIL_DB_PORT/tremplin_cluster_nodes"
    export TREMPLIN_DB_USER=tremplin_cluster TREMPLIN_DB_PASSWORD=cluster-local-only
    export TREMPLIN_BASE_URL=$URL TREMPLIN_DEMO_DATA=true
    export TREMPLIN_SMTP_HOST=$net.1 TREMPLIN_SMTP_PORT=$FAIL_SMTP_PORT TREMPLIN_OUTBOX_PERIOD_SECONDS=1
    export TREMPLIN_OUTBOX_FIRST_RETRY_SECONDS=3 TREMPLIN_INQUIRY_PER_IP_PER_HOUR=100000000
    export TREMPLIN_IMPORT_STALE_SECONDS=${TREMPLIN_IMPORT_STALE_SECONDS:-15}
    # The first node alone migrates the schema and loads the demo data.
    node node1 node || return 1
    node node2 node || return 1
    TREMPLIN_CLUSTER_BACKENDS="node1=$net.11:8080 node2=$net.12:8080" src/cluster/cluster.sh balancer
}

start_separate_cluster || exit 1
echo "=== the nodes' view of each other ($(date -u +%T) UTC)"
for name in node1 node2; do
    grep -hoE "join(ed|ing) cluster '[^']*' (via|with view).*|ISPN100000: Node [^ ]* joined the cluster" \
        "target/cluster-nodes/$name/standalone/log/server.log" | sort -u | sed "s/^/$name: /"
done
export FAIL_CLUSTER_RUNNING=1
rows=${1:-200000}
run_failure_test kill-during-burst.sh
run_failure_test kill-during-import.sh "$rows"
run_failure_test kill-during-board-move.sh
exit $failures
