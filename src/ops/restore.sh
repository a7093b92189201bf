#!/usr/bin/env bash
# Restores an archive written by backup.sh into the database and data directory the server's settings name
# (TREMPLIN_DB_URL, TREMPLIN_DB_USER, TREMPLIN_DB_PASSWORD, TREMPLIN_DATA_DIR; see ops-environment.sh), then
# checks them against the archive's manifest: every table with the rows it had, every file with its SHA-256.
#
#   src/ops/restore.sh [--replace] [--hash-key FILE | --new-hash-key] backups/tremplin-backup-YYYYMMDDTHHMMSSZ.tar
#
# Stop the server first. Without --replace it refuses a database that has tables or a data directory that has
# files; with it, both are emptied first (the database is dropped and created again). The account needs the
# rights the server's account has on its database (ALL on it, which includes dropping and creating it).
# Before anything is dropped, it refuses an archive that this checkout's code or the server could not take: a
# schema newer than the newest migration in sql/, a statement longer than the server's max_allowed_packet.
# The people erased since the backup (Law 25) are erased again, and so are the showcase profiles withdrawn since
# withdrawn again; the unsubscriptions and consents withdrawn since are kept (CASL): docs/operations.md, "Restoring".
# The hashes of addresses and e-mails the database keeps mean something under their key only, which backup.sh leaves
# out: when the archive's database holds such hashes, the restore refuses to begin until the key is there —
# TREMPLIN_HASH_KEY, --hash-key FILE (the copy kept apart), or keys/hash.key already in the data directory (kept) —
# unless --new-hash-key says to start under a new one.
set -euo pipefail
replace=false
for_replay=false
erasures_only=false
given_key=
new_hash_key=false
while [ $# -gt 1 ]; do
    case $1 in
        --replace) replace=true ;;
        --for-replay) for_replay=true ;;
        --put-back-erasures) erasures_only=true ;;
        --hash-key) given_key=$2; shift ;;
        --new-hash-key) new_hash_key=true ;;
        *) break ;;
    esac
    shift
done
[ $# = 1 ] || { echo "usage: $0 [--replace] [--for-replay] [--hash-key FILE | --new-hash-key] ARCHIVE.tar" \
                     "| $0 --put-back-erasures ARCHIVE.tar" >&2
                exit 2; }
archive=$1
# shellcheck source=src/ops/ops-environment.sh
. "$(dirname "$0")/ops-environment.sh"
command -v perl >/dev/null || fail "perl not found"
[ -f "$archive" ] || fail "no archive at $archive"
kept="$(dirname "$archive")/tremplin-erasures-before-restore-$db_name.sql"

