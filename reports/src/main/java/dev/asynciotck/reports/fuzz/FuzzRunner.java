package dev.asynciotck.reports.fuzz;

import dev.asynciotck.harness.RunResult;
import dev.asynciotck.harness.Target;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs generated programs on a target and an oracle and collects the differences, each shrunk. Program
 * {@code k} of a run with seed {@code S} has seed {@code S + k}, so {@code --seed S+k --count 1} reruns it
 * alone. Programs run {@code jobs} at a time (the Python targets' fork servers bound their own processes);
 * shrinking runs one candidate at a time.
 */
public final class FuzzRunner {

    /** What a run is asked to do. */
    public record Options(long seed, int count, Target target, Target oracle, Duration timeout, int jobs,
                          int shrinkTries, int maxShrunk) {
    }

    /** A difference: the first program that showed it and its shrunk form, both compared. */
    public record Difference(Comparison original, Comparison shrunk, String explainedBy) {
    }

    /** The run's totals. */
    public record Result(int programs, int inconclusive, List<Difference> differences, int unshrunk,
                         Duration elapsed, Duration targetBusy, Duration oracleBusy) {
        public long explained() {
            return differences.stream().filter(d -> d.explainedBy() != null).count();
        }

        public long unexplained() {
            return differences.size() - explained();
        }
    }

    private final Options options;
    private final FuzzBaseline baseline;
    private final ProgramGenerator generator;

    public FuzzRunner(Options options, FuzzBaseline baseline) {
        this.options = options;
        this.baseline = baseline;
        int minor = Math.min(options.target().version().minor(), options.oracle().version().minor());
        this.generator = new ProgramGenerator(minor);
    }

    /** Runs every program; progress lines go to {@code progress}. */
    public Result run(PrintWriter progress) throws InterruptedException {
        long start = System.nanoTime();
        List<Comparison> differing = new ArrayList<>();
        int inconclusive = 0;
        Duration targetBusy = Duration.ZERO;
        Duration oracleBusy = Duration.ZERO;
        int batch = Math.max(options.jobs() * 8, 50);
        ExecutorService pool = Executors.newFixedThreadPool(options.jobs());
        try {
            int done = 0;
            int nextReport = Math.max(1, options.count() / 10);
            while (done < options.count()) {
                int size = Math.min(batch, options.count() - done);
                List<Future<Comparison>> futures = new ArrayList<>();
                for (int k = 0; k < size; k++) {
                    long seed = options.seed() + done + k;
                    futures.add(pool.submit(() -> compare(generator.generate(seed))));
                }
                for (Future<Comparison> f : futures) {
                    Comparison c = get(f);
                    targetBusy = targetBusy.plus(c.target().elapsed());
                    oracleBusy = oracleBusy.plus(c.oracle().elapsed());
                    if (c.inconclusive()) {
                        inconclusive++;
                    } else if (c.differs()) {
                        differing.add(c);
                    }
                }
                done += size;
                if (done >= nextReport || done == options.count()) {
                    progress.printf("tck fuzz: %d/%d programs, %d differences, %d inconclusive (%.0f s)%n", done,
                            options.count(), differing.size(), inconclusive, (System.nanoTime() - start) / 1e9);
                    progress.flush();
                    nextReport = done + Math.max(1, options.count() / 10);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        List<Difference> differences = new ArrayList<>();
        Shrinker shrinker = new Shrinker(options.shrinkTries());
        int unshrunk = 0;
        for (Comparison c : differing) {
            Comparison shrunk = c;
            if (differences.size() < options.maxShrunk()) {
                FuzzProgram small = shrinker.shrink(c.program(), p -> compare(p).differs());
                shrunk = compare(small);
                if (!shrunk.differs()) {
                    shrunk = c;
                }
            } else {
                unshrunk++;
            }
            differences.add(new Difference(c, shrunk, baseline.explain(shrunk.program()).orElse(null)));
        }
        return new Result(options.count(), inconclusive, differences, unshrunk,
                Duration.ofNanos(System.nanoTime() - start), targetBusy, oracleBusy);
    }

    /** Runs one program on both targets. */
    public Comparison compare(FuzzProgram program) {
        String source = program.source();
        String origin = "fuzz seed " + program.seed();
        RunResult oracle = options.oracle().run(source, origin, options.timeout());
        RunResult target = options.target().run(source, origin, options.timeout());
        return new Comparison(program, source, target, oracle);
    }

    private static Comparison get(Future<Comparison> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a fuzz job failed: " + e.getCause(), e.getCause());
        }
    }
}
