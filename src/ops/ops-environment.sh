# Sourced by backup.sh and restore.sh: reads the server's own settings (README.md, "Configuration") so that a
# backup is taken from, and restored to, exactly what the server uses.
#
#   TREMPLIN_DB_URL       jdbc:mysql://HOST[:PORT]/DATABASE[?...]  (default: the embedded demo database); HOST may
#                         be an IPv6 address in brackets, [::1]
#   TREMPLIN_DB_USER      (default tremplin)      TREMPLIN_DB_PASSWORD (default tremplin)
#   TREMPLIN_DATA_DIR     the data directory; else $JBOSS_HOME/standalone/data/tremplin, WildFly's default
#   TREMPLIN_MARIADB_BIN  folder of the mariadb and mariadb-dump clients, when they are not on the PATH

fail() {
    echo "$(basename "$0"): $*" >&2
    exit 1
}

db_url=${TREMPLIN_DB_URL:-jdbc:mysql://127.0.0.1:3316/tremplin}
# The URL's parameters may hold a password (?password=...): a message shows the URL without them.
shown_url=${db_url%%\?*}
[[ $db_url =~ ^jdbc:(mysql|mariadb)://(\[[0-9A-Fa-f:.]+\]|[^][/:?,]+)(:([0-9]+))?/([^?]*)(\?.*)?$ ]] \
    || fail "TREMPLIN_DB_URL must read jdbc:mysql://host[:port]/database[?...], not: $shown_url"
db_host=${BASH_REMATCH[2]}
db_host=${db_host#[}
db_host=${db_host%]}
db_port=${BASH_REMATCH[4]:-3306}
# The whole name, up to "?" or the end, never a prefix of it: a name cut at a '-' would name another database, which
# a restore would drop. Letters, digits, '_', '$' and '-' need no more than backticks in SQL and quotes in the shell;
# any other name is refused rather than guessed at.
db_name=${BASH_REMATCH[5]}
name_pattern='^[A-Za-z0-9_$-]{1,64}$'
[[ $db_name =~ $name_pattern ]] \
    || fail "the database in TREMPLIN_DB_URL ($shown_url) must be 1 to 64 letters, digits, '_', '\$' or '-'"
db_quoted="\`$db_name\`"

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
client_errors=$(mktemp)
to_delete+=("$client_options" "$client_errors")
chmod 600 "$client_options"
password=${TREMPLIN_DB_PASSWORD-tremplin}
password=${password//'\'/'\\'}
password=${password//'"'/'\"'}
# max-allowed-packet: the clients' own limit (16 MB by default) must not refuse a long row of the dump (a 9 MB
# attachment is an 18 MB INSERT in hex); the server's limit is checked against the dump on its own.
cat > "$client_options" <<EOF
[client]
protocol=TCP
host=$db_host
port=$db_port
user=${TREMPLIN_DB_USER:-tremplin}
password="$password"
default-character-set=utf8mb4
max-allowed-packet=1G
EOF

# shortened: each line of standard input cut to its first 300 characters. A client that fails on a statement prints
# it whole, and a dump's statement is many people's rows: none of it may reach a terminal or a cron mail.
shortened() {
    awk '{ print (length($0) > 300 ? substr($0, 1, 300) " [...]" : $0) }'
}

# with_short_errors COMMAND...: runs it, then shows its error output shortened; its exit status is the command's.
with_short_errors() {
    local status=0
    "$@" 2> "$client_errors" || status=$?
    shortened < "$client_errors" >&2
    return "$status"
}

# sql [mariadb options...]: runs the statements on standard input, tab-separated rows without a header.
sql() {
    with_short_errors mariadb --defaults-extra-file="$client_options" --batch --skip-column-names "$@"
}

# longest_statement: the length in bytes of the longest SQL statement on standard input (a dump), the size of the
# largest packet the client sends the server when it loads it. A statement ends with a ';' at the end of its line;
# the dump's strings never span lines.
longest_statement() {
    perl -ne 'next if /^--/; $length += length; if (/;\s*$/) { $longest = $length if $length > $longest; $length = 0 }
              END { print $longest + 0, "\n" }'
}
