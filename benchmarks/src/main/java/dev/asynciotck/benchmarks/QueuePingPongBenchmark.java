package dev.asynciotck.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/** Two tasks ping-ponging n messages (n/2 round trips) over two Queues inside {@code asyncio.run}. */
public class QueuePingPongBenchmark extends WholeRunBenchmark {

    @Param({"" + Sizes.PING_PONG_MESSAGES})
    public int n;

    @Benchmark
    public long queuePingPong() {
        long rounds = n / 2;
        // The pinger sums the echoes it gets back: 0 + 1 + ... + (rounds - 1).
        long expected = rounds * (rounds - 1) / 2;
        return checkedRun("queuePingPong", asyncio -> Workloads.queuePingPong(asyncio, n), expected);
    }
}
