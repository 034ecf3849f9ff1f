#!/usr/bin/env bash
# Records the test bodies of a CPython version that has no native build here (3.14, 3.15) as
# features/trace/bodies/<version>.txt, which CpythonTraceTest checks against the trace like the installed CPythons.
#
#   scripts/cpython-test-bodies.sh 3.14                  # the sources from Debian's libpython3.14-testsuite package
#   scripts/cpython-test-bodies.sh 3.14 DIR "SOURCE"     # any CPython Lib/test/test_asyncio folder DIR; SOURCE
#                                                        # says where it came from (written into the list's header)
#
# Without DIR the script asks Debian's archive (unstable, through apt-get with a private configuration under a
# temporary folder: the machine's apt sources are left alone) for libpython<version>-testsuite, downloads that one
# package and unpacks it into the temporary folder; nothing is installed. The list is written by the spec module's
# own scanner (CpythonTestBodies), the one that reads the installed versions, so both are read alike.
# Only the names of the test bodies are kept, never CPython's code.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="${1:?usage: $0 3.X [TEST_ASYNCIO_DIR SOURCE]}"
[[ "$version" =~ ^3\.[0-9]+$ ]] || { echo "$0: version '$version' is not of the form 3.X" >&2; exit 2; }
dir="${2:-}"
source_text="${3:-}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ -z "$dir" ]; then
  mkdir -p "$work/lists/partial" "$work/cache/archives/partial"
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian sid main" \
    > "$work/sources.list"
  apt_opts=(-o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/dev/null
            -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o APT::Sandbox::User=root)
  apt-get "${apt_opts[@]}" -qq update
  package="libpython${version}-testsuite"
  package_version="$(apt-cache "${apt_opts[@]}" show "$package" | sed -n 's/^Version: //p' | head -n1)"
  [ -n "$package_version" ] || { echo "$0: Debian unstable has no $package" >&2; exit 1; }
  (cd "$work" && apt-get "${apt_opts[@]}" -qq download "$package")
  dpkg-deb -x "$work"/"${package}"_*.deb "$work/unpacked"
  dir="$work/unpacked/usr/lib/python${version}/test/test_asyncio"
  source_text="Debian's ${package} ${package_version} (CPython ${package_version%%-*}), Lib/test/test_asyncio"
fi
[ -f "$dir/test_tasks.py" ] || { echo "$0: $dir is not a test_asyncio folder (no test_tasks.py)" >&2; exit 1; }

cd "$root"
mvn -B -q -pl spec -am verify -Dtest=CpythonTraceTest#recordsTheBodiesOfACPythonSourceTreeWhenAsked \
  -Dsurefire.failIfNoSpecifiedTests=false -Dtrace.bodies.version="$version" -Dtrace.bodies.dir="$dir" \
  -Dtrace.bodies.source="${source_text:-$dir}"
echo "wrote features/trace/bodies/${version}.txt ($(grep -vc '^#' "features/trace/bodies/${version}.txt") test bodies)"
