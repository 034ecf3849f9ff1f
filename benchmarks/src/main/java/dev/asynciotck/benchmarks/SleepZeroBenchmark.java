package dev.asynciotck.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/** One task awaiting {@code asyncio.sleep(0)} n times inside {@code asyncio.run}. */
public class SleepZeroBenchmark extends WholeRunBenchmark {

    @Param({"" + Sizes.SLEEP_ZERO_YIELDS})
    public int n;

    @Benchmark
    public long sleepZero() {
        return checkedRun("sleepZero", asyncio -> Workloads.sleepZero(asyncio, n), n);
    }
}
