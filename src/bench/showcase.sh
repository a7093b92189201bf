#!/usr/bin/env bash
# The apprentices' showcase at 10,000 public profiles: the benchmark catalogue (TREMPLIN_DEMO_DATA=benchmark: 40
# school service centres, 10,000 programs), then src/bench/showcase-data.sql generates 16,667 profiles (10,000
# approved) with 50,001 photo variants of real JPEG bytes made by the application's PhotoProcessor
# (src/bench/PhotoProcessing.java variants). Then wrk on loopback, anonymous as a visitor:
#   - the gallery's first page in French and in English;
#   - the gallery filtered by trade (eight ministry codes in turn), and by sector and region (eight pairs in turn);
#   - page 50 of the gallery, as a browser without scripts follows the "more" link (the script that loads more
#     cards in place fetches the same address: it has none of its own); then the first page on one connection;
#   - a profile's page (eight profiles in turn; each view counts in showcase_daily_count, a write);
#   - a photo variant of 320, 640 and 1280 pixels (200, eight photos in turn), and the same revalidated with its
#     ETag (If-None-Match: 304);
#   - the ceiling: static files of the same sizes served by the same WildFly (tremplin.css, 28 KB, and PrimeFaces'
#     jquery.js, about 90 KB, as Faces resources);
# with server-side durations from the access log (Faces resources are not in it: their figures are wrk's, on
# loopback), the gallery's query plans and MariaDB's own time for its statements.
#
# Starts its own server (a copy of target/server, ports moved by BENCH_PORT_OFFSET, default 960:
# http://127.0.0.1:9040) on its own MariaDB database (BENCH_DB, default tremplin_bench_showcase).
#
#   src/bench/showcase.sh [seconds per load, default 30] [connections, default 8]
#
# BENCH_REUSE_DATA=1 keeps the database of the previous run (the server migrates it) instead of generating it again;
# BENCH_ONLY=gallery runs the gallery's loads only (then the query plans).
# Needs: a built application (mvn -DskipTests package), wrk, MariaDB on 127.0.0.1:3306 (root, no password).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=src/bench/bench-database.sh
. src/bench/bench-database.sh
duration=${1:-30}
connections=${2:-8}
threads=$(( connections < 2 ? 1 : 2 ))
OFFSET=${BENCH_PORT_OFFSET:-960}
URL=http://127.0.0.1:$((8080 + OFFSET))
db=${BENCH_DB:-tremplin_bench_showcase}
server=target/bench-server-showcase
WORK=$(mktemp -d)
[ -f target/tremplin.war ] && [ -d target/server ] || mvn -B -q -DskipTests package
if curl -s -o /dev/null "$URL/"; then
    echo "Something already answers at $URL: choose another BENCH_PORT_OFFSET" >&2
    exit 1
fi
sql() { mysql --protocol=TCP -h 127.0.0.1 -u root "$@"; }
reuse=${BENCH_REUSE_DATA:-0}
photos=target/showcase-bench-photos.sql
if [ "$reuse" != 1 ] && [ ! -f "$photos" ]; then
    # One phone photo (4032 x 3024 held sideways, a bright day's noise) through PhotoProcessor: its variants' bytes.
    mvn -B -o -q dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile="$WORK/classpath.txt"
    cp="target/classes:$(cat "$WORK/classpath.txt")"
    java -Dnoise=2 -cp "$cp" src/bench/PhotoProcessing.java make 3024 4032 "$WORK/phone.jpg" 2> /dev/null
    java -cp "$cp" src/bench/PhotoProcessing.java variants "$WORK/phone.jpg" "$photos" 2> /dev/null
fi
[ "$reuse" = 1 ] || create_bench_database "$db"
start_bench_server "$server" "$db" "$OFFSET" /fr/vitrine
if [ "$reuse" != 1 ]; then
    started=$(date +%s)
    cat "$photos" src/bench/showcase-data.sql | sql "$db" > /dev/null
    echo "Showcase generated in $(( $(date +%s) - started )) s"
fi
sql -N "$db" -e "
  SELECT 'centres with profiles', COUNT(DISTINCT tenant_id) FROM showcase_profile UNION ALL
  SELECT 'approved profiles', COUNT(*) FROM showcase_profile WHERE status = 'APPROVED' UNION ALL
  SELECT 'other profiles', COUNT(*) FROM showcase_profile WHERE status <> 'APPROVED' UNION ALL
  SELECT 'programs with public profiles', COUNT(DISTINCT program_id) FROM showcase_profile WHERE status = 'APPROVED'
  UNION ALL SELECT 'photo rows', COUNT(*) FROM showcase_photo UNION ALL
  SELECT CONCAT('photo rows of ', width, ' px, KB each'), ROUND(AVG(LENGTH(content)) / 1024) FROM showcase_photo
      GROUP BY width UNION ALL
  SELECT 'photo bytes in all (MB)', ROUND(SUM(LENGTH(content)) / 1048576) FROM showcase_photo"

