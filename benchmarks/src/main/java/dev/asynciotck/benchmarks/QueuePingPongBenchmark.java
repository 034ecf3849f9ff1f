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

/** Two tasks ping-ponging n messages (n/2 round trips) over two Queues inside {@code asyncio.run}. One operation is a whole run on a fresh module; the rate is n / (seconds per operation). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "--add-exports=java.base/jdk.internal.vm=ALL-UNNAMED"})
@Warmup(iterations = 5)
@Measurement(iterations = 5)
public class QueuePingPongBenchmark {

    @Param("reference")
    public String provider;

    @Param({"" + Sizes.PING_PONG_MESSAGES})
    public int n;

    @Benchmark
    public long queuePingPong() {
        try (Asyncio asyncio = Providers.open(provider)) {
            long done = Workloads.queuePingPong(asyncio, n);
            long rounds = n / 2;
            if (done != rounds * (rounds - 1) / 2) {
                throw new IllegalStateException("queuePingPong: wrong sum of echoed numbers " + done);
            }
            return done;
        }
    }
}
