package dev.asynciotck.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.exceptions.CancelledError;
import dev.asynciotck.spi.exceptions.KeyboardInterrupt;
import dev.asynciotck.spi.exceptions.PythonException;
import dev.asynciotck.spi.exceptions.QueueEmpty;
import dev.asynciotck.spi.exceptions.SystemExit;
import dev.asynciotck.spi.exceptions.ValueError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The error handling API of base_events.py and the default handler's output (CPython 3.13.0). */
class ExceptionHandlerTest extends ModuleTestBase {

    /** Python's KeyError, whose str() is the repr of its key. */
    static final class KeyError extends PythonException {
        KeyError(String key) {
            super(key);
        }

        @Override
        public String getMessage() {
            return "'" + args().get(0) + "'";
        }
    }

    private static Runnable named(String name, Runnable body) {
        return new Runnable() {
            @Override
            public void run() {
                body.run();
            }

            @Override
            public String toString() {
                return name + "()";
            }
        };
    }

    @Test
    void theDefaultHandlerWritesTheMessageSortedKeysAndTheExceptionLine() {
        EventLoop loop = aio.newEventLoop();
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("message", "Something");
        context.put("exception", new ValueError("x"));
        context.put("zeta", 1L);
        context.put("alpha", "a");
        context.put("handle", null);
        loop.defaultExceptionHandler(context);
        loop.defaultExceptionHandler(Map.of("message", ""));
        loop.defaultExceptionHandler(Map.of("exception", new CancelledError("m")));
        loop.defaultExceptionHandler(Map.of("message", "qe", "exception", new QueueEmpty()));
        assertThat(stderr()).isEqualTo("""
                Something
                alpha: a
                handle: null
                zeta: 1
                ValueError: x
                Unhandled exception in event loop
                Unhandled exception in event loop
                asyncio.exceptions.CancelledError: m
                qe
                asyncio.queues.QueueEmpty
                """);
        loop.close();
    }

    @Test
    void aFailingCallbackIsReportedAndTheLoopGoesOn() {
        EventLoop loop = aio.newEventLoop();
        loop.callSoon(named("boom", () -> {
            throw new ValueError("bad");
        }));
        loop.callSoon(() -> print("next callback"));
        loop.callSoon(loop::stop);
        loop.runForever();
        assertThat(log).containsExactly("next callback");
        assertThat(stderr()).isEqualTo("""
                Exception in callback boom()
                handle: <Handle boom()>
                ValueError: bad
                """);
        loop.close();
    }

    @Test
    void aCustomHandlerGetsTheContextAndItsOwnFailureIsReported() {
        EventLoop loop = aio.newEventLoop();
        List<String> seen = new ArrayList<>();
        loop.setExceptionHandler((l, ctx) -> {
            seen.add(new TreeSet<>(ctx.keySet()).toString());
            throw new KeyError("k");
        });
        loop.callSoon(named("boom", () -> {
            throw new ValueError("bad");
        }));
        loop.callSoon(loop::stop);
        loop.runForever();
        assertThat(seen).containsExactly("[exception, handle, message]");
        assertThat(stderr()).isEqualTo("""
                Unhandled error in exception handler
                context: {message: Exception in callback boom(), exception: ValueError: bad, handle: <Handle boom()>}
                KeyError: 'k'
                """);
        loop.setExceptionHandler(null);
        assertThat(loop.getExceptionHandler()).isNull();
        loop.close();
    }

    /** KeyboardInterrupt leaves run_forever; the callbacks after it run on the next run. */
    @Test
    void keyboardInterruptAndSystemExitPropagate() {
        EventLoop loop = aio.newEventLoop();
        loop.callSoon(() -> {
            throw new KeyboardInterrupt();
        });
        loop.callSoon(() -> print("after ki"));
        assertThatThrownBy(loop::runForever).isInstanceOf(KeyboardInterrupt.class);
        assertThat(loop.isRunning()).isFalse();
        loop.callSoon(loop::stop);
        loop.runForever();
        assertThat(log).containsExactly("after ki");

        assertThatThrownBy(() -> loop.runUntilComplete(coro("kit", c -> {
            throw new KeyboardInterrupt();
        }))).isInstanceOf(KeyboardInterrupt.class);
        assertThatThrownBy(() -> loop.runUntilComplete(coro("main", c -> {
            aio.ensureFuture(coro("sx", x -> {
                throw new SystemExit(3L);
            }), null);
            c.await(aio.sleep(0.1, null));
            print("unreachable");
            return null;
        }))).isInstanceOf(SystemExit.class);
        assertThat(log).containsExactly("after ki");
        assertThat(stderr()).isEmpty();
        loop.close();
    }
}
