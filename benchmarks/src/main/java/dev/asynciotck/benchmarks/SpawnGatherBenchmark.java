package dev.asynciotck.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/** n trivial tasks created and gathered inside {@code asyncio.run}. */
public class SpawnGatherBenchmark extends WholeRunBenchmark {

    @Param({"" + Sizes.SPAWNED_TASKS})
    public int n;

    @Benchmark
    public long spawnGather() {
        return checkedRun("spawnGather", asyncio -> Workloads.spawnAndGather(asyncio, n), n);
    }
}
