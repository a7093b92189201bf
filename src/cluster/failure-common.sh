# Sourced by the failure tests of src/cluster/: a cluster of two nodes and HAProxy against a MariaDB of the tests'
# own (so that a test may restart it), with a mail server that records every delivery.
#
#   start_failure_cluster      MariaDB on 127.0.0.1:$FAIL_DB_PORT (files in target/cluster-db), the mail sink on
#                              127.0.0.1:$FAIL_SMTP_PORT, then src/cluster/cluster.sh start 2 (or
#                              $FAIL_CLUSTER_NODES, 3 at most); stopped on exit
#   q SQL                      runs SQL in the cluster's database, prints rows tab-separated
#   restart_node NAME          starts again a node a test killed
#   sign_in EMAIL JAR          signs a demo account in through the balancer (src/bench/demo-server.sh's), prints
#                              the session cookie
#   run_failure_test SCRIPT [ARGUMENT...]   one test of src/cluster/ against the running cluster; failures counts
#                              those that failed
#
# Needs MariaDB's server package (mariadbd, mariadb-install-db), curl, python3; HAProxy is installed by cluster.sh.
FAIL_DB_PORT=${FAIL_DB_PORT:-3606}
# Where the tests reach their MariaDB as root, and the address it listens on (separate-hosts.sh: every address, so
# that the nodes reach it across its bridge; root is allowed from this machine only).
FAIL_DB_HOST=${FAIL_DB_HOST:-127.0.0.1}
FAIL_DB_BIND=${FAIL_DB_BIND:-$FAIL_DB_HOST}
FAIL_SMTP_PORT=${FAIL_SMTP_PORT:-3625}
FAIL_DB_DIR=$(pwd)/target/cluster-db
URL=http://${TREMPLIN_CLUSTER_BALANCER:-127.0.0.1:18080}
FAIL_MAIL_LOG=$(pwd)/target/cluster-mail.log
db=tremplin_cluster
# sign_in EMAIL JAR, through $URL (the balancer).
# shellcheck source=src/bench/demo-server.sh
. src/bench/demo-server.sh

q() { mysql --protocol=TCP -h "$FAIL_DB_HOST" -P "$FAIL_DB_PORT" -u root -N -B "$db" -e "$1"; }

# Starts again a node a test killed, where it ran: `SCRIPT restart NAME`, the script cluster.sh unless
# FAIL_RESTART_SCRIPT names another (separate-hosts.sh names itself, which restarts it in its namespace).
restart_node() { "${FAIL_RESTART_SCRIPT:-src/cluster/cluster.sh}" restart "$1"; }

start_failure_database() {
    if [ ! -d "$FAIL_DB_DIR/data/mysql" ]; then
        mkdir -p "$FAIL_DB_DIR/data"
        mariadb-install-db --no-defaults --user=root --datadir="$FAIL_DB_DIR/data" --auth-root-authentication-method=normal \
            > "$FAIL_DB_DIR/install.log" 2>&1
    fi
    /usr/sbin/mariadbd --no-defaults --user=root --datadir="$FAIL_DB_DIR/data" --port="$FAIL_DB_PORT" \
        --bind-address="$FAIL_DB_BIND" --socket="$FAIL_DB_DIR/mysqld.sock" --pid-file="$FAIL_DB_DIR/mysqld.pid" \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --max-connections=300 \
        > "$FAIL_DB_DIR/server.log" 2>&1 &
    for _ in $(seq 1 60); do
        mysqladmin --protocol=TCP -h "$FAIL_DB_HOST" -P "$FAIL_DB_PORT" -u root ping > /dev/null 2>&1 && return 0
        sleep 1
    done
    echo "the tests' MariaDB did not start: $FAIL_DB_DIR/server.log" >&2
    return 1
}

# Stops the MariaDB start_failure_database started (its pid file), and waits until it is gone.
stop_failure_database() {
    local pid
    pid=$(cat "$FAIL_DB_DIR/mysqld.pid" 2> /dev/null || true)
    [ -n "$pid" ] || return 0
    kill "$pid" 2> /dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2> /dev/null || return 0; sleep 0.5; done
}

start_failure_cluster() {
    start_failure_database
    mysql --protocol=TCP -h "$FAIL_DB_HOST" -P "$FAIL_DB_PORT" -u root -e "
      DROP DATABASE IF EXISTS tremplin_cluster; DROP DATABASE IF EXISTS tremplin_cluster_nodes;"
    # cluster.sh creates the databases and the account on this MariaDB.
    unset TREMPLIN_DB_URL
    export TREMPLIN_CLUSTER_LOCAL_DB_PORT=$FAIL_DB_PORT
    rm -f "$FAIL_MAIL_LOG"
    python3 src/cluster/smtp-sink.py "$FAIL_SMTP_PORT" "$FAIL_MAIL_LOG" &
    mail_sink_pid=$!
    trap stop_failure_cluster EXIT
    export TREMPLIN_DEMO_DATA=true
    export TREMPLIN_SMTP_HOST=127.0.0.1 TREMPLIN_SMTP_PORT=$FAIL_SMTP_PORT TREMPLIN_OUTBOX_PERIOD_SECONDS=1
    export TREMPLIN_OUTBOX_FIRST_RETRY_SECONDS=3
    # Every request of a test comes from 127.0.0.1: the per-address brake is for robots, not for this.
    export TREMPLIN_INQUIRY_PER_IP_PER_HOUR=100000000
    # A silent node's imports are taken over after 15 s rather than 30, to keep the test short.
    export TREMPLIN_IMPORT_STALE_SECONDS=${TREMPLIN_IMPORT_STALE_SECONDS:-15}
    src/cluster/cluster.sh start "${FAIL_CLUSTER_NODES:-2}"
}

stop_failure_cluster() {
    src/cluster/cluster.sh stop || true
    kill "${mail_sink_pid:-}" 2> /dev/null || true
    stop_failure_database
}

failures=0
run_failure_test() {
    echo "=== $* ($(date -u +%T) UTC)"
    "src/cluster/$1" "${@:2}" || failures=$((failures + 1))
}

# The node a cookie jar's session is kept on (HAProxy's cookie).
node_of() { awk '$6 == "TREMPLIN_NODE" {print $7}' "$1" | tail -1; }
