# The one JDK finder of the project's scripts (tck, bench, mutation source it): Maven may run on an older JDK and
# pick a JDK >= 21 through toolchains, but tools started directly (the tck launcher, JMH, PIT's forked JVMs)
# need one found here.
#
# find_java prints the first java executable of version 21 or later among: $TCK_JAVA, $JAVA_HOME/bin/java,
# /usr/lib/jvm/*/bin/java, then java on PATH; it returns 1 when there is none.
# find_jdk_home prints that java's JDK directory (for JAVA_HOME).
# java_major prints the major version of the java executable given.

java_major() { "$1" -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -n1; }

find_java() {
  local candidate
  for candidate in ${TCK_JAVA:-} ${JAVA_HOME:+$JAVA_HOME/bin/java} /usr/lib/jvm/*/bin/java "$(command -v java || true)"; do
    [ -x "$candidate" ] || continue
    local major; major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$candidate"; return 0; fi
  done
  return 1
}

find_jdk_home() {
  local java; java=$(find_java) || return 1
  java=$(readlink -f "$java")
  dirname "$(dirname "$java")"
}
