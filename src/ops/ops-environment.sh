# Sourced by backup.sh and restore.sh: reads the server's own settings (README.md, "Configuration") so that a
# backup is taken from, and restored to, exactly what the server uses.
#
#   TREMPLIN_DB_URL       jdbc:mysql://HOST[:PORT]/DATABASE[?...]  (default: the embedded demo database); HOST may
#                         be an IPv6 address in brackets, [::1]. Its TLS parameters (sslMode, or useSSL, requireSSL,
#                         verifyServerCertificate, trustServerCertificate) are the clients' too: see tls_level below
#   TREMPLIN_DB_USER      (default tremplin)      TREMPLIN_DB_PASSWORD (default tremplin)
#   TREMPLIN_DB_SSL_CA    the authority that signed the database server's certificate, a PEM file, for a URL that
#                         asks for the certificate to be checked (the server's driver reads a Java trust store, which
#                         the clients cannot); without it, the system's authorities
#   TREMPLIN_DB_SSL_CERT, TREMPLIN_DB_SSL_KEY   a client certificate and its key (PEM), for a server that asks for one
#   TREMPLIN_DATA_DIR     the data directory; else $JBOSS_HOME/standalone/data/tremplin, WildFly's default
#   TREMPLIN_MARIADB_BIN  folder of the clients (mariadb and mariadb-dump, else mysql and mysqldump), when they are
#                         not on the PATH

fail() {
    echo "$(basename "$0"): $*" >&2
    exit 1
}

db_url=${TREMPLIN_DB_URL:-jdbc:mysql://127.0.0.1:3316/tremplin}
# The URL's parameters may hold a password (?password=...): a message shows the URL without them.
shown_url=${db_url%%\?*}
[[ $db_url =~ ^jdbc:(mysql|mariadb)://(\[[0-9A-Fa-f:.]+\]|[^][/:?,]+)(:([0-9]+))?/([^?]*)(\?.*)?$ ]] \
    || fail "TREMPLIN_DB_URL must read jdbc:mysql://host[:port]/database[?...], not: $shown_url"
db_scheme=${BASH_REMATCH[1]}
db_query=${BASH_REMATCH[6]#\?}
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

# The URL's parameters by name in lower case (the drivers read their names in any case), their values decoded.
declare -A db_parameters=()
IFS='&' read -r -a db_pairs <<< "$db_query"
for pair in "${db_pairs[@]}"; do
    [ -n "$pair" ] || continue
    key=${pair%%=*}
    value=
    [[ $pair != *=* ]] || value=${pair#*=}
    value=${value//+/ }
    printf -v value '%b' "${value//%/\\x}"
    db_parameters[${key,,}]=$value
done
parameter() { local key=${1,,}; printf '%s' "${db_parameters[$key]:-}"; }

# tls_level: how the server's driver connects, from the URL, as the clients can do it: off, required (encrypted, the
# certificate not checked), verified (the certificate checked against an authority), or empty when the URL says
# nothing (the client's own default: MariaDB's encrypts when the server offers it, without checking).
# MySQL Connector/J's sslMode: DISABLED, PREFERRED, REQUIRED, VERIFY_CA, VERIFY_IDENTITY, and its older useSSL,
# requireSSL, verifyServerCertificate; MariaDB Connector/J's sslMode: disable, trust, verify-ca, verify-full, and its
# older useSsl, trustServerCertificate. The MariaDB client has no check of the authority alone: where the driver
# would check the authority but not the host's name (VERIFY_CA, verify-ca), the client checks both.
tls_level() {
    local mode
    mode=$(parameter sslMode)
    case ${mode,,} in
        disabled | disable) echo off ;;
        preferred) echo ;;
        required | trust) echo required ;;
        verify_ca | verify-ca | verify_identity | verify-full) echo verified ;;
        '')
            if [ "$(parameter useSSL)" = false ]; then
                echo off
            elif [ "$(parameter trustServerCertificate)" = true ]; then
                echo required
            elif [ "$(parameter verifyServerCertificate)" = true ]; then
                echo verified
            elif [ "$(parameter requireSSL)" = true ]; then
                echo required
            elif [ "$(parameter useSSL)" = true ] && [ "$db_scheme" = mariadb ]; then
                # MariaDB Connector/J checks the certificate unless told to trust it.
                echo verified
            else
                echo
            fi
            ;;
        *) fail "sslMode=$mode in TREMPLIN_DB_URL ($shown_url) is none of DISABLED, PREFERRED, REQUIRED, VERIFY_CA," \
            "VERIFY_IDENTITY (MySQL Connector/J) or disable, trust, verify-ca, verify-full (MariaDB Connector/J)" ;;
    esac
}
db_tls=$(tls_level)
for file in "${TREMPLIN_DB_SSL_CA:-}" "${TREMPLIN_DB_SSL_CERT:-}" "${TREMPLIN_DB_SSL_KEY:-}"; do
    [ -z "$file" ] || [ -r "$file" ] || fail "cannot read $file (TREMPLIN_DB_SSL_CA, _CERT or _KEY)"
done
if [ "$db_tls" = verified ] && [ -z "${TREMPLIN_DB_SSL_CA:-}" ] && [ -n "$(parameter trustCertificateKeyStoreUrl)" ]
then
    fail "TREMPLIN_DB_URL checks the server's certificate against a Java trust store, which the clients cannot read:" \
        "set TREMPLIN_DB_SSL_CA to the authority's certificate as a PEM file" \
        "(keytool -exportcert -rfc -keystore TRUSTSTORE -alias ALIAS > ca.pem)"
