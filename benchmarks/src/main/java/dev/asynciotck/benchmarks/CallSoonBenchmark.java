package dev.asynciotck.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/** {@code loop.call_soon} of n no-op callbacks, then {@code run_forever} until they have all run. */
public class CallSoonBenchmark extends WholeRunBenchmark {

    @Param({"" + Sizes.CALL_SOON_CALLBACKS})
    public int n;

    @Benchmark
    public long callSoon() {
        return checkedRun("callSoon", asyncio -> Workloads.callSoon(asyncio, n), n);
    }
}
