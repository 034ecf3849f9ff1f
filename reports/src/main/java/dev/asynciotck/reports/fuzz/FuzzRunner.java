package dev.asynciotck.reports.fuzz;

import dev.asynciotck.harness.RunResult;
import dev.asynciotck.harness.Target;
import dev.asynciotck.harness.python.PythonBatch;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Runs generated programs on a target and an oracle and collects the differences, each shrunk. Program
 * {@code k} of a run with seed {@code S} has seed {@code S + k}, so {@code --seed S+k --count 1} reruns it
 * alone. {@code jobs} worker threads take programs in seed order; shrinking runs one candidate at a time.
 *
 * <p>A Python side runs its programs one after another in a {@link PythonBatch} of the worker's own (fresh
 * {@code __main__}, asyncio state and output per program, in one interpreter) unless {@code isolated} is set;
 * every difference so found is run again the isolated way ({@link Target#run}: a fresh {@code python FILE}, or
 * the fork server's child that is the same), and only a difference that the isolated run confirms counts. One
 * that it does not confirm would be something a program left behind for the next: it is counted as a batch
 * mismatch, and so is, with {@code verifyBatch}, every program whose batched output differs from its isolated one.
 */
public final class FuzzRunner {

    /** What a run is asked to do. */
    public record Options(long seed, int count, Target target, Target oracle, Duration timeout, int jobs,
                          int shrinkTries, int maxShrunk, boolean isolated, boolean verifyBatch) {
    }

    /** A difference: the first program that showed it and its shrunk form, both compared. */
    public record Difference(Comparison original, Comparison shrunk, String explainedBy) {
    }

    /**
     * The run's totals. {@code batchMismatches} are the seeds whose batched result differed from the isolated
     * one (zero unless batching let a program see another's state); {@code unverified} the programs that
     * {@code verifyBatch} could not compare because their isolated run gave no outcome (it timed out or failed).
     */
    public record Result(int programs, int inconclusive, List<Difference> differences, int unshrunk,
                         Duration elapsed, Duration targetBusy, Duration oracleBusy, List<Long> batchMismatches,
                         int unverified) {
        public long explained() {
            return differences.stream().filter(d -> d.explainedBy() != null).count();
        }

        public long unexplained() {
            return differences.size() - explained();
        }

        /** Programs per second of wall time. */
        public double rate() {
            return programs / Math.max(1e-3, elapsed.toNanos() / 1e9);
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
        var tally = new Tally(progress);
        ExecutorService pool = Executors.newFixedThreadPool(options.jobs());
        List<Future<?>> workers = new ArrayList<>();
        try {
            for (int w = 0; w < options.jobs(); w++) {
                workers.add(pool.submit(() -> work(tally)));
            }
            pool.shutdown();
            int step = Math.max(1, options.count() / 10);
            int nextReport = step;
            while (true) {
                boolean finished = pool.awaitTermination(250, TimeUnit.MILLISECONDS);
                int done = tally.done.get();
                if (done >= nextReport || finished) {
                    tally.report(done, options.count(), (System.nanoTime() - start) / 1e9);
                    nextReport = (done / step + 1) * step;
                }
                if (finished) {
                    break;
                }
            }
            for (Future<?> worker : workers) {
                get(worker);
            }
        } finally {
            pool.shutdownNow();
        }
        List<Comparison> differing = new ArrayList<>(tally.differing);
        differing.sort(Comparator.comparingLong(c -> c.program().seed()));
        List<Difference> differences = new ArrayList<>();
        Shrinker shrinker = new Shrinker(options.shrinkTries());
        int unshrunk = 0;
        // Candidates are tried batched (cheap); the shrunk program is compared once more the isolated way.
        try (var target = new Side(options.target(), options.isolated());
             var oracle = new Side(options.oracle(), options.isolated())) {
            for (Comparison c : differing) {
                Comparison shrunk = c;
                if (differences.size() < options.maxShrunk()) {
                    FuzzProgram small = shrinker.shrink(c.program(), p -> differs(p, target, oracle));
                    shrunk = compare(small);
                    if (!shrunk.differs()) {
                        shrunk = c;
                    }
                } else {
                    unshrunk++;
                }
                differences.add(new Difference(c, shrunk, baseline.explain(shrunk.program()).orElse(null)));
            }
        }
        List<Long> mismatches = new ArrayList<>(tally.batchMismatches);
        mismatches.sort(null);
        return new Result(options.count(), tally.inconclusive.get(), differences, unshrunk,
                Duration.ofNanos(System.nanoTime() - start), Duration.ofNanos(tally.targetNanos.sum()),
                Duration.ofNanos(tally.oracleNanos.sum()), mismatches, tally.unverified.get());
    }

    /** What the workers found so far. */
    private static final class Tally {
        final AtomicInteger next = new AtomicInteger();
        final AtomicInteger done = new AtomicInteger();
        final AtomicInteger inconclusive = new AtomicInteger();
        final AtomicInteger unverified = new AtomicInteger();
        final LongAdder targetNanos = new LongAdder();
        final LongAdder oracleNanos = new LongAdder();
        final Queue<Comparison> differing = new ConcurrentLinkedQueue<>();
        final Queue<Long> batchMismatches = new ConcurrentLinkedQueue<>();
        final PrintWriter progress;

        Tally(PrintWriter progress) {
            this.progress = progress;
        }

        /** One progress line: programs done, findings, rate and the machine's load. */
        void report(int done, int count, double seconds) {
            synchronized (progress) {
                progress.printf("tck fuzz: %d/%d programs, %d differences, %d inconclusive (%.0f s, %.1f/s, load %s)%n",
                        done, count, differing.size(), inconclusive.get(), seconds, done / Math.max(1e-3, seconds),
                        LoadAverage.now());
                progress.flush();
            }
        }

        /** Says at once which seed differs, so that a long run's findings can be looked at while it goes on. */
        void found(Comparison c) {
            synchronized (progress) {
                progress.println("tck fuzz: seed " + c.program().seed() + " differs: target "
                        + Comparison.describe(c.target()) + ", oracle " + Comparison.describe(c.oracle())
                        + " (shrunk at the end)");
                progress.flush();
            }
        }
    }

    /** One worker: takes the next program until none is left, with batch runners of its own. */
    private Void work(Tally tally) throws InterruptedException {
        try (var target = new Side(options.target(), options.isolated());
             var oracle = new Side(options.oracle(), options.isolated())) {
            int k;
            while ((k = tally.next.getAndIncrement()) < options.count()) {
                FuzzProgram program = generator.generate(options.seed() + k);
                String source = program.source();
                String origin = "fuzz seed " + program.seed();
                RunResult expected = oracle.run(source, origin, options.timeout(), options.verifyBatch(), tally,
                        program.seed());
                RunResult actual = target.run(source, origin, options.timeout(), options.verifyBatch(), tally,
                        program.seed());
                var c = new Comparison(program, source, actual, expected);
                tally.targetNanos.add(actual.elapsed().toNanos());
                tally.oracleNanos.add(expected.elapsed().toNanos());
                if (c.differs() && (target.batched() || oracle.batched())) {
                    Comparison confirmed = compare(program);
                    if (!confirmed.differs()) {
                        tally.batchMismatches.add(program.seed());
                    }
                    c = confirmed;
                }
                if (c.inconclusive()) {
                    tally.inconclusive.incrementAndGet();
                } else if (c.differs()) {
                    tally.differing.add(c);
                    tally.found(c);
                }
                tally.done.incrementAndGet();
            }
        }
        return null;
    }

    /** One target as a worker runs it: through a batch runner of its own when it has one, else isolated. */
    private static final class Side implements AutoCloseable {
        private final Target target;
        private final PythonBatch batch;

        Side(Target target, boolean isolated) {
            this.target = target;
            this.batch = isolated ? null : PythonBatch.forTarget(target).orElse(null);
        }

        boolean batched() {
            return batch != null;
        }

        RunResult run(String source, String origin, Duration timeout, boolean verify, Tally tally, long seed)
                throws InterruptedException {
            if (batch == null) {
                return target.run(source, origin, timeout);
            }
            var batched = batch.run(source, timeout);
            if (batched.isEmpty()) {
                return target.run(source, origin, timeout);
            }
            if (verify) {
                RunResult isolated = target.run(source, origin, timeout);
                if (!isolated.status().isOutcome()) {
                    tally.unverified.incrementAndGet(); // timed out or failed the isolated way: nothing to compare
                } else if (isolated.status() != batched.get().status() || !isolated.stdout().equals(batched.get().stdout())
                        || !Objects.equals(isolated.exceptionName(), batched.get().exceptionName())) {
                    tally.batchMismatches.add(seed);
                }
            }
            return batched.get();
        }

        @Override
        public void close() {
            if (batch != null) {
                batch.close();
            }
        }
    }

    /** Whether a shrinking candidate differs, run as the sides run it. */
    private boolean differs(FuzzProgram program, Side target, Side oracle) {
        String source = program.source();
        String origin = "fuzz seed " + program.seed();
        try {
            RunResult expected = oracle.run(source, origin, options.timeout(), false, null, program.seed());
            RunResult actual = target.run(source, origin, options.timeout(), false, null, program.seed());
            return new Comparison(program, source, actual, expected).differs();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs one program on both targets, each the isolated way. */
    public Comparison compare(FuzzProgram program) {
        String source = program.source();
        String origin = "fuzz seed " + program.seed();
        RunResult oracle = options.oracle().run(source, origin, options.timeout());
        RunResult target = options.target().run(source, origin, options.timeout());
        return new Comparison(program, source, target, oracle);
    }

    private static void get(Future<?> f) throws InterruptedException {
        try {
            f.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a fuzz job failed: " + e.getCause(), e.getCause());
        }
    }
}
