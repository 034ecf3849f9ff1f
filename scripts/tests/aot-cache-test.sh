#!/usr/bin/env bash
# Tests of the launcher's ahead-of-time cache (scripts/aot-cache.sh) on the built tck (reports/target, built by
# ./tck or `mvn -pl reports -am package`) and a JDK >= 25: the cache's name changes with the jars, the JDK and
# the options; a training run builds it; a run uses it; a stale, truncated or missing cache leaves a run's
# output, stderr and exit status exactly as without one. Works on a copy of the jars in a temporary folder.
# Run: scripts/tests/aot-cache-test.sh (exit 0 when every check passes; 0 with a note when no JDK 25 is found).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# shellcheck source=scripts/find-jdk.sh
source "$root/scripts/find-jdk.sh"
# shellcheck source=scripts/aot-cache.sh
source "$root/scripts/aot-cache.sh"

failures=0
check() { # check NAME EXPECTED ACTUAL (sets passed to 1 or 0)
  if [ "$2" = "$3" ]; then echo "ok   $1"; passed=1
  else echo "FAIL $1: expected '$2', got '$3'"; failures=$((failures + 1)); passed=0; fi
}
differs() { # differs NAME A B
  if [ "$2" != "$3" ]; then echo "ok   $1"; else echo "FAIL $1: both '$2'"; failures=$((failures + 1)); fi
}

found=$(find_java_and_major) || { echo "no JDK >= 21"; exit 1; }
java=${found%%$'\t'*}; major=${found##*$'\t'}
check "JDK 21 has no AOT cache" "no" "$(aot_supported 21 && echo yes || echo no)"
check "JDK 25 has one" "yes" "$(aot_supported 25 && echo yes || echo no)"
check "TCK_AOT=0 turns it off" "no" "$(TCK_AOT=0 aot_supported 25 && echo yes || echo no)"
if ! aot_supported "$major"; then echo "skipped the rest: $java is JDK $major, the cache needs 25"; exit "$failures"; fi

built="$root/reports/target"
[ -d "$built/lib" ] || { echo "build the tck first (./tck --help)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$built"/asyncio-tck-reports-*.jar "$work/"
cp -r "$built/lib" "$work/lib"
classpath=$(printf '%s:' "$work"/asyncio-tck-reports-*.jar "$work"/lib/*.jar); classpath=${classpath%:}
options=(--add-exports java.base/jdk.internal.vm=ALL-UNNAMED -Xss16m -XX:G1HeapRegionSize=32m)
main=dev.asynciotck.reports.cli.Tck
program="$work/hello.py"
printf 'import asyncio\n\nasync def main():\n    print("hello")\n\nasyncio.run(main())\n' > "$program"

cache=$(aot_cache_path "$work/aot" "$java" "$classpath" "${options[@]}")
check "the same inputs give the same name" "$cache" "$(aot_cache_path "$work/aot" "$java" "$classpath" "${options[@]}")"
differs "other options, another name" "$cache" "$(aot_cache_path "$work/aot" "$java" "$classpath" "${options[@]}" -Dx=1)"
differs "a shorter class path, another name" "$cache" "$(aot_cache_path "$work/aot" "$java" "${classpath%:*}" "${options[@]}")"
mkdir -p "$work/otherjdk/bin" "$work/otherjdk/lib"; cp "$java" "$work/otherjdk/bin/java"
differs "another JDK, another name" "$cache" "$(aot_cache_path "$work/aot" "$work/otherjdk/bin/java" "$classpath" "${options[@]}")"

await_training() { # waits (up to 15 minutes: the machine may be loaded) for the training's lock to go
  local _
  for _ in $(seq 1 1800); do [ -d "$work/aot/training.lock" ] || return 0; sleep 0.5; done
  echo "the training still runs after 15 minutes"
}
training_log() { [ -f "$work/aot/training.log" ] && sed 's/^/     | /' "$work/aot/training.log" | tail -n 15 || true; }

run() { # run [JVM-OPTION...]: the program's stdout, then "stderr:" and its stderr, then "exit:" and the status
  local status=0
  "$java" "${options[@]}" "$@" -cp "$classpath" "$main" exec "$program" >"$work/out" 2>"$work/err" || status=$?
  printf '%s\nstderr:%s\nexit:%s' "$(cat "$work/out")" "$(cat "$work/err")" "$status"
}
plain=$(run)
check "without a cache the program runs" "hello
stderr:
exit:0" "$plain"

aot_train_in_background "$cache" "$java" "$classpath" "$main" "$root/scripts/aot-training.py" "${options[@]}"
aot_train_in_background "$cache" "$java" "$classpath" "$main" "$root/scripts/aot-training.py" "${options[@]}"
await_training
check "the training built the cache (one training, no leftovers)" "$(basename "$cache") training.log" \
  "$(cd "$work/aot" && echo *)"
[ "$passed" = 1 ] || training_log
aot_options "$cache"; use=("${AOT_OPTIONS[@]}")
check "a run with the cache gives the same output, silently" "$plain" "$(run "${use[@]}")"
run -XX:AOTCache="$cache" -Xlog:aot=info >/dev/null
if grep -q "Opened AOT cache" "$work/out" "$work/err"; then echo "ok   the JVM maps the cache"
else echo "FAIL the JVM did not map the cache"; failures=$((failures + 1)); fi

sleep 1.1; touch "$work/lib/"picocli-*.jar
differs "a rebuilt jar, another name" "$cache" "$(aot_cache_path "$work/aot" "$java" "$classpath" "${options[@]}")"
check "the stale cache forced on the run changes nothing" "$plain" "$(run "${use[@]}")"
head -c 4096 "$cache" > "$work/truncated.aot"
aot_options "$work/truncated.aot"; truncated=("${AOT_OPTIONS[@]}")
check "a truncated cache changes nothing" "$plain" "$(run "${truncated[@]}")"
aot_options "$work/none.aot"; missing=("${AOT_OPTIONS[@]}")
check "a missing cache changes nothing" "$plain" "$(run "${missing[@]}")"

fresh=$(aot_cache_path "$work/aot" "$java" "$classpath" "${options[@]}")
aot_train_in_background "$fresh" "$java" "$classpath" "$main" "$root/scripts/aot-training.py" "${options[@]}"
await_training
check "retraining replaces the stale cache" "$(basename "$fresh") training.log" "$(cd "$work/aot" && echo *)"
[ "$passed" = 1 ] || training_log

if [ "$failures" -gt 0 ]; then echo "$failures check(s) failed"; exit 1; fi
echo "all checks passed"
