#!/usr/bin/env bash
# Refreshes the README's pictures (docs/screenshots/*.png): starts a server of its own with the demo data (a fresh
# database tremplin_bench_screenshots on the local MariaDB, ports moved by SCREENSHOTS_PORT_OFFSET, default 470),
# takes each main page at a desktop's and a phone's width in Debian's Chromium, and stops that server.
#
#   src/ops/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -DskipTests package test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/screenshots.classpath
# shellcheck source=src/bench/demo-server.sh
. src/bench/demo-server.sh
start_demo_server screenshots "${SCREENSHOTS_PORT_OFFSET:-470}"
java -cp "target/test-classes:target/classes:$(cat target/screenshots.classpath)" \
    ca.tremplin.screenshots.Screenshots "$URL" docs/screenshots