fi
case $db_tls in
    off) db_tls_said="without TLS" ;;
    required) db_tls_said="over TLS, the server's certificate not checked" ;;
    verified) db_tls_said="over TLS, the server's certificate checked" ;;
    *) db_tls_said="with the client's default TLS" ;;
esac

# The clients: MariaDB's (mariadb, mariadb-dump) where they are, else MySQL's (mysql, mysqldump), looked for in
# TREMPLIN_MARIADB_BIN alone when it is set, else on the PATH. On Debian, mysql and mysqldump may be MariaDB's under
# their old names: what a client is, its --version says. client_flavour: MariaDB or MySQL; their options differ (TLS,
# below; the dump's, in backup.sh).
find_clients() {
    local pair
    for pair in "mariadb mariadb-dump" "mysql mysqldump"; do
        read -r sql_client dump_client <<< "$pair"
        if [ -n "${TREMPLIN_MARIADB_BIN:-}" ]; then
            sql_client=$TREMPLIN_MARIADB_BIN/$sql_client
            dump_client=$TREMPLIN_MARIADB_BIN/$dump_client
        fi
        if command -v "$sql_client" >/dev/null && command -v "$dump_client" >/dev/null; then
            return 0
        fi
    done
    return 1
}
clients_looked_in="on the PATH"
[ -z "${TREMPLIN_MARIADB_BIN:-}" ] || clients_looked_in="in TREMPLIN_MARIADB_BIN ($TREMPLIN_MARIADB_BIN)"
find_clients || fail "neither MariaDB's clients (mariadb, mariadb-dump) nor MySQL's (mysql, mysqldump) were found" \
    "$clients_looked_in: install Debian's mariadb-client (or MySQL's client), or set TREMPLIN_MARIADB_BIN to their folder"
case $("$dump_client" --version 2>/dev/null) in
    *MariaDB*) client_flavour=MariaDB ;;
    *) client_flavour=MySQL ;;
esac

# The password travels in a file only this user can read, never on a command line that ps would show.
# Everything listed in to_delete (temporary files and folders) goes when the script ends, however it ends.
to_delete=()
trap 'rm -rf "${to_delete[@]}"' EXIT
client_options=$(mktemp)
client_errors=$(mktemp)
to_delete+=("$client_options" "$client_errors")
chmod 600 "$client_options"
# option_value TEXT: TEXT as a value of an option file, in double quotes, its backslashes and quotes escaped.
option_value() {
    local text=${1//'\'/'\\'}
    printf '"%s"' "${text//'"'/'\"'}"
}
# max-allowed-packet: the clients' own limit (16 MB by default) must not refuse a long row of the dump (a 9 MB
# attachment is an 18 MB INSERT in hex); the server's limit is checked against the dump on its own.
cat > "$client_options" <<EOF
[client]
protocol=TCP
host=$db_host
port=$db_port
user=${TREMPLIN_DB_USER:-tremplin}
password=$(option_value "${TREMPLIN_DB_PASSWORD-tremplin}")
default-character-set=utf8mb4
max-allowed-packet=1G
EOF
# MySQL's clients (8.0 on) know ssl-mode alone, and check a certificate only against an authority they are given.
if [ "$client_flavour" = MySQL ]; then
    [ "$db_tls" != verified ] || [ -n "${TREMPLIN_DB_SSL_CA:-}" ] \
        || fail "TREMPLIN_DB_URL asks for the server's certificate to be checked, and MySQL's $sql_client checks it" \
            "only against an authority it is given: set TREMPLIN_DB_SSL_CA to the authority's certificate (PEM)"
    case $db_tls in
        off) echo "ssl-mode=DISABLED" ;;
        required) echo "ssl-mode=REQUIRED" ;;
        verified) echo "ssl-mode=VERIFY_IDENTITY" ;;
    esac
else
    case $db_tls in
        off) echo "skip-ssl" ;;
        required) printf '%s\n' ssl skip-ssl-verify-server-cert ;;
        verified) printf '%s\n' ssl ssl-verify-server-cert ;;
    esac
fi >> "$client_options"
if [ "$db_tls" != off ]; then
    [ -z "${TREMPLIN_DB_SSL_CA:-}" ] || echo "ssl-ca=$(option_value "$TREMPLIN_DB_SSL_CA")"
    [ -z "${TREMPLIN_DB_SSL_CERT:-}" ] || echo "ssl-cert=$(option_value "$TREMPLIN_DB_SSL_CERT")"
    [ -z "${TREMPLIN_DB_SSL_KEY:-}" ] || echo "ssl-key=$(option_value "$TREMPLIN_DB_SSL_KEY")"
fi >> "$client_options"

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
    with_short_errors "$sql_client" --defaults-extra-file="$client_options" --batch --skip-column-names "$@"
}

# longest_statement: the length in bytes of the longest SQL statement on standard input (a dump), the size of the
# largest packet the client sends the server when it loads it. A statement ends with a ';' at the end of its line;
# the dump's strings never span lines.
longest_statement() {
    perl -ne 'next if /^--/; $length += length; if (/;\s*$/) { $longest = $length if $length > $longest; $length = 0 }
              END { print $longest + 0, "\n" }'
}

# at_least VERSION MINIMUM: whether VERSION (its leading numbers) is MINIMUM or later.
at_least() {
    [ "$(printf '%s\n' "${1%%[-+ ]*}" "$2" | sort -V | head -1)" = "$2" ]
}

# The key of the hashes of addresses and e-mails the database keeps, under the data directory when the environment
# does not give it (kernel.KeyedHashes.KEY_FILE). backup.sh leaves it out; restore.sh asks for it.
key_file=keys/hash.key
