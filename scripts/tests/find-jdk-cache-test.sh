#!/usr/bin/env bash
# Tests of find-jdk.sh's version cache with fake JDKs (scripts that print a version and count their calls):
# answers come from the cache only while the executable is the same file, and the choice is the one made
# without a cache. Run: scripts/tests/find-jdk-cache-test.sh (exit 0 when every check passes).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/find-jdk.sh
source "$here/../find-jdk.sh"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TCK_CACHE_DIR="$work/cache"
unset JAVA_HOME
failures=0
check() { # check NAME EXPECTED ACTUAL
  if [ "$2" = "$3" ]; then echo "ok   $1"; else echo "FAIL $1: expected '$2', got '$3'"; failures=$((failures + 1)); fi
}

# fake_jdk NAME MAJOR: a JDK folder whose bin/java prints MAJOR's version line and appends NAME to calls.log.
fake_jdk() {
  mkdir -p "$work/$1/bin"
  local java="$work/$1/bin/java" tmp="$work/$1/bin/java.new"
  printf '#!/bin/sh\necho %s >> "%s/calls.log"\necho "openjdk version \\"%s.0.1\\" 2026-01-01" >&2\n' \
    "$1" "$work" "$2" > "$tmp"
  chmod +x "$tmp"
  mv -f "$tmp" "$java"   # a new file, as a package upgrade writes one
}
calls() { if [ -f "$work/calls.log" ]; then grep -c "^$1\$" "$work/calls.log" || true; else echo 0; fi; }

fake_jdk old 17
fake_jdk new 21
export TCK_JAVA="$work/old/bin/java $work/new/bin/java"

check "the first JDK >= 21 in order is chosen" "$work/new/bin/java	21" "$(find_java_and_major)"
check "each candidate was asked once" "1 1" "$(calls old) $(calls new)"
check "find_java prints the path alone" "$work/new/bin/java" "$(find_java)"
check "a second call asks nobody" "1 1" "$(calls old) $(calls new)"

sleep 1.1   # the replaced file must differ even where the file system keeps whole seconds
fake_jdk old 25
check "a JDK replaced in place is asked again and chosen" "$work/old/bin/java	25" "$(find_java_and_major)"
check "only the replaced JDK was asked again" "2 1" "$(calls old) $(calls new)"

ln -s "$work/new/bin/java" "$work/link-java"
export TCK_JAVA="$work/link-java"
check "a symlink resolves to its target's version" "$work/link-java	21" "$(find_java_and_major)"
rm "$work/link-java"; ln -s "$work/old/bin/java" "$work/link-java"
check "a symlink pointed elsewhere is asked again" "$work/link-java	25" "$(find_java_and_major)"

printf 'garbage\n\t\t\n%s\tnot-an-identity\t99\n' "$work/old/bin/java" > "$TCK_CACHE_DIR/java-versions"
export TCK_JAVA="$work/old/bin/java"
check "a corrupt cache is ignored" "$work/old/bin/java	25" "$(find_java_and_major)"

rm -rf "$TCK_CACHE_DIR"; touch "$work/a-file"
export TCK_CACHE_DIR="$work/a-file/cache"   # under a regular file: not creatable, even by root
check "an unwritable cache folder still finds the JDK" "$work/old/bin/java	25" "$(find_java_and_major 2>&1)"

if [ "$failures" -gt 0 ]; then echo "$failures check(s) failed"; exit 1; fi
echo "all checks passed"
