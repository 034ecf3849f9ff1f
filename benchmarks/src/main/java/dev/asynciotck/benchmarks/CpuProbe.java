package dev.asynciotck.benchmarks;

import dev.asynciotck.spi.Asyncio;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs one workload repeatedly in this JVM and prints, per run, its wall time, the CPU time of the thread that ran
 * it (the asyncio work itself) and of the whole process (with garbage collection and compilation): figures that a
 * loaded machine distorts far less than wall time. The last line gives the medians over the second half of the runs
 * (the steady state) and the load average.
 *
 * <pre>java --add-exports=java.base/jdk.internal.vm=ALL-UNNAMED -Xms4g -Xmx4g -cp CLASSPATH \
 *     dev.asynciotck.benchmarks.CpuProbe spawn|cancel|sleep0|pingpong N RUNS</pre>
 */
public final class CpuProbe {

    private CpuProbe() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: CpuProbe spawn|cancel|sleep0|pingpong N RUNS");
            System.exit(2);
        }
        String workload = args[0];
        int n = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<Double> wall = new ArrayList<>();
        List<Double> thread = new ArrayList<>();
        List<Double> process = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long wall0 = System.nanoTime();
            long thread0 = threads.getCurrentThreadCpuTime();
            long process0 = os.getProcessCpuTime();
            try (Asyncio asyncio = Providers.open("reference")) {
                long count = switch (workload) {
                    case "spawn" -> Workloads.spawnAndGather(asyncio, n);
                    case "cancel" -> Workloads.cancelAndGather(asyncio, n);
                    case "sleep0" -> Workloads.sleepZero(asyncio, n);
                    case "pingpong" -> Workloads.queuePingPong(asyncio, n);
                    default -> throw new IllegalArgumentException("no workload '" + workload
                            + "' (spawn, cancel, sleep0, pingpong)");
                };
                if (count <= 0) {
                    throw new IllegalStateException(workload + " did no work");
                }
            }
            wall.add((System.nanoTime() - wall0) / 1e6);
            thread.add((threads.getCurrentThreadCpuTime() - thread0) / 1e6);
            process.add((os.getProcessCpuTime() - process0) / 1e6);
            System.out.printf("run %2d  wall %8.1f ms  thread CPU %8.1f ms  process CPU %8.1f ms%n",
                    run, wall.get(run), thread.get(run), process.get(run));
        }
        int from = runs / 2;
        System.out.printf("%s n=%d, median of runs %d-%d: wall %.1f ms, thread CPU %.1f ms, process CPU %.1f ms; "
                        + "load average %s%n", workload, n, from, runs - 1, median(wall.subList(from, runs)),
                median(thread.subList(from, runs)), median(process.subList(from, runs)),
                Files.readString(Path.of("/proc/loadavg")).trim());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
