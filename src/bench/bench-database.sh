# Sourced by benchmark scripts: create_bench_database NAME makes a fresh, empty MariaDB database NAME
# (127.0.0.1:3306, root, no password) and the account benchmark servers use to reach it.
# shellcheck source=src/ops/java-options.sh
. src/ops/java-options.sh
create_bench_database() {
    mysql --protocol=TCP -h 127.0.0.1 -u root -e "
      DROP DATABASE IF EXISTS $1;
      CREATE DATABASE $1 CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
      CREATE USER IF NOT EXISTS 'tremplin_bench'@'localhost' IDENTIFIED BY 'bench-local-only';
      CREATE USER IF NOT EXISTS 'tremplin_bench'@'%' IDENTIFIED BY 'bench-local-only';
      GRANT ALL ON $1.* TO 'tremplin_bench'@'localhost';
      GRANT ALL ON $1.* TO 'tremplin_bench'@'%';"
}

# start_bench_server SERVER DATABASE OFFSET READY_PATH [JAVA_OPTION...] starts a copy of target/server (and
# target/tremplin.war) in the folder SERVER on DATABASE, with the benchmark catalogue, its ports moved by OFFSET, and
# waits until READY_PATH answers; each JAVA_OPTION reaches the JVM whole, a path with blanks in it included. The
# caller sets WORK (a scratch folder, removed at the end) and URL; the server, this script's own only, is stopped
# when the caller exits. Sets log (the server's log) and server_pid.
start_bench_server() {
    local folder=$1 database=$2 offset=$3 ready=$4 started
    shift 4
    rm -rf "$folder" && cp -r target/server "$folder"
    cp target/tremplin.war "$folder/standalone/deployments/ROOT.war"
    export TREMPLIN_DB_URL="jdbc:mysql://127.0.0.1:3306/$database?useUnicode=true&characterEncoding=UTF-8"
    export TREMPLIN_DB_USER=tremplin_bench TREMPLIN_DB_PASSWORD=bench-local-only TREMPLIN_DEMO_DATA=benchmark
    export TREMPLIN_SMTP_HOST=127.0.0.1 TREMPLIN_SMTP_PORT=1 TREMPLIN_BASE_URL=$URL
    export LAUNCH_JBOSS_IN_BACKGROUND=1
    log="$folder/standalone/log/server.log"
    # For this server alone: jboss-cli.sh, run later, would read the same JAVA_OPTS (its quotes too) for its own JVM.
    JAVA_OPTS="-Xms512m -Xmx1g -XX:+UseSerialGC -Djava.net.preferIPv4Stack=true $(java_options "$@")" \
        "$folder/bin/standalone.sh" -Djboss.socket.binding.port-offset="$offset" > "$WORK/server.out" 2>&1 &
    server_pid=$!
    trap stop_bench_server EXIT
    started=$(date +%s)
    for _ in $(seq 1 900); do
        curl -fs -o /dev/null "$URL$ready" && break
        sleep 1
    done
    echo "Server ready (benchmark catalogue generated unless reused) in $(( $(date +%s) - started )) s"
}

# Stops the benchmark's own server only (standalone.sh passes the signal to its java), never another one.
stop_bench_server() {
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    rm -rf "$WORK"
}
