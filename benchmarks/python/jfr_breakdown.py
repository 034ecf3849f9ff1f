"""Where a reference run's CPU goes, from a JFR recording: execution samples sorted into the suspension
seam (virtual threads, continuations, the scheduler, park/unpark), strand and thread creation, the
asyncio logic (dev.asynciotck.*), and the rest; plus GC pause time against the recording's length.

    java ... org.openjdk.jmh.Main SleepZero -prof "jfr:dir=/tmp/jfr;configName=profile"
    python3 benchmarks/python/jfr_breakdown.py /tmp/jfr/*/profile.jfr [--java JDK/bin/java]
"""
import argparse
import collections
import json
import os
import subprocess
import sys

SEAM = ("java.lang.VirtualThread", "jdk.internal.vm.Continuation", "jdk.internal.vm.StackChunk",
        "java.util.concurrent.ForkJoin", "java.util.concurrent.locks.LockSupport", "jdk.internal.misc.Unsafe",
        "java.lang.Thread.interrupted", "dev.asynciotck.reference.strand.VirtualThreadStrand")
CREATION = ("java.lang.ThreadBuilders", "java.lang.Thread.<init>", "java.lang.VirtualThread.<init>",
            "dev.asynciotck.reference.strand.VirtualThreadEngine")


def frame_name(frame):
    return frame["method"]["type"]["name"].replace("/", ".") + "." + frame["method"]["name"]


def bucket(frames):
    names = [frame_name(f) for f in frames]
    top = names[0]
    if any(n.startswith(CREATION) for n in names[:6]):
        return "strand/thread creation and registration"
    if top.startswith(SEAM) or (top.startswith("java.lang.invoke") and any(
            n.startswith("dev.asynciotck.reference.strand") for n in names[:4])):
        return "switch: park/unpark, scheduler, freeze/thaw"
    for n in names:
        if n.startswith("dev.asynciotck."):
            return "asyncio logic: " + n.rsplit(".", 2)[-2]
    return "other: " + top.rsplit(".", 1)[0]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("recording")
    parser.add_argument("--java", default=os.environ.get("JAVA_HOME", "") + "/bin/java")
    parser.add_argument("--top", type=int, default=14)
    args = parser.parse_args()
    jfr = os.path.join(os.path.dirname(args.java), "jfr")
    out = subprocess.run([jfr, "print", "--json", "--stack-depth", "16", "--events",
                          "jdk.ExecutionSample,jdk.GarbageCollection", args.recording],
                         capture_output=True, text=True, check=True).stdout
    events = json.loads(out)["recording"]["events"]
    samples = [e for e in events if e["type"] == "jdk.ExecutionSample" and e["values"]["stackTrace"]]
    gcs = [e for e in events if e["type"] == "jdk.GarbageCollection"]
    counts = collections.Counter(bucket(e["values"]["stackTrace"]["frames"]) for e in samples)
    coarse = collections.Counter()
    for name, n in counts.items():
        coarse[name.split(":")[0]] += n
    total = sum(counts.values()) or 1
    print("%d execution samples" % total)
    for name, n in coarse.most_common():
        print("  %5.1f%%  %s" % (100.0 * n / total, name))
    print("finer:")
    for name, n in counts.most_common(args.top):
        print("  %5.1f%%  %s" % (100.0 * n / total, name))

    def seconds(duration):  # JFR JSON durations look like "PT0.0123S"
        return float(duration[2:-1]) if duration.startswith("PT") and duration.endswith("S") else 0.0
    pause = sum(seconds(e["values"].get("sumOfPauses", "PT0S")) for e in gcs)
    print("GC: %d collections, %.2f s of pauses" % (len(gcs), pause))


if __name__ == "__main__":
    sys.exit(main())
