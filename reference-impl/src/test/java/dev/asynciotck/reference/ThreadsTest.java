package dev.asynciotck.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.ConcurrentFuture;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.CoroutineBody;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.RuntimeOptions;
import dev.asynciotck.spi.exceptions.CancelledError;
import dev.asynciotck.spi.exceptions.RuntimeError;
import dev.asynciotck.spi.exceptions.TimeoutError;
import dev.asynciotck.spi.exceptions.TypeError;
import dev.asynciotck.spi.exceptions.ValueError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Threads and executors: run_in_executor, the default executor and its shutdown, to_thread,
 * run_coroutine_threadsafe and wrap_future. Each test mirrors a Python program of the specification (named)
 * whose output on CPython 3.13.0 is the expected log. Under a virtual clock, as the suite runs the reference.
 */
class ThreadsTest {

    private final TestHost host = new TestHost();
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private Asyncio aio;

    @BeforeEach
    void open() {
        aio = ModuleTestBase.provider().open(RuntimeOptions.defaults().withVirtualClock(true).withHost(host));
    }

    @AfterEach
    void close() {
        aio.close();
        host.joinExecutors();
        assertThat(((ReferenceAsyncio) aio).liveThreads()).isZero();
    }

    private Coroutine coro(String name, CoroutineBody body) {
        return aio.coroutine(name, body);
    }

    private void print(String line) {
        log.add(line);
    }

