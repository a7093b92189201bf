#!/usr/bin/env bash
# Several Tremplin servers behind one load balancer, all against one MariaDB (README.md, "Running several servers").
#
#   src/cluster/cluster.sh start [nodes, 2 or 3]   every node and HAProxy in front, on this machine
#   src/cluster/cluster.sh stop                    stops what start started
#   src/cluster/cluster.sh status                  each node's readiness and the balancer's
#   src/cluster/cluster.sh node NAME OFFSET        one node only (a machine of its own: see the README)
#   src/cluster/cluster.sh balancer                HAProxy only, in front of TREMPLIN_CLUSTER_BACKENDS
#   src/cluster/cluster.sh kill NAME               kill -9 of one node (failure tests)
#   src/cluster/cluster.sh stop-node NAME          stops one node
#   src/cluster/cluster.sh restart NAME            starts again a node that was stopped or killed
#
# Nodes run the clustered server (mvn -Pcluster package: target/cluster-server, target/tremplin-cluster.war), each
# from a copy of its standalone/ folder under target/cluster-nodes/NAME, with its ports shifted by an offset. They
# find each other through the database (JGroups JDBC_PING) and share web sessions (Infinispan). HAProxy keeps each
# signed-in user on one node (a cookie) and checks every node's readiness every second; when a node dies, its users
# go to another, which holds their session.
#
# Environment (defaults for one machine):
#   TREMPLIN_DB_URL, TREMPLIN_DB_USER, TREMPLIN_DB_PASSWORD   the shared database; when TREMPLIN_DB_URL is unset, the
#       database tremplin_cluster on the local MariaDB (127.0.0.1, port TREMPLIN_CLUSTER_LOCAL_DB_PORT or 3306, root
#       without password) is created if missing, with demo data
#   TREMPLIN_CLUSTER_DB_URL      the database where the nodes find each other (JGroups JDBC_PING; default
#                                tremplin_cluster_nodes beside the default database)
#   TREMPLIN_DATA_DIR            uploaded lists, read by every node (default target/cluster-nodes/shared-data; on
#                                several machines, a shared mount)
#   TREMPLIN_CLUSTER_OFFSETS     port offsets of the nodes (default "600 700 800": HTTP 8680, 8780, 8880)
#   TREMPLIN_CLUSTER_BIND        address the nodes listen on (default 127.0.0.1)
#   TREMPLIN_CLUSTER_BALANCER    address:port of HAProxy (default 127.0.0.1:18080)
#   TREMPLIN_CLUSTER_BACKENDS    for `balancer` alone: "name=host:http_port ..." (default: the local nodes of
#                                TREMPLIN_CLUSTER_OFFSETS)
#   TREMPLIN_CLUSTER_JAVA_OPTS   JVM options of each node (default -Xms512m -Xmx1g)
#   TREMPLIN_CLUSTER_SLOWSTART   how long a node that comes up takes to get its full share of visitors (default 60s)
#   TREMPLIN_CLUSTER_CDS         "no" starts the nodes without the class data archive (below; default: with it)
#   TREMPLIN_CLUSTER_ARCHIVER_OFFSET   port offset of the one start that writes that archive (default 900)
#   Every other TREMPLIN_* variable (README.md, "Configuration") is passed to the nodes as it is.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=src/ops/java-options.sh
. src/ops/java-options.sh
root=$(pwd)
nodes_dir=$root/target/cluster-nodes
server=$root/target/cluster-server
war=$root/target/tremplin-cluster.war
bind=${TREMPLIN_CLUSTER_BIND:-127.0.0.1}
# The management interface (9990 + offset: the health checks, the CLI) listens on the node's own machine only,
# whatever TREMPLIN_CLUSTER_BIND says: nothing on the network has any business there (README.md, "Ports").
management_bind=127.0.0.1
balancer=${TREMPLIN_CLUSTER_BALANCER:-127.0.0.1:18080}
read -r -a offsets <<< "${TREMPLIN_CLUSTER_OFFSETS:-600 700 800}"
export TREMPLIN_DATA_DIR=${TREMPLIN_DATA_DIR:-$nodes_dir/shared-data}

say() { echo "cluster: $*"; }

build_if_missing() {
    if [ ! -x "$server/bin/standalone.sh" ] || [ ! -f "$war" ]; then
        say "provisioning the clustered server (mvn -Pcluster package)"
        mvn -B -q -Pcluster package
    fi
}

