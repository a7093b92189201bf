#!/usr/bin/env bash
# Backs up Tremplin: its database and its data directory, into one timestamped archive that restore.sh restores.
#
#   src/ops/backup.sh [folder]     (default folder: $TREMPLIN_BACKUP_DIR, else ./backups)
#
# Reads the server's settings (TREMPLIN_DB_URL, TREMPLIN_DB_USER, TREMPLIN_DB_PASSWORD, TREMPLIN_DATA_DIR; see
# ops-environment.sh) and writes folder/tremplin-backup-YYYYMMDDTHHMMSSZ.tar holding:
#   database.sql.gz  mariadb-dump --single-transaction: one consistent snapshot, taken while the server runs
#   data.tar.gz      the data directory (uploaded attendee lists), copied aside before it is archived; a file still
#                    being written (its name ending in .partial) is left out
#   manifest.txt     the rows of every table as the dump holds them, the SHA-256 of every file of the data
#                    directory and of both parts, the schema's migration, and the binary log position of the
#                    snapshot when log_bin is on
# The server may be MariaDB or MySQL 8 (SELECT VERSION() tells them apart); the clients are MariaDB's either way, and
# connect with the TLS settings of TREMPLIN_DB_URL (ops-environment.sh).
# The folder (when the script creates it) and the archive are readable by their owner only: they hold every
# person's data in the clear.
# What each step guarantees, and how to recover to a point in time after it: docs/operations.md.
set -euo pipefail
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
mkdir -p "$work/data"
if [ -d "$data_dir" ]; then
    (cd "$data_dir" && find . -mindepth 1 -type d -print0) > "$work/folders"
    (cd "$data_dir" && find . -type f ! -name '*.partial' -print0) > "$work/files"
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

# With the binary log on, the dump records where its snapshot stands in it (as a comment), the starting point of
# a point-in-time recovery. That needs the RELOAD privilege, and BINLOG MONITOR on MariaDB (REPLICATION CLIENT on
# MySQL), which root has. --gtid is MariaDB's alone (mariadb-dump then reads @@gtid_binlog_pos, which MySQL does not
# have); MySQL 8.4 removed SHOW MASTER STATUS, which mariadb-dump asks for the position.
position_options=()
if [ "$(echo 'SELECT @@log_bin' | sql)" = 1 ]; then
    if [ "$server" = MariaDB ]; then
        position_options=(--master-data=2 --gtid)
    elif [ "$(printf '%s\n' "${server_version%%[-+]*}" 8.4 | sort -V | head -1)" != 8.4 ]; then
        position_options=(--master-data=2)
    else
        echo "Warning: MySQL $server_version has no SHOW MASTER STATUS, which mariadb-dump asks for the binary log" \
            "position of its snapshot: this archive names none, and a point-in-time recovery cannot start from it" >&2
    fi
fi
with_short_errors mariadb-dump --defaults-extra-file="$client_options" --single-transaction --quick --hex-blob \
    --routines --triggers --skip-dump-date "${position_options[@]}" "$db_name" | gzip > "$work/database.sql.gz"

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
    if (/^-- CHANGE MASTER TO MASTER_LOG_FILE=\x27([^\x27]*)\x27, MASTER_LOG_POS=(\d+);/) { print "binlog $1 $2\n" }
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
