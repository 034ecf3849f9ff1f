package dev.asynciotck.reference.strand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ContinuationStrand} and {@link ContinuationEngine}: strict hand-off on the caller's thread, nesting,
 * kill at close, and the clear failure when a body tries to suspend while pinned. Skipped, with the reason,
 * on a JVM that does not open {@code jdk.internal.vm} (surefire passes the flag, so it runs in the build).
 */
class ContinuationStrandTest {

    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void needsContinuations() {
        assumeTrue(Continuations.UNAVAILABLE_REASON == null, () -> "continuations: " + Continuations.UNAVAILABLE_REASON);
    }

    @Test
    void bodyRunsOnTheResumersThreadAndHandsControlBackAtEachSuspension() {
        var engine = new ContinuationEngine();
        Thread caller = Thread.currentThread();
        Strand strand = engine.newStrand("pinger", s -> {
            log.add("start on caller " + (Thread.currentThread() == caller));
            Object got = s.suspend("first");
            log.add("got " + got);
            return "done " + s.suspend("second");
        });
        assertThat(strand.resume(new Resumption.Send(null))).isEqualTo(new Outcome.Yield("first"));
        log.add("driver");
        assertThat(engine.liveStrands()).isEqualTo(1);
        assertThat(strand.resume(new Resumption.Send(7))).isEqualTo(new Outcome.Yield("second"));
        assertThat(strand.resume(new Resumption.Send("x"))).isEqualTo(new Outcome.Return("done x"));
        assertThat(log).containsExactly("start on caller true", "driver", "got 7");
        assertThat(strand.finished()).isTrue();
        assertThat(engine.liveStrands()).isZero();
        assertThat(engine.aliveThreads()).isZero();
        assertThatThrownBy(() -> strand.resume(new Resumption.Send(null))).hasMessageContaining("finished");
    }

    @Test
    void throwResumptionRaisesAtTheSuspensionAndBodyExceptionsComeOut() {
        var engine = new ContinuationEngine();
        Strand strand = engine.newStrand("catcher", s -> {
            try {
                s.suspend(null);
                return "not thrown";
            } catch (IllegalArgumentException e) {
                throw new UnsupportedOperationException("rethrown " + e.getMessage());
            }
        });
        strand.resume(new Resumption.Send(null));
        Outcome out = strand.resume(new Resumption.Throw(new IllegalArgumentException("boom")));
        assertThat(out).isInstanceOfSatisfying(Outcome.Raise.class,
                r -> assertThat(r.exception()).hasMessage("rethrown boom"));
    }

    @Test
    void aStrandResumedFromInsideAnotherSuspendsBackToItsOwnResumer() {
        var engine = new ContinuationEngine();
        Strand inner = engine.newStrand("inner", s -> {
            log.add("inner " + s.suspend("i1"));
            return "inner end";
        });
        Strand outer = engine.newStrand("outer", s -> {
            log.add("outer sees " + inner.resume(new Resumption.Send(null)));
            s.suspend("o1");
            return "outer end";
        });
        assertThat(outer.resume(new Resumption.Send(null))).isEqualTo(new Outcome.Yield("o1"));
        // The inner strand, started inside the outer one, is resumed from the driver this time.
        assertThat(inner.resume(new Resumption.Send("later"))).isEqualTo(new Outcome.Return("inner end"));
        assertThat(outer.resume(new Resumption.Send(null))).isEqualTo(new Outcome.Return("outer end"));
        assertThat(log).containsExactly("outer sees Yield[value=i1]", "inner later");
    }

    @Test
    void suspendOutsideTheBodyAndSelfResumeAreRefused() {
        var engine = new ContinuationEngine();
        Strand[] self = new Strand[1];
        Suspender[] leaked = new Suspender[1];
        self[0] = engine.newStrand("selfish", s -> {
            leaked[0] = s;
            self[0].resume(new Resumption.Send(null));
            return null;
        });
        Outcome out = self[0].resume(new Resumption.Send(null));
        assertThat(out).isInstanceOfSatisfying(Outcome.Raise.class,
                r -> assertThat(r.exception()).hasMessage("a strand cannot resume itself"));
        assertThatThrownBy(() -> leaked[0].suspend(null)).hasMessageContaining("outside the coroutine");
    }

    @Test
    void closeKillsSuspendedBodiesRunningOnlyTheirFinallyBlocks() {
        var engine = new ContinuationEngine();
        for (String name : List.of("a", "b", "c")) {
            engine.newStrand(name, s -> {
                try {
                    while (true) {
                        try {
                            s.suspend(null);
                        } catch (RuntimeException ignored) {
                            log.add(name + " caught a Python-level exception");
                        }
                    }
                } finally {
                    log.add(name + " finally");
                }
            }).resume(new Resumption.Send(null));
        }
        Strand unstarted = engine.newStrand("never", s -> null);
        assertThat(engine.liveStrands()).isEqualTo(3);
        engine.close();
        assertThat(engine.liveStrands()).isZero();
        assertThat(unstarted.started()).isFalse();
        assertThat(log).containsExactly("a finally", "b finally", "c finally");
        assertThatThrownBy(() -> engine.newStrand("late", s -> null)).hasMessageContaining("closed");
    }

    @Test
    void suspendingInsideAClassInitializerFailsClearlyInsteadOfBlocking() {
        var engine = new ContinuationEngine();
        Strand strand = engine.newStrand("initialiser", s -> {
            SuspenderHolder.suspender = s;
            return SuspendsInClassInit.VALUE;
        });
        Outcome out = strand.resume(new Resumption.Send(null));
        assertThat(out).isInstanceOfSatisfying(Outcome.Return.class,
                r -> assertThat((String) r.value()).startsWith("StrandPinned: coroutine 'initialiser' cannot suspend here: Pinned: NATIVE"));
        assertThat(engine.liveStrands()).isZero();
    }

    /** A class initializer runs under a VM frame, which pins the continuation. */
    static final class SuspenderHolder {
        static Suspender suspender;
    }

    static final class SuspendsInClassInit {
        static final String VALUE;

        static {
            String value;
            try {
                SuspenderHolder.suspender.suspend("from <clinit>");
                value = "suspended";
            } catch (StrandPinned pinned) {
                value = "StrandPinned: " + pinned.getMessage();
            }
            VALUE = value;
        }
    }
}