# The shared database on the local MariaDB (TREMPLIN_CLUSTER_LOCAL_DB_PORT, default 3306), when none is named.
default_database() {
    if [ -z "${TREMPLIN_DB_URL:-}" ]; then
        local port=${TREMPLIN_CLUSTER_LOCAL_DB_PORT:-3306}
        mysql --protocol=TCP -h 127.0.0.1 -P "$port" -u root -e "
          CREATE DATABASE IF NOT EXISTS tremplin_cluster CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
          CREATE DATABASE IF NOT EXISTS tremplin_cluster_nodes;
          CREATE USER IF NOT EXISTS 'tremplin_cluster'@'localhost' IDENTIFIED BY 'cluster-local-only';
          CREATE USER IF NOT EXISTS 'tremplin_cluster'@'%' IDENTIFIED BY 'cluster-local-only';
          GRANT ALL ON tremplin_cluster.* TO 'tremplin_cluster'@'localhost';
          GRANT ALL ON tremplin_cluster.* TO 'tremplin_cluster'@'%';
          GRANT ALL ON tremplin_cluster_nodes.* TO 'tremplin_cluster'@'localhost';
          GRANT ALL ON tremplin_cluster_nodes.* TO 'tremplin_cluster'@'%';"
        export TREMPLIN_CLUSTER_DB_URL="jdbc:mysql://127.0.0.1:$port/tremplin_cluster_nodes"
        export TREMPLIN_DB_URL="jdbc:mysql://127.0.0.1:$port/tremplin_cluster?useUnicode=true&characterEncoding=UTF-8"
        export TREMPLIN_DB_USER=tremplin_cluster TREMPLIN_DB_PASSWORD=cluster-local-only
        export TREMPLIN_DEMO_DATA=${TREMPLIN_DEMO_DATA:-true}
    fi
}

http_port() { echo $((8080 + $1)); }
management_port() { echo $((9990 + $1)); }
node_pid() { cat "$nodes_dir/$1/pid" 2> /dev/null || true; }
alive() { local pid; pid=$(node_pid "$1"); [ -n "$pid" ] && kill -0 "$pid" 2> /dev/null; }
ready() { curl -fs -o /dev/null --max-time 2 "http://$management_bind:$(management_port "$1")/health/ready"; }

# Class data sharing (JDK 17's dynamic archive, -XX:ArchiveClassesAtExit; from JDK 25 on, its ahead-of-time cache,
# -XX:AOTCacheOutput, which also keeps the methods' profiles: src/ops/java-options.sh): the classes a node's start loads —
# WildFly's, the libraries' and the application's, jboss-modules' own class loaders included — parsed and verified
# once, then mapped by every later start of any node instead of read again: a node ready about 15 % sooner, with
# 20 % less CPU (docs/benchmarks.md, "Class data sharing measured on a quiet machine"). Written by `start` with one
# start of a node of its own (about 35 s), again whenever the JDK, the server, the application or the nodes' JVM
# options change (an archive of another build would not be mapped); `node` and `restart` use it when it is fresh.
archive=$nodes_dir/classes.jsa
archive_source() {
    { "$(server_java)" -version 2>&1; sha256sum "$war" "$server/jboss-modules.jar"; echo "${TREMPLIN_CLUSTER_JAVA_OPTS:-}"; } \
        | sha256sum | cut -d' ' -f1
}
archive_fresh() {
    [ "${TREMPLIN_CLUSTER_CDS:-yes}" != no ] && [ -s "$archive" ] \
        && [ "$(cat "$archive.source" 2> /dev/null)" = "$(archive_source)" ]
}
make_class_archive() {
    [ "${TREMPLIN_CLUSTER_CDS:-yes}" != no ] && ! archive_fresh || return 0
    local offset=${TREMPLIN_CLUSTER_ARCHIVER_OFFSET:-900}
    say "writing the class data archive: one start of a node of its own, once per build"
    rm -f "$archive" "$archive.source"
    start_node archiver "$offset" "$(class_cache_write_option "$archive")"
    if wait_ready archiver "$offset"; then
        # What the first visitors ask for is in the archive too.
        curl -fs -o /dev/null "http://$bind:$(http_port "$offset")/fr/programmes" || true
        curl -fs -o /dev/null "http://$bind:$(http_port "$offset")/signin.xhtml" || true
        # A shutdown through the management interface: the JVM writes the archive as it exits normally.
        "$server/bin/jboss-cli.sh" --connect --controller="$management_bind:$(management_port "$offset")" \
            --command=:shutdown > /dev/null 2>&1 || true
        for _ in $(seq 1 60); do alive archiver || break; sleep 1; done
    fi
    stop_node archiver
    if [ -s "$archive" ]; then
        archive_source > "$archive.source"
        say "class data archive written ($(du -h "$archive" | cut -f1))"
    else
        say "no class data archive written: the nodes start without one"
    fi
    rm -rf "$nodes_dir/archiver"
}

