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
