package dev.asynciotck.benchmarks;

import dev.asynciotck.spi.Asyncio;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The memory of n concurrently sleeping tasks: heap in use after a full GC while they all sleep, minus
 * the heap in use before they were created, divided by n. Reported as the secondary result
 * {@code bytesPerTask} (JMH sums it over iterations in its summary: read the per-iteration values); the
 * primary result is the time of the whole run (it includes the sleep and the collections, so it is no
 * speed measure).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "--add-exports=java.base/jdk.internal.vm=ALL-UNNAMED"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class SleepingTasksMemoryBenchmark {

    @Param("reference")
    public String provider;

    @Param({"" + Sizes.SLEEPING_TASKS})
    public int n;

    @Param({"" + Sizes.SLEEP_SECONDS})
    public double sleepSeconds;

    /** False skips the heap measurement (its full collections take long with a million tasks). */
    @Param("true")
    public boolean measureHeap;

    /** JMH reports the public fields of this state with each iteration's result. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Footprint {
        public double bytesPerTask;

        @Setup(Level.Iteration)
        public void clear() {
            bytesPerTask = 0;
        }
    }

    @Benchmark
    public long sleepingTasks(Footprint footprint) {
        try (Asyncio asyncio = Providers.open(provider)) {
            long before = measureHeap ? HeapProbe.usedAfterGc() : 0;
            long done = Workloads.sleepingTasks(asyncio, n, sleepSeconds, () -> {
                if (measureHeap) {
                    footprint.bytesPerTask = (double) (HeapProbe.usedAfterGc() - before) / n;
                }
            });
            if (done != n) {
                throw new IllegalStateException("sleepingTasks: expected " + n + ", got " + done);
            }
            return done;
        }
    }
}
