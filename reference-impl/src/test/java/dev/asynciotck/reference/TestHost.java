package dev.asynciotck.reference;

import dev.asynciotck.spi.ConcurrentExecutor;
import dev.asynciotck.spi.ConcurrentFuture;
import dev.asynciotck.spi.Context;
import dev.asynciotck.spi.PythonHost;
import dev.asynciotck.spi.exceptions.CancelledError;
import dev.asynciotck.spi.exceptions.RuntimeError;
import dev.asynciotck.spi.exceptions.TimeoutError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A small Python runtime for tests of the reference without the interpreter: contexts holding named variables,
 * one thread state per Java thread (its current context), and {@code concurrent.futures} on Java threads.
 * It follows CPython's contextvars and concurrent.futures where the tests look.
 */
final class TestHost implements PythonHost {

    /** A Python thread's state: its name (the Java thread's, or MainThread) and its current context. */
    final class ThreadState {
        final String name = Thread.currentThread().getName();
        TestContext current = new TestContext(Map.of());
    }

    private final ThreadLocal<ThreadState> states = ThreadLocal.withInitial(ThreadState::new);
    /** The thread that made the host is the main thread. */
    private final ThreadState main = states.get();
    private final List<TestExecutor> executors = new ArrayList<>();

    @Override
    public Context copyContext() {
        return new TestContext(current().vars);
    }

    @Override
    public Object currentThreadState() {
        return states.get();
    }

    @Override
    public void attachThreadState(Object state) {
        states.set((ThreadState) state);
    }

    @Override
    public String currentThreadName() {
        ThreadState state = states.get();
        return state == main ? "MainThread" : state.name;
    }

    @Override
    public boolean inMainThread() {
        return states.get() == main;
    }

    @Override
    public ConcurrentFuture newConcurrentFuture() {
        return new TestFuture();
    }

    @Override
    public synchronized ConcurrentExecutor newThreadPoolExecutor(String threadNamePrefix) {
        var executor = new TestExecutor(threadNamePrefix == null ? "ThreadPoolExecutor" : threadNamePrefix, 4);
        executors.add(executor);
        return executor;
    }

    /** {@code concurrent.futures.ThreadPoolExecutor(max_workers=workers, thread_name_prefix=prefix)}. */
    synchronized TestExecutor executor(String prefix, int workers) {
        var executor = new TestExecutor(prefix, workers);
        executors.add(executor);
        return executor;
    }

    /** Interpreter exit: every executor is joined (concurrent.futures' exit hook). */
    synchronized void joinExecutors() {
        executors.forEach(e -> e.shutdown(true, false));
    }

    TestContext current() {
        return states.get().current;
    }

    /** {@code ContextVar(name).get(default)}. */
    Object get(String name, Object dflt) {
        return current().vars.getOrDefault(name, dflt);
    }

    /** {@code ContextVar(name).set(value)}. */
    void set(String name, Object value) {
        TestContext context = current();
        Map<String, Object> vars = new HashMap<>(context.vars);
        vars.put(name, value);
        context.vars = Map.copyOf(vars);
    }

    /** {@code contextvars.Context}: an immutable mapping replaced on each set, entered by at most one thread. */
    final class TestContext implements Context {
        volatile Map<String, Object> vars;
        private boolean entered;

        TestContext(Map<String, Object> vars) {
            this.vars = vars;
        }

        Object get(String name) {
            return vars.get(name);
        }

        @Override
        public <T> T run(Supplier<T> action) {
            synchronized (this) {
                if (entered) {
                    throw new RuntimeError("cannot enter context: " + this + " is already entered");
                }
                entered = true;
            }
            ThreadState state = states.get();
            TestContext previous = state.current;
            state.current = this;
            try {
                return action.get();
            } finally {
                state.current = previous;
                synchronized (this) {
                    entered = false;
                }
            }
        }
    }

