# Sourced by backup.sh and restore.sh: reads the server's own settings (README.md, "Configuration") so that a
# backup is taken from, and restored to, exactly what the server uses.
#
#   TREMPLIN_DB_URL       jdbc:mysql://HOST[:PORT]/DATABASE[?...]  (default: the embedded demo database)
#   TREMPLIN_DB_USER      (default tremplin)      TREMPLIN_DB_PASSWORD (default tremplin)
#   TREMPLIN_DATA_DIR     the data directory; else $JBOSS_HOME/standalone/data/tremplin, WildFly's default
#   TREMPLIN_MARIADB_BIN  folder of the mariadb and mariadb-dump clients, when they are not on the PATH

fail() {
    echo "$(basename "$0"): $*" >&2
    exit 1
}

db_url=${TREMPLIN_DB_URL:-jdbc:mysql://127.0.0.1:3316/tremplin}
[[ $db_url =~ ^jdbc:(mysql|mariadb)://([^/:?,]+)(:([0-9]+))?/([A-Za-z0-9_]+) ]] \
    || fail "TREMPLIN_DB_URL must read jdbc:mysql://host[:port]/database[?...], not: $db_url"
db_host=${BASH_REMATCH[2]}
db_port=${BASH_REMATCH[4]:-3306}
db_name=${BASH_REMATCH[5]}

if [ -n "${TREMPLIN_DATA_DIR:-}" ]; then
    data_dir=$TREMPLIN_DATA_DIR
elif [ -n "${JBOSS_HOME:-}" ]; then
    data_dir=$JBOSS_HOME/standalone/data/tremplin
else
    fail "set TREMPLIN_DATA_DIR (or JBOSS_HOME when the server keeps its files in WildFly's data directory)"
fi

if [ -n "${TREMPLIN_MARIADB_BIN:-}" ]; then
    PATH=$TREMPLIN_MARIADB_BIN:$PATH
fi
for client in mariadb mariadb-dump; do
    command -v "$client" >/dev/null || fail "$client not found: install mariadb-client, or set TREMPLIN_MARIADB_BIN"
done

# The password travels in a file only this user can read, never on a command line that ps would show.
# Everything listed in to_delete (temporary files and folders) goes when the script ends, however it ends.
to_delete=()
trap 'rm -rf "${to_delete[@]}"' EXIT
client_options=$(mktemp)
to_delete+=("$client_options")
chmod 600 "$client_options"
password=${TREMPLIN_DB_PASSWORD-tremplin}
password=${password//'\'/'\\'}
password=${password//'"'/'\"'}
cat > "$client_options" <<EOF
[client]
protocol=TCP
host=$db_host
port=$db_port
user=${TREMPLIN_DB_USER:-tremplin}
password="$password"
default-character-set=utf8mb4
EOF

# sql [mariadb options...]: runs the statements on standard input, tab-separated rows without a header.
sql() {
    mariadb --defaults-extra-file="$client_options" --batch --skip-column-names "$@"
}
