#!/bin/sh
# Time and heap of the photo processing (ca.tremplin.photo) for a 12-megapixel phone JPEG (4032 x 3024) and a
# 48-megapixel one (8064 x 6048), and a 12-megapixel one carrying a wide-gamut profile (Adobe RGB, from Debian's
# ghostscript package) as iPhones carry Display P3; then the first two under smaller heaps, to show what each needs.
# Usage: src/bench/photo-processing.sh   (after mvn -o compile; no server, no database)
set -eu
cd "$(dirname "$0")/../.."
mvn -B -o -q dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile=target/photo-bench-classpath.txt
CP="target/classes:$(cat target/photo-bench-classpath.txt)"
# harness HEAP ARGUMENTS...: one run of the harness; a failure (out of memory) is reported and the script goes on.
harness() {
    heap=$1
    shift
    if ! java -Xmx"$heap" -cp "$CP" src/bench/PhotoProcessing.java "$@" 2>target/photo-bench.err; then
        echo "$* with -Xmx$heap failed: $(grep -m1 -E 'Error|Exception' target/photo-bench.err)"
    fi
}
harness 1g make 4032 3024 target/phone-12mp.jpg
harness 1g make 8064 6048 target/phone-48mp.jpg
harness 1g make 4032 3024 target/phone-12mp-wide-gamut.jpg /usr/share/color/icc/ghostscript/a98.icc
harness 1g measure target/phone-12mp.jpg 10 30
harness 1g measure target/phone-12mp-wide-gamut.jpg 10 30
harness 1g measure target/phone-48mp.jpg 5 15
for photo in phone-12mp phone-48mp; do
    for heap in 256m 160m 128m 96m 64m; do
        harness "$heap" measure "target/$photo.jpg" 2 5
    done
done