    /** {@code concurrent.futures.Future}. */
    static final class TestFuture implements ConcurrentFuture {
        private enum State { PENDING, RUNNING, CANCELLED, FINISHED }

        private State state = State.PENDING;
        private Object result;
        private Throwable exception;
        private final List<Consumer<? super ConcurrentFuture>> callbacks = new ArrayList<>();

        @Override
        public boolean cancel() {
            synchronized (this) {
                if (state == State.RUNNING || state == State.FINISHED) {
                    return false;
                }
                if (state == State.CANCELLED) {
                    return true;
                }
                state = State.CANCELLED;
                notifyAll();
            }
            invokeCallbacks();
            return true;
        }

        @Override
        public synchronized boolean cancelled() {
            return state == State.CANCELLED;
        }

        @Override
        public synchronized boolean running() {
            return state == State.RUNNING;
        }

        @Override
        public synchronized boolean done() {
            return state == State.CANCELLED || state == State.FINISHED;
        }

        @Override
        public Object result(Double timeout) {
            Throwable failure = exception(timeout);
            if (failure != null) {
                throw dev.asynciotck.reference.strand.Sneaky.<RuntimeException>rethrow(failure);
            }
            synchronized (this) {
                return result;
            }
        }

        @Override
        public synchronized Throwable exception(Double timeout) {
            long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + (long) (timeout * 1e9);
            while (!done()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutError();
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, timeout == null ? Long.MAX_VALUE : left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            if (state == State.CANCELLED) {
                throw new CancelledError();
            }
            return exception;
        }

        @Override
        public void addDoneCallback(Consumer<? super ConcurrentFuture> callback) {
            synchronized (this) {
                if (!done()) {
                    callbacks.add(callback);
                    return;
                }
            }
            callback.accept(this);
        }

        @Override
        public synchronized boolean setRunningOrNotifyCancel() {
            if (state == State.CANCELLED) {
                return false;
            }
            if (state != State.PENDING) {
                throw new RuntimeError("Future in unexpected state");
            }
            state = State.RUNNING;
            return true;
        }

        @Override
        public void setResult(Object value) {
            complete(value, null);
        }

        @Override
        public void setException(Throwable failure) {
            complete(null, failure);
        }

        private void complete(Object value, Throwable failure) {
            synchronized (this) {
                if (done()) {
                    throw new dev.asynciotck.spi.exceptions.InvalidStateError("FINISHED: " + this);
                }
                result = value;
                exception = failure;
                state = State.FINISHED;
                notifyAll();
            }
            invokeCallbacks();
        }

        private void invokeCallbacks() {
            List<Consumer<? super ConcurrentFuture>> toRun;
            synchronized (this) {
                toRun = new ArrayList<>(callbacks);
                callbacks.clear();
            }
            toRun.forEach(c -> c.accept(this));
        }
    }

    /** {@code concurrent.futures.ThreadPoolExecutor}: named platform threads, each a thread of its own state. */
    final class TestExecutor implements ConcurrentExecutor {
        private final ExecutorService pool;

        TestExecutor(String prefix, int workers) {
            AtomicInteger number = new AtomicInteger();
            this.pool = Executors.newFixedThreadPool(workers,
                    r -> Thread.ofPlatform().daemon().name(prefix + "_" + number.getAndIncrement()).unstarted(r));
        }

        @Override
        public ConcurrentFuture submit(Supplier<?> function) {
            if (pool.isShutdown()) {
                throw new RuntimeError("cannot schedule new futures after shutdown");
            }
            TestFuture future = new TestFuture();
            pool.execute(() -> {
                if (!future.setRunningOrNotifyCancel()) {
                    return;
                }
                states.remove();
                try {
                    future.setResult(function.get());
                } catch (RuntimeException failure) {
                    future.setException(failure);
                }
            });
            return future;
        }

        @Override
        public void shutdown(boolean wait, boolean cancelFutures) {
            pool.shutdown();
            if (wait) {
                try {
                    pool.awaitTermination(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
