#!/usr/bin/env bash
# Restores an archive written by backup.sh into the database and data directory the server's settings name
# (TREMPLIN_DB_URL, TREMPLIN_DB_USER, TREMPLIN_DB_PASSWORD, TREMPLIN_DATA_DIR; see ops-environment.sh), then
# checks them against the archive's manifest: every table with the rows it had, every file with its SHA-256.
#
#   src/ops/restore.sh [--replace] backups/tremplin-backup-YYYYMMDDTHHMMSSZ.tar
#
# Stop the server first. Without --replace it refuses a database that has tables or a data directory that has
# files; with it, both are emptied first (the database is dropped and created again). The account needs the
# rights the server's account has on its database (ALL on it, which includes dropping and creating it).
set -euo pipefail
replace=false
if [ "${1:-}" = --replace ]; then
    replace=true
    shift
fi
[ $# = 1 ] || { echo "usage: $0 [--replace] ARCHIVE.tar" >&2; exit 2; }
archive=$1
# shellcheck source=src/ops/ops-environment.sh
. "$(dirname "$0")/ops-environment.sh"
[ -f "$archive" ] || fail "no archive at $archive"

work=$(mktemp -d)
to_delete+=("$work")
tar -C "$work" -xf "$archive" manifest.txt database.sql.gz data.tar.gz
manifest=$work/manifest.txt
[ "$(head -1 "$manifest")" = "tremplin-backup 1" ] || fail "$archive is not an archive of backup.sh"
(cd "$work" && sed -n 's/^part //p' "$manifest" | sha256sum --quiet -c -) \
    || fail "the archive is damaged: a part does not have the SHA-256 its manifest gives"

echo "Restoring $(sed -n 's/^created //p' "$manifest") into database $db_name on $db_host:$db_port and folder $data_dir"

tables_now=$(echo "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$db_name'" | sql)
if [ "$tables_now" != 0 ] || { [ -d "$data_dir" ] && [ -n "$(ls -A "$data_dir")" ]; }; then
    $replace || fail "database $db_name has $tables_now tables or $data_dir is not empty: give --replace to overwrite them"
fi

read -r charset collation < <(sed -n 's/^charset //p' "$manifest")
sql <<EOF
DROP DATABASE IF EXISTS \`$db_name\`;
CREATE DATABASE \`$db_name\` CHARACTER SET $charset COLLATE $collation;
EOF
gzip -dc "$work/database.sql.gz" | sql "$db_name"

if [ -d "$data_dir" ]; then
    find "$data_dir" -mindepth 1 -delete
fi
mkdir -p "$data_dir"
tar -C "$data_dir" -xzf "$work/data.tar.gz"

# The check: the restored tables are exactly those of the manifest, each with its rows.
expected=$(sed -n 's/^rows \([0-9]*\) \(.*\)$/\2 \1/p' "$manifest" | sort)
actual=$(echo "SELECT table_name FROM information_schema.tables WHERE table_schema = '$db_name' ORDER BY table_name" \
    | sql | while read -r table; do
        echo "$table $(echo "SELECT COUNT(*) FROM \`$table\`" | sql "$db_name")"
    done | sort)
if [ "$expected" != "$actual" ]; then
    diff <(echo "$expected") <(echo "$actual") >&2 || true
    fail "the restored database differs from the manifest (above: < manifest, > restored)"
fi
if grep -q '^file ' "$manifest"; then
    (cd "$data_dir" && sed -n 's/^file //p' "$manifest" | sha256sum --quiet --strict -c -) \
        || fail "a restored file differs from the manifest"
fi
extra=$(cd "$data_dir" && comm -13 <(sed -n 's/^file [^ ]*  //p' "$manifest" | sort) <(find . -type f | sort))
[ -z "$extra" ] || fail "files that the manifest does not list: $extra"

tables=$(echo "$expected" | grep -c . || true)
rows=$(awk '/^rows / { sum += $2 } END { print sum + 0 }' "$manifest")
files=$(grep -c '^file ' "$manifest" || true)
echo "Restored and checked against the manifest: $tables tables, $rows rows, $files files"
