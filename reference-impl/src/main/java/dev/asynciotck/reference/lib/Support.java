package dev.asynciotck.reference.lib;

import dev.asynciotck.reference.ReferenceFuture;
import dev.asynciotck.spi.AsyncContextManager;
import dev.asynciotck.spi.Awaitable;
import dev.asynciotck.spi.Awaiter;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.PythonValues;
import dev.asynciotck.spi.Task;
import dev.asynciotck.spi.exceptions.BaseExceptionGroup;
import dev.asynciotck.spi.exceptions.CancelledError;
import dev.asynciotck.spi.exceptions.ExceptionGroup;
import dev.asynciotck.spi.exceptions.GeneratorExit;
import dev.asynciotck.spi.exceptions.KeyboardInterrupt;
import dev.asynciotck.spi.exceptions.PythonException;
import dev.asynciotck.spi.exceptions.SystemExit;
import dev.asynciotck.spi.exceptions.TimeoutError;
import dev.asynciotck.spi.exceptions.TypeError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Small helpers shared by the library: Python idioms that have no direct Java counterpart. */
final class Support {

    private Support() {
    }

    /** Python's {@code async with cm as x: body(x)}; {@code __aexit__} may suppress the body's exception. */
    static Object asyncWith(Awaiter awaiter, PythonValues values, AsyncContextManager cm,
                            Function<Object, Object> body) {
        Object entered = awaiter.await(cm.aenter());
        Object result;
        try {
            result = body.apply(entered);
        } catch (Throwable raised) {
            Object suppress;
            try {
                suppress = awaiter.await(cm.aexit(raised));
            } catch (PythonException fromExit) {
                // raised by __aexit__ while `raised` is being handled: that is its __context__
                if (fromExit != raised && fromExit.context() == null) {
                    fromExit.withContext(raised);
                }
                throw fromExit;
            }
            if (values.truth(suppress)) {
                return null; // suppressed: execution continues after the with block
            }
            throw raised;
        }
        awaiter.await(cm.aexit(null));
        return result;
    }

    /** Python's {@code await obj} for a value typed {@code Object}. */
    static Object awaitAny(Awaiter awaiter, Object obj) {
        if (obj instanceof Awaitable awaitable) {
            return awaiter.await(awaitable);
        }
        throw new TypeError("object " + typeName(obj) + " can't be used in 'await' expression");
    }

    /** Python's {@code type(obj).__name__} for the plain values that cross the SPI. */
    static String typeName(Object obj) {
        return switch (obj) {
            case null -> "NoneType";
            case Boolean b -> "bool";
            case Long l -> "int";
            case Integer i -> "int";
            case BigInteger i -> "int";
            case Double d -> "float";
            case String s -> "str";
            case List<?> l -> "list";
            case Collection<?> c -> "set";
            case Map<?, ?> m -> "dict";
            case PythonException e -> e.pythonName();
            default -> obj.getClass().getSimpleName();
        };
    }

    /**
     * Whether {@code t} is an {@code Exception} in 3.13 (rather than only a {@code BaseException}):
     * everything but CancelledError, KeyboardInterrupt, SystemExit, GeneratorExit, a
     * BaseExceptionGroup that is not an ExceptionGroup, and a program's class deriving from BaseException alone.
     */
    static boolean isException(Throwable t) {
        if (t instanceof CancelledError || t instanceof KeyboardInterrupt || t instanceof SystemExit
                || t instanceof GeneratorExit) {
            return false;
        }
        if (t instanceof PythonException p && !p.derivesFromException()) {
            return false;
        }
        return !(t instanceof BaseExceptionGroup) || t instanceof ExceptionGroup;
    }

    /** {@code BaseExceptionGroup(message, errors)}, which is an ExceptionGroup when every member is an Exception. */
    static BaseExceptionGroup exceptionGroup(String message, List<Throwable> errors) {
        if (errors.stream().allMatch(Support::isException)) {
            return new ExceptionGroup(message, errors);
        }
        return new BaseExceptionGroup(message, errors);
    }

    /** SystemExit and KeyboardInterrupt, which TaskGroup re-raises on their own. */
    static boolean isBaseError(Throwable t) {
        return t instanceof SystemExit || t instanceof KeyboardInterrupt;
    }

    /**
     * {@code fut._make_cancelled_error()} of a cancelled future: the CancelledError its {@code result()}
     * raises (for a task, the one its coroutine raised; otherwise one carrying the cancel message). Of a future
     * that is not cancelled, Python builds one from {@code _cancel_message}: a task that was asked to cancel (with
     * a message) and then ended otherwise still carries that message.
     */
    static CancelledError cancelledError(Future fut) {
        if (!fut.cancelled()) {
            if (fut instanceof ReferenceFuture own && own.cancelMessage() != null) {
                return new CancelledError(own.cancelMessage());
            }
            return new CancelledError();
        }
        try {
            fut.result();
        } catch (CancelledError e) {
            return e;
        }
        return new CancelledError();
    }

    /**
     * {@code '' if fut._cancel_message is None else fut._cancel_message}. A task that ended because its
     * coroutine raised CancelledError has none (its final Future.cancel() passes none), so it gives ''; one
     * whose coroutine returned while a cancel was requested keeps that cancel's message.
     */
    static Object cancelMessage(Future fut) {
        if (fut instanceof ReferenceFuture own) {
            return own.cancelMessage() == null ? "" : own.cancelMessage();
        }
        if (fut instanceof Task) {
            return "";
        }
        List<Object> args = cancelledError(fut).args();
        return args.isEmpty() || args.get(0) == null ? "" : args.get(0);
    }

    /**
     * {@code raise TimeoutError from cause} while {@code cause} is the exception being handled, as at every use:
     * the cause is also the {@code __context__}.
     */
    static TimeoutError timeoutErrorFrom(Throwable cause) {
        TimeoutError error = new TimeoutError();
        error.withCause(cause);
        error.withContext(cause);
        return error;
    }

    /** Throws any throwable unchanged (Python has no checked exceptions); declared to return for {@code throw}. */
    @SuppressWarnings("unchecked")
    static <T extends Throwable> RuntimeException sneakyThrow(Throwable t) throws T {
        throw (T) t;
    }

    /** {@code _release_waiter(waiter)}. */
    static void releaseWaiter(Future waiter) {
        if (!waiter.done()) {
            waiter.setResult(null);
        }
    }

    /** The running loop, or null (Python's {@code events._get_running_loop()}). */
    static EventLoop runningLoopOrNull(dev.asynciotck.spi.Asyncio asyncio) {
        try {
            return asyncio.getRunningLoop();
        } catch (dev.asynciotck.spi.exceptions.RuntimeError e) {
            return null;
        }
    }

    /** {@code '%#x' % id(obj)} for reprs: the host's {@code id()} (the SPI's one address convention). */
    static String id(PythonValues values, Object obj) {
        return "0x" + Long.toHexString(values.id(obj));
    }

    /** Python's {@code round(x, 3)} (correctly rounded, half to even on the exact binary value). */
    static double round3(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Distinct elements by identity, in first-seen order (a deterministic stand-in for Python's set order). */
    static <T> List<T> distinct(Collection<? extends T> items) {
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        List<T> out = new ArrayList<>();
        for (T item : items) {
            if (seen.put(item, Boolean.TRUE) == null) {
                out.add(item);
            }
        }
        return out;
    }
}
