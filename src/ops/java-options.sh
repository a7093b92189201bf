# Sourced by the scripts that start WildFly (src/ops, src/cluster, src/bench).
#
#   java_options ARG...   prints the arguments as JAVA_OPTS for WildFly's bin/standalone.sh, each one word
#
# standalone.sh reads JAVA_OPTS through the shell's eval: an option naming a path with a blank in it
# (-XX:SharedArchiveFile=/srv/tremplin nodes/classes.jsa) would reach the JVM cut in two, and a quote or a '$' in it
# would be read as shell. Each argument that holds anything but letters, digits and _ . / : = + , @ % - is put in
# single quotes here, which that eval removes. Give the result to standalone.sh alone, never export it:
# bin/jboss-cli.sh reads JAVA_OPTS without eval and would pass the quotes on to its own JVM.

java_options() {
    local option quoted=()
    for option in "$@"; do
        case $option in
            '' | *[!A-Za-z0-9_./:=+,@%-]*) quoted+=("'${option//\'/\'\\\'\'}'") ;;
            *) quoted+=("$option") ;;
        esac
    done
    printf '%s' "${quoted[*]}"
}

# The JVM standalone.sh runs: $JAVA_HOME/bin/java when JAVA_HOME is set, else java on the PATH.
server_java() {
    if [ -n "${JAVA_HOME:-}" ]; then printf '%s' "$JAVA_HOME/bin/java"; else printf '%s' java; fi
}

# That JVM's release (17, 25), from its java.specification.version; 0 when it cannot be read.
server_java_release() {
    local release
    release=$("$(server_java)" -XshowSettings:properties -version 2>&1 \
        | awk -F'= ' '/java\.specification\.version/ { print $2; exit }')
    case $release in
        '' | *[!0-9]*) echo 0 ;;
        *) echo "$release" ;;
    esac
}

# The option that writes a cache of a start's classes at FILE as the JVM exits, and the one that starts from it.
# From JDK 25 on, its ahead-of-time cache (-XX:AOTCacheOutput, then -XX:AOTCache): the classes loaded and linked, and
# the methods' profiles the compilers start from; measured the sooner start of the two (docs/benchmarks.md, "The
# ahead-of-time cache of JDK 25"). Before, JDK 17's dynamic class data archive (-XX:ArchiveClassesAtExit, then
# -XX:SharedArchiveFile). A cache of another JDK is refused by the JVM with a warning, and the server starts without it.
class_cache_write_option() {
    if [ "$(server_java_release)" -ge 25 ]; then echo "-XX:AOTCacheOutput=$1"; else echo "-XX:ArchiveClassesAtExit=$1"; fi
}
class_cache_use_option() {
    if [ "$(server_java_release)" -ge 25 ]; then echo "-XX:AOTCache=$1"; else echo "-XX:SharedArchiveFile=$1"; fi
}
