package dev.asynciotck.benchmarks;

import dev.asynciotck.spi.Asyncio;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** One task awaiting {@code asyncio.sleep(0)} n times inside {@code asyncio.run}. One operation is a whole run on a fresh module; the rate is n / (seconds per operation). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "--add-exports=java.base/jdk.internal.vm=ALL-UNNAMED"})
@Warmup(iterations = 5)
@Measurement(iterations = 5)
public class SleepZeroBenchmark {

    @Param("reference")
    public String provider;

    @Param({"" + Sizes.SLEEP_ZERO_YIELDS})
    public int n;

    @Benchmark
    public long sleepZero() {
        try (Asyncio asyncio = Providers.open(provider)) {
            long done = Workloads.sleepZero(asyncio, n);
            if (done != n) {
                throw new IllegalStateException("sleepZero: expected n, got " + done);
            }
            return done;
        }
    }
}
