#!/usr/bin/env bash
# Backs up Tremplin: its database and its data directory, into one timestamped archive that restore.sh restores.
#
#   src/ops/backup.sh [folder]     (default folder: $TREMPLIN_BACKUP_DIR, else ./backups)
#
# Reads the server's settings (TREMPLIN_DB_URL, TREMPLIN_DB_USER, TREMPLIN_DB_PASSWORD, TREMPLIN_DATA_DIR; see
# ops-environment.sh) and writes folder/tremplin-backup-YYYYMMDDTHHMMSSZ.tar holding:
#   database.sql.gz  mariadb-dump --single-transaction: one consistent snapshot, taken while the server runs
#   data.tar.gz      the data directory (uploaded attendee lists), copied aside before it is archived
#   manifest.txt     the rows of every table as the dump holds them, the SHA-256 of every file of the data
#                    directory and of both parts, and the binary log position of the snapshot when log_bin is on
# What each step guarantees, and how to recover to a point in time after it: docs/operations.md.
set -euo pipefail
# shellcheck source=src/ops/ops-environment.sh
. "$(dirname "$0")/ops-environment.sh"
command -v perl >/dev/null || fail "perl not found"

destination=${1:-${TREMPLIN_BACKUP_DIR:-backups}}
mkdir -p "$destination"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
name=tremplin-backup-$stamp
work=$(mktemp -d "$destination/.$name.XXXXXX")
to_delete+=("$work")

echo "Backing up database $db_name on $db_host:$db_port and folder $data_dir"

# The files first, then the snapshot: an upload after the snapshot is in neither part rather than in the database
# only; the only gap left is an upload during the copy (docs/operations.md).
mkdir -p "$work/data"
if [ -d "$data_dir" ]; then
    cp -a "$data_dir/." "$work/data/"
else
    echo "(the data directory $data_dir does not exist yet: nothing to copy)"
fi

# With the binary log on, the dump records where its snapshot stands in it (as a comment), the starting point of
# a point-in-time recovery. That needs the RELOAD and BINLOG MONITOR privileges, which root has.
position_options=()
if [ "$(echo 'SELECT @@log_bin' | sql)" = 1 ]; then
    position_options=(--master-data=2 --gtid)
fi
mariadb-dump --defaults-extra-file="$client_options" --single-transaction --quick --hex-blob \
    --routines --triggers --skip-dump-date "${position_options[@]}" "$db_name" | gzip > "$work/database.sql.gz"

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
    echo "server $(echo 'SELECT VERSION()' | sql)"
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
