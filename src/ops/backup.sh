#!/usr/bin/env bash
# Backs up Tremplin: its database and its data directory, into one timestamped archive that restore.sh restores.
#
#   src/ops/backup.sh [--with-hash-key] [folder]     (default folder: $TREMPLIN_BACKUP_DIR, else ./backups)
#
# Reads the server's settings (TREMPLIN_DB_URL, TREMPLIN_DB_USER, TREMPLIN_DB_PASSWORD, TREMPLIN_DATA_DIR; see
# ops-environment.sh) and writes folder/tremplin-backup-YYYYMMDDTHHMMSSZ.tar holding:
#   database.sql.gz  mariadb-dump --single-transaction: one consistent snapshot, taken while the server runs
#   data.tar.gz      the data directory (uploaded attendee lists), copied aside before it is archived; a file still
#                    being written (its name ending in .partial) is left out, and so is the key of the hashes the
#                    database keeps (keys/hash.key, kernel.KeyedHashes) unless --with-hash-key is given: whoever holds
#                    the archive and that key can test guesses of the addresses and e-mails hashed. Keep it apart.
#   manifest.txt     the rows of every table as the dump holds them, the SHA-256 of every file of the data
#                    directory and of both parts, the schema's migration, and the binary log position of the
#                    snapshot when log_bin is on
# The server may be MariaDB or MySQL 8 (SELECT VERSION() tells them apart); the clients are MariaDB's where they are
# installed, else MySQL's, and connect with the TLS settings of TREMPLIN_DB_URL (ops-environment.sh).
# The folder (when the script creates it) and the archive are readable by their owner only: they hold every
# person's data in the clear.
# What each step guarantees, and how to recover to a point in time after it: docs/operations.md.
set -euo pipefail
with_hash_key=false
if [ "${1:-}" = --with-hash-key ]; then
    with_hash_key=true
    shift
fi
# shellcheck source=src/ops/ops-environment.sh
. "$(dirname "$0")/ops-environment.sh"
command -v perl >/dev/null || fail "perl not found"
umask 077

destination=${1:-${TREMPLIN_BACKUP_DIR:-backups}}
mkdir -p "$destination"
if [ -n "$(find "$destination" -maxdepth 0 -perm /077)" ]; then
    echo "Warning: other users may open $destination (chmod 700 it); the archive itself is readable by you only" >&2
fi
stamp=$(date -u +%Y%m%dT%H%M%SZ)
name=tremplin-backup-$stamp
work=$(mktemp -d "$destination/.$name.XXXXXX")
to_delete+=("$work")

server_version=$(echo 'SELECT VERSION()' | sql)
case $server_version in
    *MariaDB*) server=MariaDB server_said=$server_version ;;
    *) server=MySQL server_said="MySQL $server_version" ;;
esac
echo "Backing up database $db_quoted on $db_host:$db_port ($server_said, $db_tls_said) and folder $data_dir"

# The files first, then the snapshot: an upload after the snapshot is in neither part rather than in the database
# only; the only gap left is an upload during the copy (docs/operations.md). A file being written has a temporary
# name (its name followed by .partial) until it is moved to its own in one step, whole (leadimport.ImportFiles): it
# is left out, never copied half written. A file deleted between the listing and its copy (its import just ended) is
# left out too.
# The hashes' key stays out unless asked for (kernel.KeyedHashes.KEY_FILE): the database's hashes and their key in one
# archive would be as good as the addresses themselves.
leave_out=(! -path "./$key_file")
if $with_hash_key; then
    leave_out=()
fi
mkdir -p "$work/data"
if [ -d "$data_dir" ]; then
    (cd "$data_dir" && find . -mindepth 1 -type d -print0) > "$work/folders"
    (cd "$data_dir" && find . -type f ! -name '*.partial' "${leave_out[@]}" -print0) > "$work/files"
    (cd "$work/data" && xargs -0 -r mkdir -p) < "$work/folders"
    while IFS= read -r -d '' file; do
        if ! cp -p "$data_dir/$file" "$work/data/$file" 2> "$client_errors"; then
            [ ! -e "$data_dir/$file" ] || { shortened < "$client_errors" >&2; fail "cannot copy $data_dir/$file"; }
            echo "(${file#./} was deleted while the backup ran: left out)"
        fi
    done < "$work/files"
    rm -f "$work/folders" "$work/files"
