# The tck launcher's ahead-of-time cache (JDK 25's -XX:AOTCache, JEP 483/514/515): the classes a `tck exec` loads,
# already parsed, verified and linked, mapped from one file at start-up. Sourced by ./tck; tested by
# scripts/tests/aot-cache-test.sh.
#
# Safety, in three layers:
#   - the cache's file name is a hash of everything it depends on: the java executable (path and what stat says
#     of it and of the JDK's lib/modules), the JVM options, and each class-path entry (path, size, modification
#     time). A rebuilt jar, another JDK, other options: another name, so a stale cache is simply not found;
#   - the JVM checks the same things itself (JDK build, class path, jar times) and, when the cache does not fit,
#     runs without it; -Xlog:aot=off -Xlog:cds=off keep that fallback silent, so the program's output and
#     stderr are exactly those of a run without a cache;
#   - a missing cache is built in the background by one training run (`tck exec` of scripts/aot-training.py,
#     -XX:AOTCacheOutput), written under a temporary name and renamed into place only when complete; one
#     training at a time (a lock folder; one older than ten minutes is taken as abandoned). The run that found
#     no cache goes on without one at once.
# TCK_AOT=0 turns the cache off (no use, no training). It needs JDK 25 or later (aot_supported).

# True when the java of major version $1 has -XX:AOTCache and -XX:AOTCacheOutput (JDK 25+), and TCK_AOT allows it.
aot_supported() { [ "${TCK_AOT:-1}" != 0 ] && [ -n "$1" ] && [ "$1" -ge 25 ]; }

# aot_cache_path DIR JAVA CLASSPATH JVM-OPTION...: the cache file for that JVM, class path and options (in DIR).
aot_cache_path() {
  local dir=$1 java=$2 classpath=$3; shift 3
  local entries=() key
  IFS=: read -r -a entries <<< "$classpath"
  # One stat for everything (a fork per file would cost more than the cache saves); a missing file's error
  # message goes into the hash too.
  key=$( { printf '%s\n' "$java" "$@"
           stat -L --printf '%n %d:%i:%s:%.9Y:%.9Z\n' -- "$java" "${java%/bin/*}/lib/modules" "${entries[@]}" 2>&1
         } | cksum)
  echo "$dir/tck-${key// /-}.aot"
}

# aot_train_in_background CACHE JAVA CLASSPATH MAIN-CLASS TRAINING-PROGRAM JVM-OPTION...: builds CACHE, detached
# from the caller's streams; returns at once. Caches of other keys in the same folder are removed first (stale).
aot_train_in_background() {
  local cache=$1 java=$2 classpath=$3 main=$4 program=$5; shift 5
  local dir lock
  dir=$(dirname "$cache")
  lock="$dir/training.lock"
  mkdir -p "$dir" 2>/dev/null || return 0
  if [ -d "$lock" ] && [ -n "$(find "$lock" -maxdepth 0 -mmin +10 2>/dev/null)" ]; then
    rmdir "$lock" 2>/dev/null || true
  fi
  mkdir "$lock" 2>/dev/null || return 0
  (
    tmp="$cache.$BASHPID.tmp"
    trap 'rm -f "$tmp" "$tmp.config"; rmdir "$lock" 2>/dev/null' EXIT
    find "$dir" -maxdepth 1 -name 'tck-*.aot' ! -path "$cache" -delete 2>/dev/null
    if nice -n 10 "$java" "$@" -XX:AOTCacheOutput="$tmp" -cp "$classpath" "$main" exec "$program" \
        >"$dir/training.log" 2>&1 && [ -s "$tmp" ]; then
      mv -f "$tmp" "$cache"
    fi
  ) </dev/null >/dev/null 2>&1 &
}

# aot_options CACHE: sets the array AOT_OPTIONS to the JVM options that use CACHE, silently (see above).
aot_options() { AOT_OPTIONS=("-XX:AOTCache=$1" -Xlog:aot=off -Xlog:cds=off); }
