package dev.asynciotck.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asynciotck.spi.PythonValues;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Focused checks of the evaluator; expected outputs recorded from CPython 3.13. */
class EvaluatorTest {

    private static String run(String source) {
        return Run.language(source).output();
    }

    @Test
    void printShowsValuesAsCPythonDoes() {
        assertThat(run("print(1, 2.0, 0.1, 1e16, 1e-5, -0.0, None, True, 'a', [1, 'b'], (1,), {'k': (2, 3)}, {3, 1, 2}, set())\n"))
                .isEqualTo("1 2.0 0.1 1e+16 1e-05 -0.0 None True a [1, 'b'] (1,) {'k': (2, 3)} {1, 2, 3} set()\n");
        assertThat(run("print(repr(\"it's\"), repr('say \"x\"'), repr('a\\nb'), str(10**30), 2**64)\n"))
                .isEqualTo("\"it's\" 'say \"x\"' 'a\\nb' 1000000000000000000000000000000 18446744073709551616\n");
    }

    @Test
    void arithmeticFollowsPython() {
        assertThat(run("print(7 // -2, -7 % 3, 7 / 2, 2 ** -1, 9223372036854775807 + 1, round(2.5), round(0.125, 2))\n"))
                .isEqualTo("-4 2 3.5 0.5 9223372036854775808 2 0.12\n");
    }

    @Test
    void exceptionsPrintAndCompareAsInCPython() {
        assertThat(run("e = ValueError('boom')\nprint(repr(e), str(e), e.args, repr(KeyError('k')), str(KeyError('k')))\n"))
                .isEqualTo("ValueError('boom') boom ('boom',) KeyError('k') 'k'\n");
        assertThat(run("try:\n    [][1]\nexcept LookupError as e:\n    print(type(e).__name__, e)\n"))
                .isEqualTo("IndexError list index out of range\n");
    }

    @Test
    void closuresSeeAndRebindEnclosingVariables() {
        assertThat(run("""
                def counter():
                    n = 0
                    def inc(step=1):
                        nonlocal n
                        n += step
                        return n
                    return inc
                c = counter()
                c(); c(5)
                print(c())
                """)).isEqualTo("7\n");
    }

    @Test
    void anUnboundLocalIsReportedWithTheVersionsMessage() {
        String program = "x = 1\ndef f():\n    print(x)\n    x = 2\nf()\n";
        assertThat(Run.language("3.13", program).uncaught().lastTracebackLine())
                .isEqualTo("UnboundLocalError: cannot access local variable 'x' where it is not associated with a value");
        assertThat(Run.language("3.8", program).uncaught().lastTracebackLine())
                .isEqualTo("UnboundLocalError: local variable 'x' referenced before assignment");
    }

    @Test
    void finallyRunsOnReturnAndBreakAndAReturnInFinallyWins() {
        assertThat(run("""
                def f():
                    try:
                        return 'body'
                    finally:
                        print('cleanup')
                def g():
                    try:
                        raise ValueError()
                    finally:
                        return 'swallowed'
                print(f(), g())
                """)).isEqualTo("cleanup\nbody swallowed\n");
    }

    @Test
    void valuesGiveProvidersPythonSemantics() {
        PythonValues values = Interpreter.values();
        assertThat(values.repr(List.of(1L, "a"))).isEqualTo("[1, 'a']");
        assertThat(values.repr(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(values.truth(0L)).isFalse();
        assertThat(values.truth("x")).isTrue();
        assertThat(values.lessThan(1L, 2.5)).isTrue();
        assertThat(values.lessThan("b", "a")).isFalse();
    }

    @Test
    void programsRunConcurrentlyWithoutSharingState() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int n = i;
                results.add(pool.submit(() -> run("total = 0\nfor i in range(" + (1000 + n)
                        + "):\n    total += i\nclass C:\n    seen = []\nC.seen.append(total)\nprint(total, len(C.seen))\n")));
            }
            for (int i = 0; i < 16; i++) {
                long n = 1000 + i;
                assertThat(results.get(i).get()).isEqualTo(n * (n - 1) / 2 + " 1\n");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