else
    echo "(the data directory $data_dir does not exist yet: nothing to copy)"
fi

# The dump client's own version: "Ver 8.4.2" (MySQL's), "Ver 10.19 Distrib 10.11.19-MariaDB" (MariaDB's).
dump_version=$("$dump_client" --version 2>/dev/null | sed -n 's/.* Distrib \([0-9.]*\).*/\1/p; t; s/.* Ver \([0-9.]*\).*/\1/p')

# With the binary log on, the dump records where its snapshot stands in it (as a comment), the starting point of
# a point-in-time recovery. That needs the RELOAD privilege, and BINLOG MONITOR on MariaDB (REPLICATION CLIENT on
# MySQL), which root has. --gtid is MariaDB's alone (mariadb-dump then reads @@gtid_binlog_pos, which MySQL does not
# have); MySQL 8.4 removed SHOW MASTER STATUS, which mariadb-dump asks for the position, and MySQL's mysqldump from
# 8.2 on asks for SHOW BINARY LOG STATUS instead, which MariaDB does not know. MySQL's mysqldump names the option
# --source-data from 8.0.26 on.
position_options=()
no_position=
if [ "$(echo 'SELECT @@log_bin' | sql)" = 1 ]; then
    if [ "$server" = MariaDB ] && [ "$client_flavour" = MariaDB ]; then
        position_options=(--master-data=2 --gtid)
    elif [ "$server" = MariaDB ]; then
        no_position="MySQL's $dump_client $dump_version cannot ask MariaDB for it (install mariadb-client)"
    elif [ "$client_flavour" = MySQL ] && at_least "$dump_version" 8.2; then
        if at_least "$server_version" 8.2; then
            position_options=(--source-data=2)
        else
            no_position="MySQL's $dump_client $dump_version asks for SHOW BINARY LOG STATUS, which MySQL"
            no_position+=" $server_version does not know (use a mysqldump of the server's version)"
        fi
    elif at_least "$server_version" 8.4; then
        no_position="MySQL $server_version has no SHOW MASTER STATUS, which $dump_client $dump_version asks for it"
    elif [ "$client_flavour" = MySQL ] && at_least "$dump_version" 8.0.26; then
        position_options=(--source-data=2)
    else
        position_options=(--master-data=2)
    fi
fi
if [ -n "$no_position" ]; then
    echo "Warning: no binary log position of the snapshot ($no_position): this archive names none, and a" \
        "point-in-time recovery cannot start from it" >&2
fi
# MySQL's mysqldump (8.0 on) reads column statistics that MariaDB does not keep, and stops when it cannot.
dump_options=()
if [ "$client_flavour" = MySQL ] && [ "$server" = MariaDB ]; then
    dump_options=(--column-statistics=0)
fi
with_short_errors "$dump_client" --defaults-extra-file="$client_options" --single-transaction --quick --hex-blob \
    --routines --triggers --skip-dump-date "${dump_options[@]}" "${position_options[@]}" "$db_name" \
    | gzip > "$work/database.sql.gz"

# The server refuses a statement longer than its max_allowed_packet, and restore.sh refuses, before it drops
# anything, a dump the server it restores to would refuse: say so now, while the archive can still be restored by
# raising the setting (the archive is written all the same: it is the only copy of that moment).
longest=$(gzip -dc "$work/database.sql.gz" | longest_statement)
server_packet=$(echo 'SELECT @@max_allowed_packet' | sql)
if [ "$longest" -ge "$server_packet" ]; then
    echo "Warning: the dump holds a statement of $longest bytes, longer than this server's max_allowed_packet" \
        "($server_packet): set max_allowed_packet = $(( longest / 1048576 + 2 ))M or more in the server's" \
        "configuration ([mariadbd], [mysqld] on MySQL) of any server this archive is restored to" >&2
