package dev.asynciotck.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/** n tasks blocked on futures, cancelled and gathered inside {@code asyncio.run} (their whole life is timed). */
public class CancelGatherBenchmark extends WholeRunBenchmark {

    @Param({"" + Sizes.CANCELLED_TASKS})
    public int n;

    @Benchmark
    public long cancelGather() {
        return checkedRun("cancelGather", asyncio -> Workloads.cancelAndGather(asyncio, n), n);
    }
}
