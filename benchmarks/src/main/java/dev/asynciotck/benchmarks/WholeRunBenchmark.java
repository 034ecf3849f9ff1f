package dev.asynciotck.benchmarks;

import dev.asynciotck.spi.Asyncio;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the throughput workloads share (JMH inherits these settings): one operation is a whole run of the workload
 * on a fresh module of {@link #provider}, timed once (SingleShotTime), so the rate is n / (seconds per
 * operation). Each run's count is checked, so a broken workload fails instead of measuring nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "--add-exports=java.base/jdk.internal.vm=ALL-UNNAMED"})
@Warmup(iterations = 5)
@Measurement(iterations = 5)
public abstract class WholeRunBenchmark {

    @Param("reference")
    public String provider;

    /** Runs {@code workload} on a fresh module and returns its count, which must be {@code expected}. */
    protected final long checkedRun(String name, ToLongFunction<Asyncio> workload, long expected) {
        try (Asyncio asyncio = Providers.open(provider)) {
            long done = workload.applyAsLong(asyncio);
            if (done != expected) {
                throw new IllegalStateException(name + ": expected " + expected + ", got " + done);
            }
            return done;
        }
    }
}
