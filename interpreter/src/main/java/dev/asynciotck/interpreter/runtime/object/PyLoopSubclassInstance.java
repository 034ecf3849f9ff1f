package dev.asynciotck.interpreter.runtime.object;

import dev.asynciotck.spi.ConcurrentExecutor;
import dev.asynciotck.spi.Context;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.ExceptionHandler;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.Handle;
import dev.asynciotck.spi.TaskFactory;
import dev.asynciotck.spi.TimerHandle;
import dev.asynciotck.spi.exceptions.TypeError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * An instance of a program's subclass of asyncio's loop class ({@code asyncio.SelectorEventLoop}). One object with
 * two halves, as {@link PyFutureSubclassInstance}: the program class's attributes first, then the provider's loop,
 * made with the instance and bound to it ({@link EventLoop#bindSelf}), so that the provider hands out this instance
 * as the loop and calls it where asyncio calls the loop object. The SPI methods whose Python methods asyncio calls
 * through the loop object ({@link #OVERRIDABLE}) call the program's override when its class has one; every other
 * SPI method is the provider's loop's, and a class that overrides one of those is refused when it is instantiated
 * (the provider would not call that override where CPython does). The interpreter decides nothing: what a method
 * does is the program's or the provider's.
 */
public final class PyLoopSubclassInstance extends PyInstance implements EventLoop {

    /** The Python methods asyncio's own code calls on the loop object, which a subclass may override. */
    public static final Set<String> OVERRIDABLE = Set.of("create_task", "call_exception_handler",
            "default_exception_handler");

    private final Runtime runtime;
    private final EventLoop provided;

    public PyLoopSubclassInstance(PyClass type, Runtime runtime, EventLoop provided) {
        super(type);
        this.runtime = runtime;
        this.provided = provided;
    }

    /** The provider's loop, this instance's other half. */
    public EventLoop provided() {
        return provided;
    }

    /** The program's override of {@code name}, bound to this instance, or null when its classes have none. */
    private Object override(String name) {
        return type.lookup(name) != null ? runtime.call(runtime.builtin("getattr"), this, name) : null;
    }

    @Override
    public Future createTask(Object coro, String name, Context context) {
        return createTask(coro, name, context, null);
    }

    /** {@code self.create_task(coro, **kwargs)}: the keywords the provider passes on, as asyncio passes them. */
    @Override
    public Future createTask(Object coro, String name, Context context, Boolean eagerStart) {
        Object method = override("create_task");
        if (method == null) {
            return eagerStart != null ? provided.createTask(coro, name, context, eagerStart)
                    : provided.createTask(coro, name, context);
        }
        Map<String, Object> keywords = new LinkedHashMap<>();
        if (name != null) {
            keywords.put("name", name);
        }
        if (context != null) {
            keywords.put("context", context);
        }
        if (eagerStart != null) {
            keywords.put("eager_start", eagerStart);
        }
        Object made = runtime.call(method, new Args(new ArrayList<>(List.of(coro)), keywords));
        if (made instanceof Future future) {
            return future;
        }
        throw new TypeError("the loop's create_task() returned a " + runtime.typeOf(made).name + ", not a future");
    }

    @Override
    public void callExceptionHandler(Map<String, Object> context) {
        Object method = override("call_exception_handler");
        if (method == null) {
            provided.callExceptionHandler(context);
        } else {
            runtime.call(method, PyDict.fromJava(context));
        }
    }

    @Override
    public void defaultExceptionHandler(Map<String, Object> context) {
        Object method = override("default_exception_handler");
        if (method == null) {
            provided.defaultExceptionHandler(context);
        } else {
            runtime.call(method, PyDict.fromJava(context));
        }
    }

    // ---- the provider's loop: the methods asyncio does not reach through a subclass here ----------------------

    @Override
    public Handle callSoon(Runnable callback, Context context) {
        return provided.callSoon(callback, context);
    }

    @Override
    public Handle callSoonThreadsafe(Runnable callback, Context context) {
        return provided.callSoonThreadsafe(callback, context);
    }

    @Override
    public TimerHandle callLater(double delay, Runnable callback, Context context) {
        return provided.callLater(delay, callback, context);
    }

    @Override
    public TimerHandle callAt(double when, Runnable callback, Context context) {
        return provided.callAt(when, callback, context);
    }

    @Override
    public double time() {
        return provided.time();
    }

    @Override
    public Future createFuture() {
        return provided.createFuture();
    }

    @Override
    public Object runUntilComplete(Object future) {
        return provided.runUntilComplete(future);
    }

    @Override
    public void runForever() {
        provided.runForever();
    }

    @Override
    public void stop() {
        provided.stop();
    }

    @Override
    public boolean isRunning() {
        return provided.isRunning();
    }

    @Override
    public boolean isClosed() {
        return provided.isClosed();
    }

    @Override
    public void close() {
        provided.close();
    }

    @Override
    public void setExceptionHandler(ExceptionHandler handler) {
        provided.setExceptionHandler(handler);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return provided.getExceptionHandler();
    }

    @Override
    public Coroutine shutdownAsyncgens() {
        return provided.shutdownAsyncgens();
    }

    @Override
    public void setTaskFactory(TaskFactory factory) {
        provided.setTaskFactory(factory);
    }

    @Override
    public TaskFactory getTaskFactory() {
        return provided.getTaskFactory();
    }

    @Override
    public boolean getDebug() {
        return provided.getDebug();
    }

    @Override
    public void setDebug(boolean enabled) {
        provided.setDebug(enabled);
    }

    @Override
    public double slowCallbackDuration() {
        return provided.slowCallbackDuration();
    }

    @Override
    public void setSlowCallbackDuration(double seconds) {
        provided.setSlowCallbackDuration(seconds);
    }

    @Override
    public Future runInExecutor(ConcurrentExecutor executor, Supplier<?> function) {
        return provided.runInExecutor(executor, function);
    }

    @Override
    public void setDefaultExecutor(Object executor) {
        provided.setDefaultExecutor(executor);
    }

    @Override
    public Coroutine shutdownDefaultExecutor(Double timeout) {
        return provided.shutdownDefaultExecutor(timeout);
    }

    @Override
    public String toString() {
        return runtime.repr(this);
    }
}