# Filters and profiles taken from the data: the eight trades (ministry codes) and sector-region pairs with the most
# public profiles.
public="FROM showcase_profile s JOIN program p ON p.id = s.program_id JOIN tenant t ON t.id = s.tenant_id
    WHERE s.status = 'APPROVED'"
mapfile -t trades < <(sql -N "$db" -e "SELECT p.code $public GROUP BY p.code ORDER BY COUNT(*) DESC, p.code LIMIT 8")
mapfile -t pairs < <(sql -N "$db" -e "SELECT CONCAT('sector=', p.sector_code, '&region=', t.region) $public
    GROUP BY p.sector_code, t.region ORDER BY COUNT(*) DESC LIMIT 8")
mapfile -t profiles < <(sql -N "$db" -e "SELECT s.id $public AND s.id % 1250 = 0 ORDER BY s.id LIMIT 8")
mapfile -t keys < <(sql -N "$db" -e "SELECT s.photo_key $public AND s.id % 1250 = 7 ORDER BY s.id LIMIT 8")
first_key=${keys[0]}

server_side() {  # percentiles of the access log's durations for requests matching a pattern, since a given line
    { tail -n +"$1" "$log" | grep -E "GET $2 status=$3 " || true; } | sed -E 's/.*duration_ms=([0-9.]+).*/\1/' \
      | sort -n | awk '{a[NR]=$1} END {if (NR == 0) {print "server side: no request in the log"; exit}
          printf "server side: count=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f\n", NR, a[int(NR*0.5)+1], a[int(NR*0.95)+1], a[int(NR*0.99)+1]}'
}
# title, logged path pattern, logged status, paths in turn, extra wrk arguments...
load() {
    local title=$1 pattern=$2 status=$3 paths=$4 before first
    shift 4
    first=${paths%% *}
    echo "$title"
    echo "  e.g. $URL$first"
    WRK_PATHS="$paths" wrk -t"$threads" -c"$connections" -d10s "$@" -s src/bench/percentiles.lua "$URL$first" > /dev/null
    before=$(( $(wc -l < "$log") + 1 ))
    echo "  $(WRK_PATHS="$paths" wrk -t"$threads" -c"$connections" -d"${duration}s" "$@" -s src/bench/percentiles.lua \
        "$URL$first" | tail -1)"
    [ -z "$pattern" ] || echo "  $(server_side "$before" "$pattern" "$status")"
}
echo "Load average before the loads: $(cut -d' ' -f1-3 /proc/loadavg)"
curl -s -o "$WORK/gallery.html" "$URL/fr/vitrine"
echo "The gallery's first page: $(wc -c < "$WORK/gallery.html") bytes, $(grep -o '<option' "$WORK/gallery.html" | wc -l) options in its filters, $(grep -c 'class="showcase-card"' "$WORK/gallery.html") cards"
echo "Its first card's image: $(grep -o '<img [^>]*>' "$WORK/gallery.html" | head -1)"
echo "A photo's headers:"
curl -s -D - -o /dev/null "$URL$(grep -o 'src="/vitrine-photo/[^"]*"' "$WORK/gallery.html" | head -1 | cut -d'"' -f2)" \
    | grep -i -E '^(HTTP|cache-control|etag|content-length|content-type)' | sed 's/^/  /'

load "Gallery, first page (French)" "/fr/vitrine" 200 "/fr/vitrine"
load "Gallery, first page (English)" "/en/showcase" 200 "/en/showcase"
load "Gallery filtered by trade (eight trades in turn)" "/fr/vitrine" 200 \
    "$(for code in "${trades[@]}"; do printf '/fr/vitrine?trade=%s ' "$code"; done)"
load "Gallery filtered by sector and region (eight pairs in turn)" "/fr/vitrine" 200 \
    "$(for q in "${pairs[@]}"; do printf '/fr/vitrine?%s ' "$q"; done)"
load "Gallery, page 50 (the \"more\" link without scripts)" "/fr/vitrine" 200 "/fr/vitrine?page=50"
# One connection: the time a request takes by itself, without waiting for the cores the others hold.
connections=1 threads=1 load "Gallery, first page (French), one connection" "/fr/vitrine" 200 "/fr/vitrine"
if [ "${BENCH_ONLY:-}" != gallery ]; then
load "A profile's page (eight profiles in turn, each view counted)" "/fr/vitrine/[0-9]+" 200 \
    "$(for id in "${profiles[@]}"; do printf '/fr/vitrine/%s ' "$id"; done)"
for width in 320 640 1280; do
    load "A photo, $width px wide (eight photos in turn)" "/vitrine-photo/[0-9a-f]+/$width.jpg" 200 \
        "$(for k in "${keys[@]}"; do printf '/vitrine-photo/%s/%s.jpg ' "$k" "$width"; done)"
done
etag=$(curl -s -D - -o /dev/null "$URL/vitrine-photo/$first_key/640.jpg" | tr -d '\r' | awk 'tolower($1) == "etag:" {print $2}')
load "The same 640 px photo revalidated (If-None-Match: $etag)" "/vitrine-photo/[0-9a-f]+/640.jpg" 304 \
    "/vitrine-photo/$first_key/640.jpg" -H "If-None-Match: $etag"
load "Ceiling: a static file of 28 KB (tremplin.css, a Faces resource; not in the access log)" "" "" \
    "/jakarta.faces.resource/css/tremplin.css.xhtml"
load "Ceiling: a static file of about 90 KB (PrimeFaces' jquery.js, a Faces resource; not in the access log)" "" "" \
    "/jakarta.faces.resource/jquery/jquery.js.xhtml?ln=primefaces"
fi
echo "Load average after the loads: $(cut -d' ' -f1-3 /proc/loadavg)"

trade=${trades[0]}
pair=${pairs[0]}
sector=${pair#sector=}; sector=${sector%%&*}
region=${pair##*region=}
# By sector or region, PublicShowcase starts from the sector's programs (or the region's centres); the gallery's
# order with the same filters (how it read them before) is timed beside it.
by_pair="SELECT STRAIGHT_JOIN s.id FROM program p JOIN tenant t ON t.id = p.tenant_id
    JOIN showcase_profile s FORCE INDEX (ix_showcase_profile_public) ON s.status = 'APPROVED'
    AND s.program_id = p.id AND s.tenant_id = t.id WHERE t.active AND p.sector_code = '$sector' AND t.region = '$region'"
gallery="SELECT STRAIGHT_JOIN s.id FROM showcase_profile s JOIN program p ON p.id = s.program_id
    JOIN tenant t ON t.id = s.tenant_id WHERE s.status = 'APPROVED' AND t.active"
filters="SELECT STRAIGHT_JOIN p.code, p.title_fr, p.title_en, sec.code, sec.name_fr, sec.name_en, t.region
    FROM (SELECT DISTINCT program_id FROM showcase_profile WHERE status = 'APPROVED') s
    JOIN program p ON p.id = s.program_id JOIN training_sector sec ON sec.code = p.sector_code
    JOIN tenant t ON t.id = p.tenant_id WHERE t.active"
echo "Query plans (MariaDB EXPLAIN of the gallery's statements, as PublicShowcase writes them):"
sql -t "$db" -e "
  EXPLAIN $gallery ORDER BY s.moderated_at DESC, s.id DESC LIMIT 637, 13;
  EXPLAIN $gallery AND p.code = '$trade' ORDER BY s.moderated_at DESC, s.id DESC LIMIT 13;
  EXPLAIN $by_pair ORDER BY s.moderated_at DESC, s.id DESC LIMIT 13;
  EXPLAIN $filters;
  EXPLAIN SELECT photo_key, width, height FROM showcase_photo WHERE photo_key IN ('$first_key') ORDER BY width DESC;"
echo "MariaDB's own time for the same statements, one at a time, no load (its profiler):"
sql "$db" -e "
  SET profiling = 1;
  $gallery ORDER BY s.moderated_at DESC, s.id DESC LIMIT 0, 13;
  $gallery ORDER BY s.moderated_at DESC, s.id DESC LIMIT 637, 13;
  $gallery AND p.code = '$trade' ORDER BY s.moderated_at DESC, s.id DESC LIMIT 13;
  $by_pair ORDER BY s.moderated_at DESC, s.id DESC LIMIT 13;
  $gallery AND p.sector_code = '$sector' AND t.region = '$region' ORDER BY s.moderated_at DESC, s.id DESC LIMIT 13;
  $filters;
  SHOW PROFILES;" | awk -F'\t' '$1 ~ /^[0-9]+$/ && $2 ~ /^[0-9]+\.[0-9]+$/ && $3 ~ /^SELECT/ {
      gsub(/[ \t\n]+/, " ", $3); printf "%.1f ms  %s\n", $2 * 1000, substr($3, 1, 150)}'