    private static boolean await(CountDownLatch latch, double seconds) {
        try {
            return latch.await((long) (seconds * 1000), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** get_event_loop_thread.py: a thread other than the main one has no loop until it sets its own. */
    @Test
    void eachThreadHasItsOwnCurrentLoop() throws InterruptedException {
        EventLoop mainLoop = aio.newEventLoop();
        aio.setEventLoop(mainLoop);
        Thread worker = new Thread(() -> {
            try {
                aio.getEventLoop();
                print("worker: a loop");
            } catch (RuntimeError e) {
                print("worker: RuntimeError: " + e.getMessage());
            }
            EventLoop own = aio.newEventLoop();
            aio.setEventLoop(own);
            print("worker: after set_event_loop, get_event_loop() is that loop: " + (aio.getEventLoop() == own));
            aio.setEventLoop(null);
            own.close();
        }, "worker");
        worker.start();
        worker.join();
        assertThat(log).containsExactly("worker: RuntimeError: There is no current event loop in thread 'worker'.",
                "worker: after set_event_loop, get_event_loop() is that loop: true");
        assertThat(aio.getEventLoop()).isSameAs(mainLoop);
        aio.setEventLoop(null);
        assertThatThrownBy(aio::getEventLoop).isInstanceOf(RuntimeError.class)
                .hasMessage("There is no current event loop in thread 'MainThread'.");
        mainLoop.close();
    }

    /** thr_executor_result.py: the function runs in another thread while the loop runs on. */
    @Test
    void runInExecutorRunsTheFunctionInAnotherThread() {
        Object mainThread = host.currentThreadState();
        aio.run(coro("main", a -> {
            EventLoop loop = aio.getRunningLoop();
            Future started = loop.createFuture();
            CountDownLatch release = new CountDownLatch(1);
            Future fut = loop.runInExecutor(null, () -> {
                boolean offMain = host.currentThreadState() != mainThread;
                loop.callSoonThreadsafe(() -> started.setResult(offMain));
                await(release, 10);
                return 3L;
            });
            print("the function runs in another thread: " + a.await(started));
            print("the future is done: " + fut.done());
            release.countDown();
            print("awaiting the future gives: " + a.await(fut));
            return null;
        }));
        assertThat(log).containsExactly("the function runs in another thread: true", "the future is done: false",
                "awaiting the future gives: 3");
    }

    /** thr_executor_exception.py and thr_no_running_loop_in_executor.py. */
    @Test
    void anExecutorFunctionsExceptionIsRaisedByTheAwaitAndItSeesNoRunningLoop() {
        aio.run(coro("main", a -> {
            EventLoop loop = aio.getRunningLoop();
            try {
                a.await(loop.runInExecutor(null, () -> {
                    throw new ValueError("raised in the executor");
                }));
            } catch (ValueError e) {
                print("awaiting it raises ValueError: " + e.getMessage());
            }
            print((String) a.await(loop.runInExecutor(null, () -> {
                try {
                    aio.getRunningLoop();
                    return "a loop";
                } catch (RuntimeError e) {
                    return "get_running_loop() in the executor thread: RuntimeError";
                }
            })));
            return null;
        }));
        assertThat(log).containsExactly("awaiting it raises ValueError: raised in the executor",
                "get_running_loop() in the executor thread: RuntimeError");
    }

    /** thr_executor_cancel_queued.py: cancelling the future of a job still queued means it never runs. */
    @Test
    void aQueuedJobCancelledWithItsFutureNeverRuns() {
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        aio.run(coro("main", a -> {
            EventLoop loop = aio.getRunningLoop();
            var executor = host.executor("single", 1);
            CountDownLatch release = new CountDownLatch(1);
            List<Future> jobs = new ArrayList<>();
            for (String label : List.of("first", "second", "third")) {
                jobs.add(loop.runInExecutor(executor, () -> {
                    await(release, 10);
                    ran.add(label);
                    return label;
                }));
            }
            print("cancel() of a job still queued: " + jobs.get(1).cancel(null));
            a.await(aio.sleep(0, null)); // the cancellation reaches the concurrent future in a done callback
            release.countDown();
            print("results: " + a.await(jobs.get(0)) + ", " + a.await(jobs.get(2)));
            executor.shutdown(true, false);
            return null;
        }));
        assertThat(log).containsExactly("cancel() of a job still queued: true", "results: first, third");
        assertThat(ran).containsExactly("first", "third");
    }

    /** thr_run_waits_executor.py: asyncio.run shuts the default executor down and waits for its work (3.9+). */
    @Test
    void asyncioRunWaitsForTheDefaultExecutorsWork() {
        CountDownLatch mainDone = new CountDownLatch(1);
        aio.run(coro("main", a -> {
            aio.getRunningLoop().runInExecutor(null, () -> {
                print("job: asyncio.run had returned when the job ended: " + await(mainDone, 0.5));
                return null;
            });
            print("main: returns without awaiting the job");
            return null;
        }));
        print("after asyncio.run");
        mainDone.countDown();
        assertThat(log).containsExactly("main: returns without awaiting the job",
                "job: asyncio.run had returned when the job ended: false", "after asyncio.run");
    }

    /** thr_shutdown_default_executor.py and thr_to_thread.py. */
    @Test
    void afterShutdownDefaultExecutorTheDefaultExecutorIsGoneAndToThreadCopiesTheContext() {
        aio.run(coro("main", a -> {
            EventLoop loop = aio.getRunningLoop();
            host.set("cvar", "the caller's value");
            print((String) a.await(aio.toThread(() -> {
                Object seen = host.get("cvar", "unset");
                host.set("cvar", "set in the thread");
                return "the thread saw " + seen;
            })));
            print("the caller still sees: " + host.get("cvar", "unset"));
            CountDownLatch release = new CountDownLatch(1);
            List<String> finished = Collections.synchronizedList(new ArrayList<>());
            loop.runInExecutor(null, () -> {
                await(release, 10);
                return finished.add("job");
            });
            loop.callSoon(release::countDown);
            a.await(loop.shutdownDefaultExecutor(null));
            print("after shutdown_default_executor the job has finished: " + finished);
            assertThatThrownBy(() -> loop.runInExecutor(null, () -> null)).isInstanceOf(RuntimeError.class);
            return null;
        }));
        assertThat(log).containsExactly("the thread saw the caller's value", "the caller still sees: the caller's value",
                "after shutdown_default_executor the job has finished: [job]");
    }

    /** Under a virtual clock the loop does not jump over the real time an executor job spends. */
    @Test
    void aVirtualClockWaitsForExecutorWorkBeforeJumpingToATimer() {
        aio.run(coro("main", a -> {
            EventLoop loop = aio.getRunningLoop();
            var timer = loop.callLater(10, () -> print("timer fired"));
            print((String) a.await(loop.runInExecutor(null, () -> {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return "job done";
            })));
            timer.cancel();
            return null;
        }));
        assertThat(log).containsExactly("job done");
    }

    /** thr_rct_result.py, thr_rct_cancel.py and thr_rct_not_coroutine.py. */
    @Test
    void runCoroutineThreadsafeChainsAConcurrentFutureToATask() throws Exception {
        EventLoop loop = aio.newEventLoop();
        List<Object> worker = Collections.synchronizedList(new ArrayList<>());
        loop.runUntilComplete(coro("main", a -> {
            Future never = loop.createFuture();
            Future done = loop.createFuture();
            Thread thread = Thread.ofPlatform().unstarted(() -> {
                ConcurrentFuture sum = aio.runCoroutineThreadsafe(coro("add", b -> {
                    b.await(aio.sleep(0, null));
                    return 3L;
                }), loop);
                worker.add("result() waits for the coroutine: " + sum.result(null));
                ConcurrentFuture failing = aio.runCoroutineThreadsafe(coro("fail", b -> {
                    throw new ValueError("raised on the loop");
                }), loop);
                try {
                    failing.result(null);
                } catch (ValueError e) {
                    worker.add("result() raises ValueError: " + e.getMessage());
                }
                ConcurrentFuture waiting = aio.runCoroutineThreadsafe(coro("waits_forever", b -> {
                    try {
                        return b.await(never);
                    } catch (CancelledError e) {
                        print("coroutine: cancelled on the loop");
                        throw e;
                    }
                }), loop);
                try {
                    waiting.result(0.05);
                } catch (TimeoutError e) {
                    worker.add("result(timeout=0.05) raises TimeoutError");
                }
                boolean cancelled = waiting.cancel();
                loop.callSoonThreadsafe(() -> done.setResult(cancelled));
            });
            thread.start();
            print("the worker's cancel() returned " + a.await(done));
            joinQuietly(thread);
            a.await(aio.sleep(0, null));
            print("the awaited future was cancelled too: " + never.cancelled());
            assertThatThrownBy(() -> aio.runCoroutineThreadsafe(42L, loop)).isInstanceOf(TypeError.class);
            return null;
        }));
        loop.close();
        assertThat(worker).containsExactly("result() waits for the coroutine: 3",
                "result() raises ValueError: raised on the loop", "result(timeout=0.05) raises TimeoutError");
        assertThat(log).containsExactly("coroutine: cancelled on the loop", "the worker's cancel() returned true",
                "the awaited future was cancelled too: true");
    }

    /** thr_rct_factory_fails.py: a refusing task factory fails the concurrent future and reaches the handler. */
    @Test
    void aTaskFactoryThatRaisesFailsTheConcurrentFutureAndIsReported() {
        EventLoop loop = aio.newEventLoop();
        CountDownLatch handled = new CountDownLatch(1);
        loop.runUntilComplete(coro("main", a -> {
            loop.setExceptionHandler((l, context) -> {
                print("handler: " + context.get("exception").getClass().getSimpleName());
                handled.countDown();
            });
            Future done = loop.createFuture();
            loop.setTaskFactory((l, coroutine, name) -> {
                ((Coroutine) coroutine).close();
                throw new ValueError("no tasks today");
            });
            Thread thread = Thread.ofPlatform().unstarted(() -> {
                ConcurrentFuture fut = aio.runCoroutineThreadsafe(coro("job", b -> "never"), loop);
                try {
                    fut.result(null);
                } catch (ValueError e) {
                    await(handled, 10);
                    print("worker: result() raises ValueError: " + e.getMessage());
                }
                loop.callSoonThreadsafe(() -> done.setResult(null));
            });
            thread.start();
            a.await(done);
            joinQuietly(thread);
            return null;
        }));
        loop.setTaskFactory(null);
        loop.close();
        assertThat(log).containsExactly("handler: ValueError", "worker: result() raises ValueError: no tasks today");
    }

    /** thr_wrap_future_cancel.py: cancelling the wrapper cancels a pending concurrent future, not a finished one. */
    @Test
    void cancellingAWrapperCancelsOnlyAPendingConcurrentFuture() {
        aio.run(coro("main", a -> {
            ConcurrentFuture pending = host.newConcurrentFuture();
            Future wrapped = aio.wrapFuture(pending, null);
            wrapped.cancel(null);
            a.await(aio.sleep(0, null));
            print("pending: wrapper " + wrapped.cancelled() + ", concurrent " + pending.cancelled());
            ConcurrentFuture finished = host.newConcurrentFuture();
            wrapped = aio.wrapFuture(finished, null);
            finished.setResult(42L);
            wrapped.cancel(null);
            a.await(aio.sleep(0, null));
            print("finished: wrapper " + wrapped.cancelled() + ", concurrent " + finished.cancelled()
                    + ", result " + finished.result(null));
            print("an asyncio future is returned unchanged: " + (aio.wrapFuture(wrapped, null) == wrapped));
            return null;
        }));
        assertThat(log).containsExactly("pending: wrapper true, concurrent true",
                "finished: wrapper true, concurrent false, result 42", "an asyncio future is returned unchanged: true");
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
