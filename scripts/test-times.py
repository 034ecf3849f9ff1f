"""The slowest test classes of the last build, from Surefire's reports: `python3 scripts/test-times.py [N]`.

.ci/run prints them after `mvn -B verify` (whether it passed or not), with the load average, so that each landing
shows where its CI time went. Reads */target/surefire-reports/TEST-*.xml under the checkout (the build folder
named by TCK_BUILD_DIR, default target); a class's time is Surefire's `time` of its test suite.
"""
import glob
import os
import sys
import xml.etree.ElementTree as ElementTree

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    build = os.environ.get("TCK_BUILD_DIR", "target")
    times = []
    for path in glob.glob(os.path.join(ROOT, "*", build, "surefire-reports", "TEST-*.xml")) + glob.glob(
            os.path.join(ROOT, "examples", "*", build, "surefire-reports", "TEST-*.xml")):
        try:
            suite = ElementTree.parse(path).getroot()
            times.append((float(suite.get("time", "0").replace(",", "")), suite.get("name", path)))
        except (ElementTree.ParseError, ValueError) as problem:
            print("ci: cannot read %s: %s" % (path, problem))
    try:
        load = " ".join(open("/proc/loadavg").read().split()[:3])
    except OSError:
        load = "?"
    times.sort(reverse=True)
    print("ci: test classes: %d, %.0f s in all (classes in one module run one after another); load average %s"
          % (len(times), sum(t for t, _ in times), load))
    for seconds, name in times[:count]:
        print("ci:   %7.1f s  %s" % (seconds, name))


if __name__ == "__main__":
    main()