fi

# The newest migration the schema went through: a restore refuses an archive newer than the code it comes with.
# Read after the dump, so never older than the dump's schema.
schema=$(echo "SELECT version FROM $db_quoted.flyway_schema_history WHERE success AND version IS NOT NULL" \
    | sql 2>/dev/null | sort -V | tail -1 || true)

# Each table's rows, counted in the dump itself so that they are those of its snapshot, not of a moment later.
# A row is one "(...)" of an INSERT, on one line or many (mariadb-dump writes both ways, by version). Outside
# quoted strings (removed, escapes first) a dump has no other parenthesis; strings never span lines.
count_rows='
    if (/^-- CHANGE (?:MASTER|REPLICATION SOURCE) TO (?:MASTER|SOURCE)_LOG_FILE=\x27([^\x27]*)\x27,\s*(?:MASTER|SOURCE)_LOG_POS=(\d+);/) {
        print "binlog $1 $2\n" }
    elsif (/^-- SET GLOBAL gtid_slave_pos=\x27([^\x27]*)\x27;/) { print "gtid $1\n" }
    elsif (/^CREATE TABLE `([^`]+)`/) { $rows{$1} //= 0 }
    if (/^INSERT INTO `([^`]+)` VALUES/) { $table = $1; $_ = substr($_, length $&) }
    if (defined $table) {
        s/\\.//gs;
        s/\x27[^\x27]*\x27//g;
        $rows{$table} += tr/(//;
        undef $table if /;\s*$/;
    }
    END { print "rows $rows{$_} $_\n" for sort keys %rows }'

(cd "$work/data" && find . -type f -print0 | sort -z | xargs -0 -r sha256sum) > "$work/files.sha256"
tar -C "$work/data" -czf "$work/data.tar.gz" .

{
    echo "tremplin-backup 1"
    echo "created $stamp"
    echo "database $db_name"
    if [ -n "$schema" ]; then
        echo "schema $schema"
    fi
    echo "server $server_version"
    if $with_hash_key && [ -f "$work/data/$key_file" ]; then
        echo "hash-key archived"
    else
        echo "hash-key apart"
    fi
    echo "charset $(echo "SELECT default_character_set_name, default_collation_name FROM information_schema.schemata
                         WHERE schema_name = '$db_name'" | sql | tr '\t' ' ')"
    gzip -dc "$work/database.sql.gz" | perl -ne "$count_rows"
    (cd "$work" && sha256sum database.sql.gz data.tar.gz) | sed 's/^/part /'
    sed 's/^/file /' "$work/files.sha256"
} > "$work/manifest.txt"

tar -C "$work" -cf "$destination/$name.tar.partial" manifest.txt database.sql.gz data.tar.gz
mv "$destination/$name.tar.partial" "$destination/$name.tar"
tables=$(grep -c '^rows ' "$work/manifest.txt" || true)
rows=$(awk '/^rows / { sum += $2 } END { print sum + 0 }' "$work/manifest.txt")
files=$(grep -c '^file ' "$work/manifest.txt" || true)
echo "Backup written: $destination/$name.tar ($tables tables, $rows rows, $files files)"
if [ -n "${TREMPLIN_HASH_KEY:-}" ] && [ -n "${TREMPLIN_HASH_KEY//[[:space:]]/}" ]; then
    echo "The key of the hashes the database keeps is TREMPLIN_HASH_KEY, never archived: keep it apart from the" \
        "backups; a restore needs it (docs/operations.md, \"The hashes' key\")"
elif [ -f "$work/data/$key_file" ]; then
    echo "Warning: the archive holds the key of the hashes its database keeps ($key_file, --with-hash-key): whoever" \
        "holds the archive can test guesses of the addresses and e-mails they hash" >&2
elif [ -f "$data_dir/$key_file" ]; then
    echo "The key of the hashes the database keeps, $data_dir/$key_file, is not in the archive: keep a copy of it" \
        "apart from the backups (another place, other hands); a restore needs it: restore.sh --hash-key FILE" \
        "(docs/operations.md, \"The hashes' key\")"
fi
