package dev.asynciotck.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import dev.asynciotck.interpreter.syntax.UnsupportedConstructError;

/** The threading subset; expected outputs recorded from CPython 3.13. */
class ThreadingSubsetTest {

    @Test
    void threadsRunTheirTargetEventsSignalAndTheModuleWaitsForItsThreads() {
        String program = """
                import threading
                from threading import Event

                results = []

                def work(a, b, scale=1):
                    results.append((a + b) * scale)

                t = threading.Thread(target=work, args=(1, 2), kwargs={"scale": 10})
                print(t.is_alive())
                try:
                    t.join()
                except RuntimeError as e:
                    print(e)
                t.start()
                t.join()
                print(results, t.is_alive())
                try:
                    t.start()
                except RuntimeError as e:
                    print(e)
                ev = Event()
                print(ev.is_set(), ev.wait(0.01))
                s = threading.Thread(target=ev.set)
                s.start()
                print(ev.wait())
                s.join()
                ev.clear()
                print(ev.is_set())

                def failing():
                    raise ValueError("boom")

                f = threading.Thread(target=failing)
                f.start()
                f.join()
                go = Event()

                def late():
                    go.wait()
                    print("late thread: ends after the module's last line")

                threading.Thread(target=late).start()
                print("module: last line")
                go.set()
                """;
        Run run = Run.language(program);
        assertThat(run.output()).isEqualTo("""
                False
                cannot join thread before it is started
                [30] False
                threads can only be started once
                False False
                True
                False
                module: last line
                late thread: ends after the module's last line
                """);
        assertThat(run.stderr()).contains("ValueError: boom");
    }

    @Test
    void anythingElseOfThreadingIsUnsupportedAtItsPosition() {
        assertThatThrownBy(() -> Run.language("import threading\n\nlock = threading.Lock()\n"))
                .isInstanceOfSatisfying(UnsupportedConstructError.class, e -> {
                    assertThat(e.construct()).startsWith("threading.Lock");
                    assertThat(e.line()).isEqualTo(3);
                });
        assertThatThrownBy(() -> Run.language("from threading import Timer\n"))
                .isInstanceOfSatisfying(UnsupportedConstructError.class, e -> assertThat(e.line()).isEqualTo(1));
        assertThatThrownBy(() -> Run.language("import os\n")).isInstanceOf(UnsupportedConstructError.class);
    }
}
