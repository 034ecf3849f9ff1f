package dev.asynciotck.benchmarks.seam;

import dev.asynciotck.benchmarks.HeapProbe;
import dev.asynciotck.reference.strand.ContinuationEngine;
import dev.asynciotck.reference.strand.Outcome;
import dev.asynciotck.reference.strand.Resumption;
import dev.asynciotck.reference.strand.Strand;
import dev.asynciotck.reference.strand.StrandBody;
import dev.asynciotck.reference.strand.StrandMechanism;
import dev.asynciotck.reference.strand.VirtualThreadEngine;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Measures the suspension seam alone, below asyncio: what one resume/suspend round trip, one strand's
 * whole life (start, one suspension, end) and one suspended strand's memory cost, for the reference's
 * {@link VirtualThreadEngine} and for the {@link ContinuationEngine}, driven from a platform or
 * a virtual thread. Reports wall and process-CPU nanoseconds (CPU time is what a loaded machine distorts
 * least). Run: {@code java [--add-exports java.base/jdk.internal.vm=ALL-UNNAMED]
 * [-Djdk.virtualThreadScheduler.parallelism=1] -cp ... dev.asynciotck.benchmarks.seam.SwitchCostProbe}.
 */
public final class SwitchCostProbe {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final int SWITCHES = 1_000_000;
    private static final int LIVES = 100_000;
    private static final int ROUNDS = 5;

    private SwitchCostProbe() {
    }

    public static void main(String[] args) throws Exception {
        var engine = new VirtualThreadEngine("probe-");
        List<Mechanism> mechanisms = new ArrayList<>();
        mechanisms.add(new Mechanism("virtual-thread strand, driver on a virtual thread", true,
                body -> engine.newStrand("s", body)));
        mechanisms.add(new Mechanism("virtual-thread strand, driver on a platform thread", false,
                body -> engine.newStrand("s", body)));
        String unavailable = StrandMechanism.CONTINUATION.unavailableReason();
        if (unavailable == null) {
            var continuations = new ContinuationEngine();
            mechanisms.add(new Mechanism("continuation strand, driver on a platform thread", false,
                    body -> continuations.newStrand("s", body)));
            mechanisms.add(new Mechanism("continuation strand, driver on a virtual thread", true,
                    body -> continuations.newStrand("s", body)));
        } else {
            System.out.println("(continuation strands unavailable: " + unavailable + ")");
        }
        System.out.printf("scheduler parallelism: %s%n",
                System.getProperty("jdk.virtualThreadScheduler.parallelism", "default (" + Runtime.getRuntime().availableProcessors() + ")"));
        for (Mechanism m : mechanisms) {
            double[] switchCost = onDriver(m.virtualDriver, () -> roundTrips(m));
            double[] lifeCost = onDriver(m.virtualDriver, () -> lives(m));
            double bytes = onDriver(m.virtualDriver, () -> new double[] {suspendedBytes(m)})[0];
            System.out.printf("%-52s round trip %7.0f ns wall %7.0f ns cpu | strand life %7.0f ns wall %7.0f ns cpu"
                    + " | %5.0f bytes per suspended strand%n", m.name, switchCost[0], switchCost[1],
                    lifeCost[0], lifeCost[1], bytes);
        }
        engine.close();
    }

    private record Mechanism(String name, boolean virtualDriver, Function<StrandBody, Strand> factory) {
    }

    private interface Measurement {
        double[] run() throws Exception;
    }

    private static double[] onDriver(boolean virtual, Measurement measurement) throws Exception {
        if (!virtual) {
            return measurement.run();
        }
        double[][] result = new double[1][];
        Exception[] failure = new Exception[1];
        Thread.ofVirtual().start(() -> {
            try {
                result[0] = measurement.run();
            } catch (Exception e) {
                failure[0] = e;
            }
        }).join();
        if (failure[0] != null) {
            throw failure[0];
        }
        return result[0];
    }

    /** [wall, cpu] ns per resume/suspend round trip; the best of several rounds. */
    private static double[] roundTrips(Mechanism m) {
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
        for (int round = 0; round < ROUNDS; round++) {
            Strand strand = m.factory.apply(suspender -> {
                long sum = 0;
                for (int i = 0; i < SWITCHES; i++) {
                    sum += (Integer) suspender.suspend(i);
                }
                return sum;
            });
            long wall = System.nanoTime();
            long cpu = OS.getProcessCpuTime();
            Outcome out = strand.resume(new Resumption.Send(null));
            for (int i = 0; i < SWITCHES; i++) {
                out = strand.resume(new Resumption.Send(((Outcome.Yield) out).value()));
            }
            best = min(best, (System.nanoTime() - wall) / (double) SWITCHES,
                    (OS.getProcessCpuTime() - cpu) / (double) SWITCHES);
            if (!(out instanceof Outcome.Return)) {
                throw new IllegalStateException("the body did not return: " + out);
            }
        }
        return best;
    }

    /** [wall, cpu] ns per strand created, started, suspended once, resumed and ended. */
    private static double[] lives(Mechanism m) {
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
        for (int round = 0; round < ROUNDS; round++) {
            long wall = System.nanoTime();
            long cpu = OS.getProcessCpuTime();
            for (int i = 0; i < LIVES; i++) {
                Strand strand = m.factory.apply(suspender -> suspender.suspend(null));
                strand.resume(new Resumption.Send(null));
                strand.resume(new Resumption.Send(null));
            }
            best = min(best, (System.nanoTime() - wall) / (double) LIVES,
                    (OS.getProcessCpuTime() - cpu) / (double) LIVES);
        }
        return best;
    }

    /** Heap bytes per strand suspended once (its stack kept), after a full GC. */
    private static double suspendedBytes(Mechanism m) {
        long before = HeapProbe.usedAfterGc();
        List<Strand> strands = new ArrayList<>(LIVES);
        for (int i = 0; i < LIVES; i++) {
            Strand strand = m.factory.apply(suspender -> suspender.suspend(null));
            strand.resume(new Resumption.Send(null));
            strands.add(strand);
        }
        double bytes = (HeapProbe.usedAfterGc() - before) / (double) LIVES - 8; // minus the list's slot
        for (Strand strand : strands) {
            strand.resume(new Resumption.Send(null));
        }
        return bytes;
    }

    private static double[] min(double[] best, double wall, double cpu) {
        return new double[] {Math.min(best[0], wall), Math.min(best[1], cpu)};
    }
}
