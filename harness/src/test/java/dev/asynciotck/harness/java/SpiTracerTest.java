package dev.asynciotck.harness.java;

import dev.asynciotck.interpreter.Interpreter;
import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.AsyncioProvider;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.ExceptionHandler;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.Lock;
import dev.asynciotck.spi.PythonValues;
import dev.asynciotck.spi.Queue;
import dev.asynciotck.spi.ReturnWhen;
import dev.asynciotck.spi.RuntimeOptions;
import dev.asynciotck.spi.Task;
import dev.asynciotck.spi.TaskFactory;
import dev.asynciotck.spi.WaitResult;
import dev.asynciotck.spi.exceptions.InvalidStateError;
import dev.asynciotck.spi.exceptions.ValueError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tracing decoration changes nothing the program or the provider can observe, and records the calls. */
class SpiTracerTest {

    private final SpiTrace trace = new SpiTrace(SpiTrace.DEFAULT_CAPACITY);
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final Asyncio asyncio = SpiTracer.decorate(reference().open(RuntimeOptions.defaults()
            .withVirtualClock(true).withStderr(new PrintStream(stderr, true))), trace);

    @AfterEach
    void close() {
        asyncio.close();
    }

    static AsyncioProvider reference() {
        return ServiceLoader.load(AsyncioProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("reference")).findFirst().orElseThrow();
    }

    @Test
    void oneProviderObjectIsAlwaysOneProxy() {
        EventLoop loop = asyncio.newEventLoop();
        asyncio.setEventLoop(loop);
        Future future = loop.createFuture();
        assertThat(Proxy.isProxyClass(future.getClass())).isTrue();
        assertThat(future.getLoop()).isSameAs(loop);
        assertThat(asyncio.getEventLoop()).isSameAs(loop);
        assertThat(asyncio.ensureFuture(future, null)).isSameAs(future);
        assertThat(future).isEqualTo(future).hasSameHashCodeAs(future);
        assertThat(future.toString()).isEqualTo("<Future pending>");
    }

    @Test
    void theCurrentTaskInsideATaskIsTheTaskItsCreatorHolds() {
        EventLoop loop = asyncio.newEventLoop();
        AtomicReference<Object> current = new AtomicReference<>();
        Coroutine child = asyncio.coroutine("child", awaiter -> {
            current.set(asyncio.currentTask(null));
            awaiter.await(asyncio.sleep(0, null));
            return 7L;
        });
        Future task = loop.createTask(child, "child");
        assertThat(loop.runUntilComplete(task)).isEqualTo(7L);
        assertThat(current.get()).isSameAs(task);
        assertThat(((Task) task).getCoro()).isSameAs(child);
        assertThat(asyncio.allTasks(loop)).isEmpty();
    }

    @Test
    void doneCallbacksSeeTheHeldFutureAndAreRemovedByEquality() {
        EventLoop loop = asyncio.newEventLoop();
        Future future = loop.createFuture();
        List<Future> seen = new ArrayList<>();
        Consumer<Future> removed = f -> seen.add(null);
        Consumer<Future> kept = seen::add;
        future.addDoneCallback(removed);
        future.addDoneCallback(kept);
        future.addDoneCallback(removed);
        assertThat(future.removeDoneCallback(removed)).isEqualTo(2);
        future.setResult("done");
        loop.runUntilComplete(future);
        assertThat(seen).hasSize(1);
        assertThat(seen.getFirst()).isSameAs(future);
    }

    @Test
    void exceptionsPassThroughUnchanged() {
        EventLoop loop = asyncio.newEventLoop();
        Future future = loop.createFuture();
        assertThatThrownBy(future::result).isInstanceOf(InvalidStateError.class);
        ValueError error = new ValueError("bad");
        future.setException(error);
        assertThatThrownBy(future::result).isSameAs(error);
        assertThat(future.exception()).isSameAs(error);
    }

    @Test
    void futuresHandedBackComeOutAsTheSameObjects() {
        EventLoop loop = asyncio.newEventLoop();
        asyncio.setEventLoop(loop);
        Future first = loop.createFuture();
        Future second = loop.createFuture();
        first.setResult(second);
        second.setResult(2L);
        assertThat(first.result()).isSameAs(second);
        WaitResult waited = (WaitResult) loop.runUntilComplete(
                asyncio.wait(List.of(first, second), null, ReturnWhen.ALL_COMPLETED));
        assertThat(waited.done()).hasSize(2).allMatch(f -> f == first || f == second);
        Future gathered = asyncio.gather(List.of(first, second), false);
        assertThat(loop.runUntilComplete(gathered)).asList().containsExactly(second, 2L);
        assertThat(((List<?>) gathered.result()).getFirst()).isSameAs(second);
    }

