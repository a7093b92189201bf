# Sourced by benchmark scripts: a server of their own with the demo data, and signed-in sessions.
#
#   start_demo_server NAME OFFSET [JAVA_OPTION...]
#       a fresh MariaDB database tremplin_bench_NAME (127.0.0.1:3306, root, no password), a copy of target/server
#       in target/bench-server-NAME with the WAR deployed, started with the demo data on ports moved by OFFSET;
#       sets URL, WORK (a scratch folder, removed on exit with the server) and db; stops this server only on exit.
#   sign_in EMAIL COOKIE_JAR
#       signs a demo account in through the sign-in form; prints the session cookie as NAME=value.
# shellcheck source=src/bench/bench-database.sh
. src/bench/bench-database.sh
DEMO_PASSWORD=Tremplin-demo-2026

start_demo_server() {
    db=tremplin_bench_$1
    local server=target/bench-server-$1
    URL=http://127.0.0.1:$((8080 + $2))
    WORK=$(mktemp -d)
    [ -f target/tremplin.war ] && [ -d target/server ] || mvn -B -q -DskipTests package
    create_bench_database "$db"
    rm -rf "$server" && cp -r target/server "$server"
    cp target/tremplin.war "$server/standalone/deployments/ROOT.war"
    SERVER_LOG="$server/standalone/log/server.log"
    export TREMPLIN_DB_URL="jdbc:mysql://127.0.0.1:3306/$db?useUnicode=true&characterEncoding=UTF-8"
    export TREMPLIN_DB_USER=tremplin_bench TREMPLIN_DB_PASSWORD=bench-local-only TREMPLIN_DEMO_DATA=true
    export TREMPLIN_SMTP_HOST=127.0.0.1 TREMPLIN_SMTP_PORT=1 TREMPLIN_BASE_URL=$URL
    export TREMPLIN_DATA_DIR="$WORK/data"
    if curl -s -o /dev/null "$URL/"; then
        echo "Something already answers at $URL: choose another BENCH_PORT_OFFSET" >&2
        exit 1
    fi
    # With LAUNCH_JBOSS_IN_BACKGROUND set, standalone.sh passes a TERM on to its java; without it, the java outlives
    # the script. JAVA_OPTS for this server alone (java_options: src/ops/java-options.sh, by bench-database.sh).
    LAUNCH_JBOSS_IN_BACKGROUND=1 \
    JAVA_OPTS="-Xms512m -Xmx1g -XX:+UseSerialGC -Djava.net.preferIPv4Stack=true $(java_options "${@:3}")" \
        "$server/bin/standalone.sh" -Djboss.socket.binding.port-offset="$2" > "$WORK/server.out" 2>&1 &
    demo_server_pid=$!
    trap stop_demo_server EXIT
    for _ in $(seq 1 300); do
        curl -fs -o /dev/null "$URL/fr/evenements" && break
        sleep 1
    done
}

# Stops this script's own server only (standalone.sh passes the signal to its java), never another one.
stop_demo_server() {
    kill "$demo_server_pid" 2>/dev/null || true
    wait "$demo_server_pid" 2>/dev/null || true
    rm -rf "$WORK"
}

sign_in() {
    local page state
    page=$(curl -s -c "$2" -b "$2" "$URL/signin.xhtml")
    state=$(printf '%s' "$page" | sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
    curl -s -o /dev/null -c "$2" -b "$2" -L "$URL/signin.xhtml" \
        --data-urlencode "signin=signin" --data-urlencode "signin:email=$1" \
        --data-urlencode "signin:password=$DEMO_PASSWORD" --data-urlencode "signin:submit=" \
        --data-urlencode "jakarta.faces.ViewState=$state"
    awk '$6 == "JSESSIONID" {print $6 "=" $7}' "$2" | tail -1
}
