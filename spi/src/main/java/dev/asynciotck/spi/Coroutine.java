package dev.asynciotck.spi;

/**
 * A Python coroutine object, the result of calling an {@code async def} function: nothing runs until it is
 * awaited or driven by a task.
 *
 * <p>{@link #awaitIn(Awaiter)} is {@code await coro}: the body runs inline in the awaiting coroutine, with
 * no new task and no deferral; its suspensions pass straight through to the awaiting coroutine's driver.
 * A coroutine runs at most once: awaiting or sending to a finished one raises
 * {@code RuntimeError('cannot reuse already awaited coroutine')}; awaiting a suspended one raises
 * {@code RuntimeError('coroutine is being awaited already')}; resuming a running one raises
 * {@code ValueError('coroutine already executing')}.
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-task.html#coroutines">Coroutines</a>
 * @see <a href="https://docs.python.org/3/reference/datamodel.html#coroutine-objects">Coroutine objects</a>
 */
public interface Coroutine extends Awaitable {

    /** The function's qualified name ({@code __qualname__}), for example {@code main}. */
    String name();

    /**
     * Whether this is a generator-based coroutine (a {@code @types.coroutine} generator function's object, whose
     * Python type is {@code generator}) rather than a native one: asyncio's own {@code _wrap_awaitable} before 3.12.
     * The default: native.
     */
    default boolean generatorBased() {
        return false;
    }

    /**
     * Where the coroutine's code is defined, its {@code cr_code}'s {@code co_filename} and {@code co_firstlineno}
     * (what the {@link CoroutineBody#definedAt() body} it was made from says), or {@code null} when unknown
     * (the default). asyncio's task repr shows a done coroutine with it: {@code coro=<main() done, defined at
     * FILE:LINE>} ({@code coroutines._format_coroutine}, see {@link CodeLocation}).
     */
    default CodeLocation definedAt() {
        return null;
    }

    /** Where the coroutine is, Python's {@code inspect.getcoroutinestate()}. */
    State state();

    /**
     * {@code coro.send(value)}: starts or resumes the body until it next suspends or ends. The first send
     * must pass {@code null} ({@code TypeError("can't send non-None value to a just-started coroutine")}).
     *
     * @return what the body yielded, or what it returned (Python's {@code StopIteration.value})
     * @throws RuntimeException whatever the body raised
     */
    Step send(Object value);

    /** {@code coro.throw(exception)}: raises {@code exception} at the point where the body is suspended. */
    Step throwInto(Throwable exception);

    /**
     * {@code coro.close()}: throws {@link dev.asynciotck.spi.exceptions.GeneratorExit} into a suspended
     * body (its {@code finally} blocks run); a body that suspends again raises
     * {@code RuntimeError('coroutine ignored GeneratorExit')}. Does nothing to a created or closed coroutine
     * except mark it closed.
     */
    void close();

    /** What one {@link #send}/{@link #throwInto} produced. */
    sealed interface Step {
        /** The body suspended, yielding {@code value} to its driver. */
        record Yielded(Object value) implements Step {
        }

        /** The body returned {@code value}; the coroutine is closed. */
        record Returned(Object value) implements Step {
        }
    }

    /** {@code inspect.CORO_CREATED}, {@code CORO_RUNNING}, {@code CORO_SUSPENDED}, {@code CORO_CLOSED}. */
    enum State { CREATED, RUNNING, SUSPENDED, CLOSED }
}