    @Test
    void handlersAndFactoriesGetTheProgramsObjectsAndComeBackAsTheirOwn() {
        EventLoop loop = asyncio.newEventLoop();
        List<Object> handled = new ArrayList<>();
        ExceptionHandler handler = (l, context) -> handled.addAll(List.of(l, context.get("future")));
        TaskFactory factory = (l, coro, name) -> {
            handled.add(l);
            return asyncio.newTask(coro, l, name);
        };
        loop.setExceptionHandler(handler);
        loop.setTaskFactory(factory);
        assertThat(loop.getExceptionHandler()).isSameAs(handler);
        assertThat(loop.getTaskFactory()).isSameAs(factory);
        Future future = loop.createFuture();
        loop.callExceptionHandler(Map.of("message", "look", "future", future));
        assertThat(handled).containsExactly(loop, future);
        assertThat(handled.get(0)).isSameAs(loop);
        assertThat(handled.get(1)).isSameAs(future);
        Future task = loop.createTask(asyncio.coroutine("made", awaiter -> 1L), null);
        assertThat(loop.runUntilComplete(task)).isEqualTo(1L);
        assertThat(handled.get(2)).isSameAs(loop);
    }

    @Test
    void theProviderOnlyEverReceivesItsOwnObjects() {
        SpyProvider spy = new SpyProvider();
        SpiTrace spied = new SpiTrace(10);
        Asyncio module = SpiTracer.decorate(spy.spyOn(reference().open(RuntimeOptions.defaults()
                .withVirtualClock(true).withStderr(new PrintStream(stderr, true)))), spied);
        try (module) {
            EventLoop loop = module.newEventLoop();
            module.setEventLoop(loop);
            Future first = loop.createFuture();
            Future second = loop.createFuture();
            first.setResult(second);
            second.setResult(2L);
            loop.setExceptionHandler((l, context) -> { });
            loop.callExceptionHandler(Map.of("message", "m", "future", first));
            loop.runUntilComplete(module.gather(List.of(first, second), false));
            loop.runUntilComplete(module.wait(List.of(first, second), null, ReturnWhen.ALL_COMPLETED));
            loop.runUntilComplete(module.shield(first));
            Future task = loop.createTask(module.coroutine("main", awaiter -> awaiter.await(first)), null);
            assertThat(loop.runUntilComplete(task)).isSameAs(second);
            loop.close();
        }
        assertThat(spy.calls).isGreaterThan(10);
        assertThat(spy.leaks).isEmpty();
        assertThat(spied.lines().getFirst()).matches("\\(\\d+ earlier events dropped\\)");
        assertThat(spied.lines()).hasSize(11);
    }

    @Test
    void theTraceRecordsCallsResultsAndCallbacksInOrder() {
        EventLoop loop = asyncio.newEventLoop();
        Runnable boom = () -> {
            throw new ValueError("boom");
        };
        loop.callSoon(() -> { });
        loop.callLater(1.0, boom);
        Future future = loop.createFuture();
        future.cancel("stop");
        loop.runUntilComplete(asyncio.sleep(2.0, "late"));
        assertThat(String.join("\n", trace.lines())).contains(
                "#1 Asyncio#1.newEventLoop() → EventLoop#1",
                "#2 EventLoop#1.callSoon(callback#1) → Handle#1",
                "#3 EventLoop#1.callLater(1.0, callback#2) → TimerHandle#1",
                "#4 EventLoop#1.createFuture() → Future#1",
                "#5 Future#1.cancel('stop') → True",
                "#7 EventLoop#1.runUntilComplete(Coroutine#1) …",
                "run callback#1",
                "run callback#2\n",
                "callback#2 raised ValueError('boom')",
                "runUntilComplete → 'late'");
        assertThatThrownBy(future::result).isInstanceOf(dev.asynciotck.spi.exceptions.CancelledError.class);
        assertThat(trace.lines().getLast()).startsWith("#").contains("Future#1.result() raised CancelledError");
    }

    @Test
    void theAddressInAProvidersReprIsTheIdOfTheProxyTheProgramHolds() {
        SpiTracer tracer = new SpiTracer(new SpiTrace(SpiTrace.DEFAULT_CAPACITY));
        PythonValues host = Interpreter.values();
        Asyncio traced = tracer.decorate(reference().open(RuntimeOptions.defaults().withVirtualClock(true)
                .withValues(tracer.values(host))));
        try {
            Queue queue = traced.queue(0L);
            Lock lock = traced.lock();
            assertThat(Proxy.isProxyClass(queue.getClass())).isTrue();
            assertThat(queue.toString()).contains(" at 0x" + Long.toHexString(host.id(queue)) + " ");
            assertThat(lock.toString()).contains(" at 0x" + Long.toHexString(host.id(lock)) + " ");
        } finally {
            traced.close();
        }
    }
}