# Starts node NAME with ports shifted by OFFSET (and the JVM options EXTRA..., if any), in the background, from a
# fresh copy of the server's standalone/; with the class data archive when it is fresh. Its folder goes to
# standalone.sh as JBOSS_BASE_DIR: given as -Djboss.server.base.dir, standalone.sh cuts it at its first blank.
start_node() {
    local name=$1 offset=$2 extra=("${@:3}") dir=$nodes_dir/$1
    if alive "$name"; then
        say "$name already runs (pid $(node_pid "$name"))"
        return
    fi
    rm -rf "$dir" && mkdir -p "$dir" "$TREMPLIN_DATA_DIR"
    cp -r "$server/standalone" "$dir/standalone"
    cp "$war" "$dir/standalone/deployments/ROOT.war"
    echo "$offset" > "$dir/offset"
    if [ ${#extra[@]} = 0 ] && archive_fresh; then
        extra=("$(class_cache_use_option "$archive")")
    fi
    TREMPLIN_BASE_URL=${TREMPLIN_BASE_URL:-http://$balancer} \
    LAUNCH_JBOSS_IN_BACKGROUND=1 \
    JBOSS_BASE_DIR="$dir/standalone" \
    JAVA_OPTS="${TREMPLIN_CLUSTER_JAVA_OPTS:--Xms512m -Xmx1g} -Djava.net.preferIPv4Stack=true $(java_options "${extra[@]}")" \
        setsid "$server/bin/standalone.sh" -Djboss.node.name="$name" -Djboss.socket.binding.port-offset="$offset" \
        -b "$bind" -bprivate "$bind" -bmanagement "$management_bind" > "$dir/console.log" 2>&1 < /dev/null &
    echo $! > "$dir/pid"
    say "$name starting: http://$bind:$(http_port "$offset") (pid $!, log $dir/standalone/log/server.log)"
}

wait_ready() {
    local name=$1 offset=$2
    for _ in $(seq 1 300); do
        if ready "$offset"; then
            say "$name ready"
            return 0
        fi
        alive "$name" || { say "$name stopped while starting: see $nodes_dir/$name/console.log"; return 1; }
        sleep 1
    done
    say "$name not ready after 300 s"
    return 1
}

install_haproxy() {
    if ! command -v haproxy > /dev/null 2>&1; then
        say "installing HAProxy"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy > /dev/null
    fi
}

local_backends() {
    local i=1 offset list=""
    for offset in "${offsets[@]:0:$1}"; do
        list="$list node$i=$bind:$(http_port "$offset")"
        i=$((i + 1))
    done
    echo "$list"
}

# A path as one word of HAProxy's configuration: single quotes, inside which HAProxy reads nothing (a blank, '#' or
# '$' included). A path holding a single quote is refused rather than guessed at.
haproxy_path() {
    case $1 in
        *"'"*) echo "cluster: HAProxy cannot be given a path holding a single quote: $1" >&2; exit 2 ;;
    esac
    printf "'%s'" "$1"
}

# HAProxy: a cookie keeps each browser on its node; every second, a static file asked of each node tells whether it
# serves the application (deployed, not stopped); a request that could not reach a node (refused connection, node
# gone) is sent to another. A node that comes (back) up gets a share of new visitors that grows over a minute
# (slowstart): its first minute, its compilers still at work, answers at about half its later rate
# (docs/benchmarks.md, "… C1 alone"). The stats socket lets a script read each node's weight. The check does not ask the database on purpose: while the database is away, every node
# stays in and answers 503 with Retry-After itself; with no node left, HAProxy answers the same (errorfile).
start_balancer() {
    local backends cfg=$nodes_dir/haproxy.cfg backend name rest
    read -r -a backends <<< "$1"
    haproxy_path "$nodes_dir" > /dev/null  # refused here, where the refusal ends the script
    install_haproxy
    mkdir -p "$nodes_dir"
    printf '%s\r\n' 'HTTP/1.1 503 Service Unavailable' 'Content-Type: application/problem+json' \
        'Retry-After: 5' 'Cache-Control: no-store' 'Connection: close' '' \
        '{"type":"about:blank","title":"Service Unavailable","status":503}' > "$nodes_dir/503.http"
    {
        cat << EOF
global
    maxconn 2000
    pidfile $(haproxy_path "$nodes_dir/haproxy.pid")
    # The only statistics: a Unix socket this account alone may open (no HTTP stats page on any port).
    stats socket $(haproxy_path "$nodes_dir/haproxy.sock") mode 600 level user
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    timeout http-request 10s
    errorfile 503 $(haproxy_path "$nodes_dir/503.http")
    option redispatch
    retries 2
    # A request is sent to another node only when no node received it (the connection failed): a node that died
    # after taking a form's POST may have stored it, and sending it again would store it twice. Reads (GET) may also
    # be sent again after an empty answer or a timeout, which change nothing. The API's own clients send again with
    # their Idempotency-Key; a person clicks again.
    retry-on conn-failure empty-response response-timeout
frontend tremplin
    bind $balancer
    # The client's address as the balancer saw it, replacing whatever the client wrote in X-Forwarded-For: WildFly
    # reads the first value of the header, so a value appended (option forwardfor) would let any client name its
    # own address and slip past every per-address brake.
    http-request set-header X-Forwarded-For %[src]
    default_backend nodes
backend nodes
    balance roundrobin
    http-request disable-l7-retry unless METH_GET || METH_HEAD
    cookie TREMPLIN_NODE insert indirect nocache httponly
    option httpchk GET /resources/css/tremplin.css
    default-server inter 1s fall 2 rise 2 weight 100 slowstart ${TREMPLIN_CLUSTER_SLOWSTART:-60s} on-marked-down shutdown-sessions
EOF
        for backend in "${backends[@]}"; do
            name=${backend%%=*} rest=${backend#*=}
            echo "    server $name $rest check cookie $name"
        done
    } > "$cfg"
    haproxy -c -q -f "$cfg"
    haproxy -D -f "$cfg"
    say "HAProxy on http://$balancer in front of: ${backends[*]}"
}

stop_balancer() {
    local pid
    pid=$(cat "$nodes_dir/haproxy.pid" 2> /dev/null || true)
    if [ -n "$pid" ] && kill -0 "$pid" 2> /dev/null; then
        kill "$pid"
        say "HAProxy stopped"
    fi
    rm -f "$nodes_dir/haproxy.pid"
}

stop_node() {
    local name=$1 pid
    pid=$(node_pid "$name")
    if [ -n "$pid" ] && kill -0 "$pid" 2> /dev/null; then
        # standalone.sh runs java as its child, in the session setsid gave it: stop the whole group.
        kill -TERM -- "-$pid" 2> /dev/null || kill -TERM "$pid"
        for _ in $(seq 1 60); do kill -0 "$pid" 2> /dev/null || break; sleep 1; done
        kill -KILL -- "-$pid" 2> /dev/null || true
        say "$name stopped"
    fi
    rm -f "$nodes_dir/$name/pid"
}

kill_node() {
    local name=$1 pid
    pid=$(node_pid "$name")
    [ -n "$pid" ] || { say "no pid for $name"; return 1; }
    kill -KILL -- "-$pid"
    say "$name killed (kill -9)"
}

node_names() {
    local dir
    for dir in "$nodes_dir"/node*/; do
        if [ -d "$dir" ]; then basename "$dir"; fi
    done
}

case "${1:-}" in
    start)
        count=${2:-2}
        [ "$count" -ge 1 ] && [ "$count" -le "${#offsets[@]}" ] || { echo "1 to ${#offsets[@]} nodes"; exit 2; }
        build_if_missing
        default_database
        mkdir -p "$nodes_dir"
        make_class_archive
        # The first node alone migrates the schema and loads demo data; the others start once it is ready.
        start_node node1 "${offsets[0]}"
        wait_ready node1 "${offsets[0]}"
        for i in $(seq 2 "$count"); do start_node "node$i" "${offsets[$((i - 1))]}"; done
        for i in $(seq 2 "$count"); do wait_ready "node$i" "${offsets[$((i - 1))]}"; done
        start_balancer "$(local_backends "$count")"
        ;;
    node)
        build_if_missing
        default_database
        start_node "$2" "$3"
        wait_ready "$2" "$3"
        ;;
    balancer)
        start_balancer "${TREMPLIN_CLUSTER_BACKENDS:-$(local_backends "${#offsets[@]}")}"
        ;;
    restart)
        default_database
        start_node "$2" "$(cat "$nodes_dir/$2/offset")"
        wait_ready "$2" "$(cat "$nodes_dir/$2/offset")"
        ;;
    kill)
        kill_node "$2"
        ;;
    stop-node)
        stop_node "$2"
        ;;
    stop)
        stop_balancer
        mapfile -t names < <(node_names)
        for name in "${names[@]}"; do stop_node "$name"; done
        ;;
    status)
        mapfile -t names < <(node_names)
        for name in "${names[@]}"; do
            offset=$(cat "$nodes_dir/$name/offset")
            if ready "$offset"; then state=ready; elif alive "$name"; then state="running, not ready"; else state=stopped; fi
            say "$name http://$bind:$(http_port "$offset") $state"
        done
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://$balancer/fr/programmes" || true)
        say "balancer http://$balancer: HTTP ${code:-000} for /fr/programmes"
        ;;
    *)
        sed -n '2,10p' "$0"
        exit 2
        ;;
esac
