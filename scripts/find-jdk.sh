# The one JDK finder of the project's scripts (tck, bench, mutation source it): Maven may run on an older JDK and
# pick a JDK >= 21 through toolchains, but tools started directly (the tck launcher, JMH, PIT's forked JVMs)
# need one found here.
#
# find_java prints the first java executable of version 21 or later among: $TCK_JAVA, $JAVA_HOME/bin/java,
# /usr/lib/jvm/*/bin/java, then java on PATH; it returns 1 when there is none.
# find_java_and_major prints the same java, a tab and its major version (find_java_into sets them instead).
# find_jdk_home prints that java's JDK directory (for JAVA_HOME).
# java_major prints the major version of the java executable given.
#
# The version cache: asking a candidate its version starts a JVM (0.05 s idle, up to a second on a loaded machine),
# and the launcher would ask every older JDK before the one it picks, on every call. So each answer is kept in
# $TCK_CACHE_DIR/java-versions (default ~/.cache/asyncio-tck), one line per executable: its path, what stat says of
# the file it resolves to (device, inode, size, modification and change times) and its major version. A JDK
# upgraded or replaced in place gets new files (new inode and times), a symlink pointed elsewhere resolves to
# another file: either way the line no longer matches and the version is asked again. The cache only ever
# answers "which version is this exact file"; the order of the candidates and the choice are as without it.
# An unreadable or unwritable cache is ignored (the versions are then asked each time).

java_major() { "$1" -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -n1; }

java_version_cache() { echo "${TCK_CACHE_DIR:-${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/asyncio-tck}/java-versions"; }

find_java() {
  local found; found=$(find_java_and_major) || return 1
  echo "${found%%$'\t'*}"
}

find_java_and_major() {
  find_java_into || return 1
  printf '%s\t%s\n' "$FOUND_JAVA" "$FOUND_JAVA_MAJOR"
}

# find_java_into sets FOUND_JAVA and FOUND_JAVA_MAJOR instead of printing (no subshell: the launcher's hot path).
find_java_into() {
  FOUND_JAVA="" FOUND_JAVA_MAJOR=""
  local candidate candidates=()
  for candidate in ${TCK_JAVA:-} ${JAVA_HOME:+$JAVA_HOME/bin/java} /usr/lib/jvm/*/bin/java "$(command -v java || true)"; do
    [ -x "$candidate" ] && candidates+=("$candidate")
  done
  [ ${#candidates[@]} -gt 0 ] || return 1

  # One stat for all candidates: "path<TAB>identity" per line (a candidate that vanished meanwhile has none).
  local -A identity=() cached=() others=()
  local path id major line
  while IFS=$'\t' read -r path id; do
    [ -n "$path" ] && identity[$path]=$id
  done < <(stat -L --printf '%n\t%d:%i:%s:%Y:%Z\n' -- "${candidates[@]}" 2>/dev/null || true)

  local cache; cache=$(java_version_cache)
  if [ -r "$cache" ]; then
    while IFS=$'\t' read -r path id major; do
      [ -n "$path" ] || continue
      if [ -n "${identity[$path]:-}" ]; then
        [ "$id" = "${identity[$path]}" ] && cached[$path]=$major
      else
        others[$path]="$id"$'\t'"$major"
      fi
    done < "$cache"
  fi

  local chosen="" chosen_major="" asked=0
  for candidate in "${candidates[@]}"; do
    major=${cached[$candidate]:-}
    if [ -z "$major" ]; then
      major=$(java_major "$candidate")
      [ -n "$major" ] || continue
      [ -n "${identity[$candidate]:-}" ] && { cached[$candidate]=$major; asked=1; }
    fi
    if [ "$major" -ge 21 ]; then chosen=$candidate; chosen_major=$major; break; fi
  done

  if [ "$asked" = 1 ]; then
    # Rewritten whole and renamed into place, so a reader never sees half a file; concurrent writers each
    # write a complete file and the last rename wins (at worst an answer is asked again next time).
    local tmp="$cache.$$.tmp"
    if mkdir -p "$(dirname "$cache")" 2>/dev/null && {
        for path in "${!others[@]}"; do printf '%s\t%s\n' "$path" "${others[$path]}"; done
        for path in "${!cached[@]}"; do printf '%s\t%s\t%s\n' "$path" "${identity[$path]}" "${cached[$path]}"; done
      } > "$tmp" 2>/dev/null; then
      mv -f "$tmp" "$cache" 2>/dev/null || rm -f "$tmp"
    else
      rm -f "$tmp" 2>/dev/null
    fi
  fi

  [ -n "$chosen" ] || return 1
  FOUND_JAVA=$chosen FOUND_JAVA_MAJOR=$chosen_major
}

find_jdk_home() {
  local java; java=$(find_java) || return 1
  java=$(readlink -f "$java")
  dirname "$(dirname "$java")"
}
