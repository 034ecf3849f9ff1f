package dev.asynciotck.interpreter.runtime.threading;

import dev.asynciotck.interpreter.runtime.contextvars.ContextvarsModule;
import dev.asynciotck.interpreter.runtime.contextvars.CurrentContext;
import dev.asynciotck.interpreter.runtime.contextvars.PyContext;
import dev.asynciotck.interpreter.runtime.exception.ExceptionTypes;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.spi.ConcurrentExecutor;
import dev.asynciotck.spi.ConcurrentFuture;
import dev.asynciotck.spi.Context;
import dev.asynciotck.spi.PythonHost;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one program's Python runtime gives the provider ({@link PythonHost}): its contexts, its threads' states and
 * {@code concurrent.futures}. It is made before the provider's module is opened (the module keeps it) and bound to
 * the program's runtime when the program starts; the thread that starts it is the main thread.
 *
 * <p>Every Java thread that runs program code has a {@link PyThreadState}: the main thread, the program's
 * threads, the executors' workers, and any thread a provider attached a state to; another thread gets a fresh
 * state (an empty context) on first use, as CPython gives a thread made outside {@code threading}.
 */
public final class ProgramHost implements PythonHost, CurrentContext {

    private final ContextvarsModule contextvars = new ContextvarsModule(this);
    private final ConcurrentFuturesModule futures = new ConcurrentFuturesModule(this);
    private final AtomicLong idents = new AtomicLong();
    private final ThreadLocal<PyThreadState> states = ThreadLocal.withInitial(this::foreignThreadState);
    private final List<PyThreadPoolExecutor> executors = new ArrayList<>();
    private final AtomicInteger executorNumbers = new AtomicInteger();
    private volatile Runtime rt;
    private volatile ExceptionTypes types;
    private volatile ThreadGroup group = Thread.currentThread().getThreadGroup();
    private volatile PyThreadState mainState;

    /** Binds the host to the program's runtime; the calling thread becomes the program's main thread. */
    public void bind(Runtime runtime, ExceptionTypes exceptionTypes) {
        this.rt = runtime;
        this.types = exceptionTypes;
        this.group = Thread.currentThread().getThreadGroup();
        PyThreadState main = new PyThreadState("MainThread", idents.incrementAndGet(), PyThreadState.Kind.MAIN, false, null,
                contextvars.emptyContext());
        mainState = main;
        states.set(main);
    }

    /** The main thread's state ({@code threading.main_thread()}). */
    PyThreadState mainState() {
        return mainState;
    }

    /** The state of a thread made outside the program ({@code threading._DummyThread}). */
    private PyThreadState foreignThreadState() {
        long ident = idents.incrementAndGet();
        return new PyThreadState("Dummy-" + ident, ident, PyThreadState.Kind.DUMMY, true, null,
                contextvars.emptyContext());
    }

    public ContextvarsModule contextvars() {
        return contextvars;
    }

    /** {@code concurrent.futures}, as far as the programs use it. */
    public ConcurrentFuturesModule futures() {
        return futures;
    }

    Runtime runtime() {
        Runtime bound = rt;
        if (bound == null) {
            throw new IllegalStateException("the program's runtime is not bound to its host yet");
        }
        return bound;
    }

    ExceptionTypes types() {
        runtime();
        return types;
    }

    ThreadGroup group() {
        return group;
    }

    /** The calling thread's state. */
    PyThreadState state() {
        return states.get();
    }

    /** A new state for a thread the program or an executor starts, with an empty context. */
    PyThreadState newState(String name, boolean daemon, ProgramThread programThread) {
        return new PyThreadState(name, idents.incrementAndGet(),
                programThread != null ? PyThreadState.Kind.STARTED : PyThreadState.Kind.WORKER, daemon, programThread,
                contextvars.emptyContext());
    }

    int nextExecutorNumber() {
        return executorNumbers.getAndIncrement();
    }

    // ---- contexts ---------------------------------------------------------------------------------------------

    @Override
    public PyContext current() {
        return states.get().context;
    }

    @Override
    public PyContext swap(PyContext context) {
        PyThreadState state = states.get();
        PyContext previous = state.context;
        state.context = context;
        return previous;
    }

    @Override
    public Context copyContext() {
        return current().copy();
    }

    // ---- thread states ----------------------------------------------------------------------------------------

    @Override
    public Object currentThreadState() {
        return states.get();
    }

    @Override
    public void attachThreadState(Object state) {
        if (state instanceof PyThreadState s) {
            states.set(s);
        } else {
            states.remove();
        }
    }

    @Override
    public String currentThreadName() {
        return states.get().name;
    }

    @Override
    public boolean inMainThread() {
        return states.get() == mainState;
    }

    // ---- concurrent.futures -----------------------------------------------------------------------------------

    @Override
    public ConcurrentFuture newConcurrentFuture() {
        return new PyConcurrentFuture(this);
    }

    @Override
    public ConcurrentExecutor newThreadPoolExecutor(String threadNamePrefix) {
        return newExecutor(null, threadNamePrefix);
    }

    /** {@code ThreadPoolExecutor(max_workers, thread_name_prefix)}; each is joined when the program ends. */
    PyThreadPoolExecutor newExecutor(Integer maxWorkers, String threadNamePrefix) {
        Runtime runtime = runtime();
        int workers = maxWorkers != null ? maxWorkers
                : runtime.atLeast(3, 8) ? Math.min(32, java.lang.Runtime.getRuntime().availableProcessors() + 4)
                : java.lang.Runtime.getRuntime().availableProcessors() * 5;
        String prefix = threadNamePrefix != null && !threadNamePrefix.isEmpty() ? threadNamePrefix
                : "ThreadPoolExecutor-" + nextExecutorNumber();
        var executor = new PyThreadPoolExecutor(this, workers, prefix);
        synchronized (executors) {
            executors.add(executor);
        }
        return executor;
    }

    /**
     * concurrent.futures' exit hook ({@code _python_exit}): every executor finishes the work it was given and
     * its workers end, before the interpreter joins its other threads.
     */
    public void joinExecutors() {
        List<PyThreadPoolExecutor> all;
        synchronized (executors) {
            all = new ArrayList<>(executors);
        }
        for (PyThreadPoolExecutor executor : all) {
            executor.joinAtExit();
        }
    }
}