# Puts back the erasures of $1 (a file of INSERT statements kept before the load) that the database lacks (the same
# person, centre and moment), then counts the people they name whom the database holds unerased: the server erases
# them again as it starts (ErasedAgainAfterRestore); the unsubscriptions kept that the database lacks; and the
# consents withdrawn or given again that its register lacks; and the showcase profiles withdrawn that the database
# holds whole, marked with their withdrawal for the server to withdraw them again as it starts
# (showcase.WithdrawnAgainAfterRestore). Sets put_back, erased_again, opt_outs_put_back, consents_put_back and
# withdrawn_again.
put_back_erasures() {
    local erasures=$1 counts restored_with_apprentices restored_with_withdrawers apprentices_put_back apprentices_again
    put_back=0
    erased_again=0
    opt_outs_put_back=0
    consents_put_back=0
    withdrawn_again=0
    [ -s "$erasures" ] || return 0
    restored_with_apprentices=$(echo "SELECT COUNT(*) FROM information_schema.columns
        WHERE table_schema = '$db_name' AND table_name = 'person_erasure' AND column_name = 'showcase_profile_id'" | sql)
    restored_with_withdrawers=$(echo "SELECT COUNT(*) FROM information_schema.columns
        WHERE table_schema = '$db_name' AND table_name = 'showcase_profile' AND column_name = 'withdrawn_by'" | sql)
    counts=$({
        echo "CREATE TEMPORARY TABLE erasures_before_restore (tenant_id BIGINT, lead_id BIGINT, reason VARCHAR(10),
                  retention_rule VARCHAR(24), erased_by BIGINT, erased_at DATETIME(6), records INT);
              CREATE TEMPORARY TABLE apprentice_erasures_before_restore (tenant_id BIGINT, showcase_profile_id BIGINT,
                  reason VARCHAR(10), retention_rule VARCHAR(24), erased_by BIGINT, erased_at DATETIME(6), records INT);
              CREATE TEMPORARY TABLE opt_outs_before_restore (tenant_id BIGINT, email_normalized VARCHAR(254)
                  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin, opted_out_at DATETIME(6), channel VARCHAR(10),
                  ip_address VARCHAR(45));
              CREATE TEMPORARY TABLE consent_changes_before_restore (tenant_id BIGINT, lead_id BIGINT,
                  email_normalized VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin, purpose VARCHAR(12),
                  granted BOOLEAN, text_version VARCHAR(40), text_shown TEXT CHARACTER SET utf8mb4,
                  language VARCHAR(5), changed_at DATETIME(6), channel VARCHAR(12),
                  note VARCHAR(1000) CHARACTER SET utf8mb4, recorded_by BIGINT, recorded_at DATETIME(6),
                  ip_address VARCHAR(45));
              CREATE TEMPORARY TABLE withdrawn_before_restore (tenant_id BIGINT, showcase_profile_id BIGINT,
                  submitted_at DATETIME(6), withdrawn_at DATETIME(6), withdrawn_by VARCHAR(16));"
        cat "$erasures"
        # Only for the people the backup holds: one created after it is not there to erase, and its erasure put back
        # would name whoever the restored database gives the same id next.
        echo "INSERT INTO person_erasure (tenant_id, lead_id, reason, retention_rule, erased_by, erased_at, records)
              SELECT b.* FROM erasures_before_restore b
              WHERE EXISTS (SELECT 1 FROM \`lead\` l WHERE l.id = b.lead_id AND l.tenant_id = b.tenant_id)
                AND NOT EXISTS (SELECT 1 FROM person_erasure p WHERE p.tenant_id = b.tenant_id
                                AND p.lead_id = b.lead_id AND p.erased_at = b.erased_at);
              SELECT ROW_COUNT(), (SELECT COUNT(DISTINCT l.id) FROM person_erasure p
                                   JOIN \`lead\` l ON l.id = p.lead_id AND l.tenant_id = p.tenant_id
                                   WHERE l.erased_at IS NULL AND l.merged_into_id IS NULL);"
        # The apprentices' erasures, for the profiles the backup holds (the same centre): the server deletes those
        # profiles again as it starts. An archive from before V74 has no apprentice erasure to keep them in.
        if [ "$restored_with_apprentices" = 1 ]; then
            echo "INSERT INTO person_erasure (tenant_id, showcase_profile_id, reason, retention_rule, erased_by,
                      erased_at, records)
                  SELECT b.* FROM apprentice_erasures_before_restore b
                  WHERE EXISTS (SELECT 1 FROM showcase_profile s WHERE s.id = b.showcase_profile_id
                                AND s.tenant_id = b.tenant_id)
                    AND NOT EXISTS (SELECT 1 FROM person_erasure p WHERE p.tenant_id = b.tenant_id
                                    AND p.showcase_profile_id = b.showcase_profile_id AND p.erased_at = b.erased_at);
                  SELECT ROW_COUNT(), (SELECT COUNT(DISTINCT s.id) FROM person_erasure p
                                       JOIN showcase_profile s ON s.id = p.showcase_profile_id
                                       AND s.tenant_id = p.tenant_id);"
        else
            echo "SELECT 0, 0;"
        fi
        # The unsubscriptions, for the centres the backup holds, unless the address is unsubscribed there already.
        echo "INSERT INTO mail_opt_out (tenant_id, email_normalized, opted_out_at, channel, ip_address)
              SELECT b.* FROM opt_outs_before_restore b
              WHERE EXISTS (SELECT 1 FROM tenant t WHERE t.id = b.tenant_id)
                AND NOT EXISTS (SELECT 1 FROM mail_opt_out o WHERE o.tenant_id = b.tenant_id
                                AND o.email_normalized = b.email_normalized);
              SELECT ROW_COUNT();"
        # The consent register's changes — a consent withdrawn, or given again —, for the people the backup holds
        # (the same centre and record), unless the register has that change already: the same centre, purpose, word
        # and moments, whichever record holds it (a merge since the backup moved the other record's changes to the
        # one that stays); once each, should an earlier failed restore have kept it too. In the order they were
        # written; a member of staff the backup does not know is named by none. NOT IN, which MariaDB answers from
        # the register read once into an index, not row by row.
        echo "INSERT INTO consent_change (tenant_id, lead_id, email_normalized, purpose, granted, text_version,
                  text_shown, language, changed_at, channel, note, recorded_by, recorded_at, ip_address)
              SELECT DISTINCT b.tenant_id, b.lead_id, b.email_normalized, b.purpose, b.granted, b.text_version,
                     b.text_shown, b.language, b.changed_at, b.channel, b.note,
                     (SELECT u.id FROM user_account u WHERE u.id = b.recorded_by), b.recorded_at, b.ip_address
              FROM consent_changes_before_restore b
              WHERE EXISTS (SELECT 1 FROM \`lead\` l WHERE l.id = b.lead_id AND l.tenant_id = b.tenant_id)
                AND (b.tenant_id, b.purpose, b.granted, b.changed_at, b.recorded_at) NOT IN
                    (SELECT c.tenant_id, c.purpose, c.granted, c.changed_at, c.recorded_at FROM consent_change c)
              ORDER BY b.recorded_at, b.changed_at;
              SELECT ROW_COUNT();"
        # The showcase profiles withdrawn since the backup that it holds whole: the same centre, number and moment of
        # posting, so that a number the restored database gave another profile names nobody. Only the withdrawal's
        # moment and who made it are written; the server empties the profile as its withdrawal did. An archive from
        # before V62 has no column to say who withdrew it.
        if [ "$restored_with_withdrawers" = 1 ]; then
            echo "UPDATE showcase_profile s
                  JOIN (SELECT tenant_id, showcase_profile_id, submitted_at, MIN(withdrawn_at) AS withdrawn_at,
                               MIN(withdrawn_by) AS withdrawn_by
                        FROM withdrawn_before_restore GROUP BY tenant_id, showcase_profile_id, submitted_at) b
                    ON s.id = b.showcase_profile_id AND s.tenant_id = b.tenant_id AND s.submitted_at = b.submitted_at
                  SET s.withdrawn_at = b.withdrawn_at, s.withdrawn_by = b.withdrawn_by
                  WHERE s.status <> 'WITHDRAWN';
                  SELECT ROW_COUNT();"
        else
            echo "SELECT 0;"
        fi
    } | sql "$db_name")
    # Two lines of two counts, the leads' then the apprentices', then the unsubscriptions', the consents' and the
    # withdrawals': read as one line of seven.
    # shellcheck disable=SC2086
    read -r put_back erased_again apprentices_put_back apprentices_again opt_outs_put_back consents_put_back \
        withdrawn_again <<< "$(echo $counts)"
    put_back=$((put_back + apprentices_put_back))
    erased_again=$((erased_again + apprentices_again))
}

# A server still running would go on writing into the database being replaced (and into the folder once emptied):
# what it wrote would be lost, or mixed with the backup's rows. Its pool's connections to the database show it.
others=$(echo "SELECT COUNT(*) FROM information_schema.processlist WHERE db = '$db_name' AND id <> CONNECTION_ID()" \
    | sql)
[ "$others" = 0 ] || fail "$others other connections use database $db_quoted: stop the server (every node) first;" \
    "nothing was changed"

# After a point-in-time recovery (docs/operations.md): the erasures kept before the restore that the replayed binary
# log did not bring back, put back now.
if $erasures_only; then
    [ -s "$kept" ] || fail "no erasures kept beside the archive ($kept): nothing to put back"
    put_back_erasures "$kept"
    rm -f "$kept"
    echo "Law 25: $put_back erasures made after the backup and not replayed were put back; people they name whom the" \
        "database holds whole, erased again when the server starts: $erased_again; CASL: $opt_outs_put_back" \
        "unsubscriptions put back; $consents_put_back consents withdrawn or given again put back; showcase profiles" \
        "withdrawn after the backup, withdrawn again when the server starts: $withdrawn_again"
    exit 0
fi

work=$(mktemp -d)
to_delete+=("$work")
tar -C "$work" -xf "$archive" manifest.txt database.sql.gz data.tar.gz
manifest=$work/manifest.txt
[ "$(head -1 "$manifest")" = "tremplin-backup 1" ] || fail "$archive is not an archive of backup.sh"
(cd "$work" && sed -n 's/^part //p' "$manifest" | sha256sum --quiet -c -) \
    || fail "the archive is damaged: a part does not have the SHA-256 its manifest gives"

# A schema newer than this code's migrations: the server would start on tables it does not know (Flyway only warns).
# Archives written before the manifest named the schema have no such line, and are taken as they are.
archive_schema=$(sed -n 's/^schema //p' "$manifest")
migrations=$(dirname "$0")/../../sql
if [ -n "$archive_schema" ]; then
    if [ -d "$migrations" ]; then
        newest=$(find "$migrations" -maxdepth 1 -name 'V*__*.sql' -printf '%f\n' \
            | sed 's/^V\([0-9_]*\)__.*/\1/; s/_/./g' | sort -V | tail -1)
        if [ "$(printf '%s\n%s\n' "$archive_schema" "$newest" | sort -V | tail -1)" != "$newest" ]; then
            fail "the archive's schema is at migration $archive_schema, newer than this Tremplin's newest ($newest," \
                "in $migrations): restore it with the scripts of the Tremplin version that wrote it, one whose sql/" \
                "folder has V${archive_schema//./_}__*.sql, and run that version on it"
        fi
    else
        echo "(no sql/ folder at $migrations: the archive's schema, migration $archive_schema, is not checked)" >&2
    fi
fi

# The hashes the database keeps of addresses and e-mails (the brakes' counts, the day's showcase reports) are keyed
# from V101 on, and backup.sh leaves their key out of the archive: restored without it, the server would write a new
# key as it starts and none of them would recognise anyone again. So the key must be there before anything changes:
# TREMPLIN_HASH_KEY (the server's environment, as here), the file given, the archive's (--with-hash-key), or the one
# the data directory holds already (kept across the restore). Hashes of before V101 are rekeyed at start-up under
# whichever key the server has, and an archive without such rows needs none.
hashed=$(awk '$1 == "rows" && ($3 == "rate_limit_count" || $3 == "sign_in_failure" || $3 == "showcase_report") {
                  sum += $2 } END { print sum + 0 }' "$manifest")
if [ -n "${TREMPLIN_HASH_KEY:-}" ] && [ -n "${TREMPLIN_HASH_KEY//[[:space:]]/}" ]; then
    key_from=environment
elif [ -n "$given_key" ]; then
    [ -r "$given_key" ] && [ -f "$given_key" ] || fail "cannot read the hashes' key $given_key (--hash-key)"
    [ "$(wc -c < "$given_key")" -ge 32 ] \
        || fail "$given_key holds $(wc -c < "$given_key") bytes, not a key of 32 (--hash-key): give the copy of" \
            "keys/hash.key kept apart from the backups; nothing was changed"
    key_from=given
elif grep -q "^file [0-9a-f]*  \./$key_file\$" "$manifest"; then
    key_from=archive
elif [ -f "$data_dir/$key_file" ]; then
    key_from=kept
elif $new_hash_key || [ "$hashed" = 0 ] || [ -z "$archive_schema" ] || ! at_least "$archive_schema" 101; then
    key_from=none
else
    fail "the archive's database holds $hashed hashes of addresses and e-mails kept under a key the archive does" \
        "not hold (backup.sh keeps it apart): give it — TREMPLIN_HASH_KEY in this environment, as the server has it;" \
        "or --hash-key FILE, the copy of keys/hash.key kept apart; or that file at $data_dir/$key_file —, or give" \
        "--new-hash-key to start under a new key (those hashes then recognise nobody: the brakes' counts and the" \
        "day's showcase reports start again); nothing was changed"
fi

# A statement longer than the server accepts would fail half-way through the load, the database already dropped.
longest=$(gzip -dc "$work/database.sql.gz" | longest_statement)
server_packet=$(echo 'SELECT @@max_allowed_packet' | sql)
if [ "$longest" -ge "$server_packet" ]; then
    fail "the dump holds a statement of $longest bytes and the server on $db_host:$db_port accepts at most" \
        "$server_packet (max_allowed_packet): set max_allowed_packet = $(( longest / 1048576 + 2 ))M or more in" \
        "the server's configuration ([mariadbd] in /etc/mysql/mariadb.conf.d/50-server.cnf), restart it, and" \
        "restore again; nothing was changed"
fi

echo "Restoring $(sed -n 's/^created //p' "$manifest") into database $db_quoted on $db_host:$db_port ($db_tls_said)" \
    "and folder $data_dir"

# What is there already; a data directory with only empty folders (imports/, which every started server makes) is
# empty.
tables_now=$(echo "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$db_name'" | sql)
files_now=0
if [ -d "$data_dir" ]; then
    files_now=$(cd "$data_dir" && find . -mindepth 1 ! -type d ! -path "./$key_file" | wc -l)
fi
if ! $replace; then
    [ "$tables_now" = 0 ] || fail "database $db_quoted has $tables_now tables: give --replace to overwrite it"
    [ "$files_now" = 0 ] || fail "$data_dir holds $files_now files: give --replace to overwrite them"
fi

# Law 25: the erasures recorded since the backup must survive it, or nobody could tell whom to erase again. Their
# records are kept aside before the database is dropped, and those the archive lacks are put back after the load.
erasures=$work/erasures.sql
: > "$erasures"
if [ "$(echo "SELECT COUNT(*) FROM information_schema.tables
              WHERE table_schema = '$db_name' AND table_name = 'person_erasure'" | sql)" = 1 ]; then
    # One row of values per line, as SQL (QUOTE writes NULL for a null), 500 to a statement.
    echo "SELECT CONCAT('(', CONCAT_WS(', ', QUOTE(tenant_id), QUOTE(lead_id), QUOTE(reason), QUOTE(retention_rule),
                        QUOTE(erased_by), QUOTE(erased_at), QUOTE(records)), ')')
          FROM $db_quoted.person_erasure WHERE lead_id IS NOT NULL ORDER BY id" \
        | sql --raw \
        | awk 'NR % 500 == 1 { if (NR > 1) print ";"; print "INSERT INTO erasures_before_restore VALUES" }
               { print (NR % 500 == 1 ? "" : ",") $0 }
               END { if (NR > 0) print ";" }' > "$erasures"
    # Apprentices a centre knew only by their showcase profile are recorded by the profile's number (V74), in a table
    # of their own here, so that a file kept by an earlier restore (leads only) still loads.
    if [ "$(echo "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = '$db_name'
                  AND table_name = 'person_erasure' AND column_name = 'showcase_profile_id'" | sql)" = 1 ]; then
        echo "SELECT CONCAT('(', CONCAT_WS(', ', QUOTE(tenant_id), QUOTE(showcase_profile_id), QUOTE(reason),
                            QUOTE(retention_rule), QUOTE(erased_by), QUOTE(erased_at), QUOTE(records)), ')')
              FROM $db_quoted.person_erasure WHERE showcase_profile_id IS NOT NULL ORDER BY id" \
            | sql --raw \
            | awk 'NR % 500 == 1 { if (NR > 1) print ";"; print "INSERT INTO apprentice_erasures_before_restore VALUES" }
                   { print (NR % 500 == 1 ? "" : ",") $0 }
                   END { if (NR > 0) print ";" }' >> "$erasures"
    fi
fi

# CASL: an unsubscription made since the backup must survive it too, or the next bulk e-mail would reach the person.
# Every unsubscription there is now is kept aside; those the restored database lacks (the same centre and address) are
# put back with the erasures.
if [ "$(echo "SELECT COUNT(*) FROM information_schema.tables
              WHERE table_schema = '$db_name' AND table_name = 'mail_opt_out'" | sql)" = 1 ]; then
    echo "SELECT CONCAT('(', CONCAT_WS(', ', QUOTE(tenant_id), QUOTE(email_normalized), QUOTE(opted_out_at),
                        QUOTE(channel), QUOTE(ip_address)), ')')
          FROM $db_quoted.mail_opt_out ORDER BY id" \
        | sql --raw \
        | awk 'NR % 500 == 1 { if (NR > 1) print ";"; print "INSERT INTO opt_outs_before_restore VALUES" }
               { print (NR % 500 == 1 ? "" : ",") $0 }
               END { if (NR > 0) print ";" }' >> "$erasures"
fi

# A showcase profile its apprentice (or their guardian, or the centre at their request) withdrew since the backup
# must stay withdrawn: the backup holds it whole, published perhaps. Each withdrawn profile's centre, number, moment of
# posting, and its withdrawal's moment and withdrawer are kept aside (nothing the apprentice wrote: the profile was
# emptied); those the restored database holds whole are marked with their withdrawal after the load.
if [ "$(echo "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = '$db_name'
              AND table_name = 'showcase_profile' AND column_name = 'withdrawn_by'" | sql)" = 1 ]; then
    echo "SELECT CONCAT('(', CONCAT_WS(', ', QUOTE(tenant_id), QUOTE(id), QUOTE(submitted_at), QUOTE(withdrawn_at),
                        QUOTE(withdrawn_by)), ')')
          FROM $db_quoted.showcase_profile WHERE status = 'WITHDRAWN' AND withdrawn_at IS NOT NULL ORDER BY id" \
        | sql --raw \
        | awk 'NR % 500 == 1 { if (NR > 1) print ";"; print "INSERT INTO withdrawn_before_restore VALUES" }
               { print (NR % 500 == 1 ? "" : ",") $0 }
               END { if (NR > 0) print ";" }' >> "$erasures"
fi

# A consent withdrawn since the backup must survive it as well: the restored register would otherwise say the person
# consents again, and the next bulk e-mail would reach them. Every change of the register — withdrawn, or given
# again, so that the latest word stays the person's — is kept aside and put back with the erasures where the restored
# register lacks it. Its texts may hold line breaks: they are written in hexadecimal, to keep one row a line.
if [ "$(echo "SELECT COUNT(*) FROM information_schema.tables
              WHERE table_schema = '$db_name' AND table_name = 'consent_change'" | sql)" = 1 ]; then
    echo "SELECT CONCAT('(', CONCAT_WS(', ', QUOTE(tenant_id), QUOTE(lead_id), QUOTE(email_normalized),
                        QUOTE(purpose), QUOTE(granted), QUOTE(text_version),
                        IF(text_shown IS NULL, 'NULL', CONCAT('X''', HEX(text_shown), '''')), QUOTE(language),
                        QUOTE(changed_at), QUOTE(channel), IF(note IS NULL, 'NULL', CONCAT('X''', HEX(note), '''')),
                        QUOTE(recorded_by), QUOTE(recorded_at), QUOTE(ip_address)), ')')
          FROM $db_quoted.consent_change ORDER BY id" \
        | sql --raw \
        | awk 'NR % 500 == 1 { if (NR > 1) print ";"; print "INSERT INTO consent_changes_before_restore VALUES" }
               { print (NR % 500 == 1 ? "" : ",") $0 }
               END { if (NR > 0) print ";" }' >> "$erasures"
fi

# They are written beside the archive before anything is dropped, and the file goes only once this restore has
# succeeded: a restore that fails after the drop (a full disk, the connection lost) leaves them there, and the next
# restore into this database from this folder, of any archive, puts them back too.
if [ -s "$kept" ]; then
    echo "(with the erasures kept by an earlier restore that failed: $kept)"
    cat "$kept" >> "$erasures"
fi
if [ -s "$erasures" ]; then
    (umask 077 && cp "$erasures" "$kept.partial" && mv "$kept.partial" "$kept") \
        || fail "cannot keep the erasures recorded so far beside the archive, in $(dirname "$archive"): restore" \
            "from a folder this account can write to; nothing was changed"
fi

read -r charset collation < <(sed -n 's/^charset //p' "$manifest")
sql <<EOF
DROP DATABASE IF EXISTS $db_quoted;
CREATE DATABASE $db_quoted CHARACTER SET $charset COLLATE $collation;
EOF
if ! gzip -dc "$work/database.sql.gz" | sql "$db_name"; then
    # The database is dropped and half loaded: the erasures recorded before are all that says whom the next load
    # must erase again, so they outlive this script.
    if [ -s "$erasures" ]; then
        fail "the load failed (above); the erasures recorded before it are kept in $kept, and the next restore" \
            "into $db_quoted from that folder puts them back"
    fi
    fail "the load failed (above)"
fi

# The erasures the archive lacks put back, unless a binary log is to be replayed first: its erasures come back with it,
# and those put back before would collide with them (docs/operations.md, "Point-in-time recovery").
put_back=0
erased_again=0
opt_outs_put_back=0
consents_put_back=0
withdrawn_again=0
if ! $for_replay; then
    put_back_erasures "$erasures"
fi

if [ "$key_from" = kept ]; then
    cp -p "$data_dir/$key_file" "$work/hash.key"
elif [ "$key_from" = given ]; then
    cp "$given_key" "$work/hash.key"
fi
if [ -d "$data_dir" ]; then
    find "$data_dir" -mindepth 1 -delete
fi
mkdir -p "$data_dir"
tar -C "$data_dir" -xzf "$work/data.tar.gz"
if [ -f "$work/hash.key" ]; then
    mkdir -p "$data_dir/$(dirname "$key_file")"
    (umask 077 && cp "$work/hash.key" "$data_dir/$key_file.partial" && chmod 600 "$data_dir/$key_file.partial" \
        && mv "$data_dir/$key_file.partial" "$data_dir/$key_file")
fi

# The check: the restored tables are exactly those of the manifest, each with its rows (and person_erasure,
# mail_opt_out and consent_change with the rows put back).
expected=$(sed -n 's/^rows \([0-9]*\) \(.*\)$/\2 \1/p' "$manifest" \
    | awk -v put_back="$put_back" -v opt_outs="$opt_outs_put_back" -v consents="$consents_put_back" \
          '$1 == "person_erasure" { $2 += put_back } $1 == "mail_opt_out" { $2 += opt_outs }
           $1 == "consent_change" { $2 += consents } { print }' | sort)
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
extra=$(cd "$data_dir" && comm -13 <(sed -n 's/^file [^ ]*  //p' "$manifest" | sort) \
    <(if [ -f "$work/hash.key" ]; then find . -type f ! -path "./$key_file"; else find . -type f; fi | sort))
[ -z "$extra" ] || fail "files that the manifest does not list: $extra"

tables=$(echo "$expected" | grep -c . || true)
rows=$(awk '/^rows / { sum += $2 } END { print sum + 0 }' "$manifest")
files=$(grep -c '^file ' "$manifest" || true)
$for_replay || rm -f "$kept"
echo "Restored and checked against the manifest: $tables tables, $rows rows, $files files"
case $key_from in
    environment) echo "The hashes' key: TREMPLIN_HASH_KEY, which the server must be given as it is here" ;;
    given) echo "The hashes' key: $given_key, written to $data_dir/$key_file (readable by its owner only)" ;;
    kept) echo "The hashes' key: the one $data_dir/$key_file held, kept" ;;
    archive) echo "The hashes' key: the archive's, in $data_dir/$key_file" ;;
    *) if [ "$hashed" != 0 ] && [ -n "$archive_schema" ] && at_least "$archive_schema" 101; then
           echo "Warning: no hashes' key (--new-hash-key): the server writes a new one as it starts, and the $hashed" \
               "hashes restored recognise nobody" >&2
       fi ;;
esac
if $for_replay && [ -s "$kept" ]; then
    echo "Point-in-time recovery: replay the binary log now, then put back the erasures it does not bring:" \
        "$(printf '%q ' "$0" --put-back-erasures "$archive")"
fi
if [ "$opt_outs_put_back" != 0 ]; then
    echo "CASL: $opt_outs_put_back unsubscriptions made after the backup were kept"
fi
if [ "$consents_put_back" != 0 ]; then
    echo "Consents: $consents_put_back withdrawn or given again after the backup were kept"
fi
if [ "$withdrawn_again" != 0 ]; then
    echo "Showcase: $withdrawn_again profiles withdrawn after the backup, withdrawn again when the server starts"
fi
if [ "$put_back" != 0 ]; then
    echo "Law 25: $put_back erasures made after the backup were kept; people they name whom the backup holds whole," \
        "erased again when the server starts: $erased_again"
fi
