package dev.asynciotck.reference;

import dev.asynciotck.spi.PythonValues;
import dev.asynciotck.spi.PythonVersion;
import dev.asynciotck.spi.exceptions.BrokenBarrierError;
import dev.asynciotck.spi.exceptions.CancelledError;
import dev.asynciotck.spi.exceptions.InvalidStateError;
import dev.asynciotck.spi.exceptions.PythonException;
import dev.asynciotck.spi.exceptions.QueueEmpty;
import dev.asynciotck.spi.exceptions.QueueFull;
import dev.asynciotck.spi.exceptions.QueueShutDown;
import dev.asynciotck.spi.exceptions.RuntimeError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Python's {@code repr()} as asyncio's messages and reprs use it: {@link PythonValues#repr} for program
 * values, plus the few shapes asyncio itself builds (exceptions, floats, context dicts, callback names), and the
 * recursion guard of asyncio's reprs.
 */
public final class Reprs {

    private static final String FILL = "...";

    private final PythonValues values;
    /** The futures whose repr is being built, per thread ({@code recursive_repr}'s {@code repr_running}). */
    /** Levels of a future nested in its own result, before 3.8 (see {@link #resultRepr}). */
    private static final int LEGACY_NESTING = 20;
    /** The futures whose result's repr is being built, per thread, with their nesting (before 3.11). */
    private final ThreadLocal<Map<Object, Integer>> resultReprRunning = ThreadLocal.withInitial(IdentityHashMap::new);
    private final ThreadLocal<Set<Object>> reprRunning =
            ThreadLocal.withInitial(() -> Collections.newSetFromMap(new IdentityHashMap<>()));

    public Reprs(PythonValues values) {
        this.values = values;
    }

    public PythonValues values() {
        return values;
    }

    /** {@code '%#x' % id(obj)}, the address a repr shows: the host's {@code id()} ({@link PythonValues#id}). */
    public String address(Object obj) {
        return "0x" + Long.toHexString(values.id(obj));
    }

    /** {@code repr(value)}. */
    public String repr(Object value) {
        if (value instanceof ContextDict dict) {
            return dict.pythonRepr(this);
        }
        return values.repr(value);
    }

    /** {@code reprlib.repr(value)}, which {@code Future.__repr__} uses for results: the host's (see PythonValues). */
    public String reprlib(Object value) {
        return values.limitedRepr(value);
    }

    /**
     * The {@code result=} part of {@code base_futures._future_repr_info}, {@code reprlib.repr(result)}, by version:
     * 3.8-3.10 guard it ({@code _repr_running}, bpo-42183): within the repr of {@code self}'s own result, its
     * result shows as {@code ...}; from 3.11 {@link #recursiveRepr} guards the whole repr instead; 3.6-3.7 guard
     * nothing, and only the recursion limit ends a future nested in its own result: its deepest repr raises
     * RecursionError, which reprlib's {@code repr_instance} turns into {@code <Future instance at 0x...>}, and each
     * level above cuts what it got to 30 characters. Here the recursion stops at {@link #LEGACY_NESTING} levels of
     * the same future instead of CPython's ~1,000 frames: by then the cut text no longer changes (each level keeps
     * the first 13 and the last 14 characters, and pushes its own two closing characters in from the right).
     */
    String resultRepr(Object self, Object result, PythonVersion version) {
        if (version.atLeast(3, 11)) {
            return reprlib(result);
        }
        Map<Object, Integer> running = resultReprRunning.get();
        int depth = running.getOrDefault(self, 0);
        if (version.atLeast(3, 8)) {
            if (depth > 0) {
                return FILL;
            }
        } else if (depth >= LEGACY_NESTING) {
            throw new RuntimeError("maximum recursion depth exceeded while getting the repr of an object");
        }
        running.put(self, depth + 1);
        try {
            return reprlib(result);
        } finally {
            if (depth == 0) {
                running.remove(self);
            } else {
                running.put(self, depth);
            }
        }
    }

    /**
     * {@code @reprlib.recursive_repr()}, which decorates {@code _future_repr} and {@code _task_repr} from 3.11: while
     * {@code self}'s repr is being built on this thread, a repr of {@code self} within it is {@code ...} (a future
     * whose result contains the future itself).
     */
    public String recursiveRepr(Object self, Supplier<String> repr) {
        Set<Object> running = reprRunning.get();
        if (!running.add(self)) {
            return FILL;
        }
        try {
            return repr.get();
        } finally {
            running.remove(self);
        }
    }

    /**
     * What {@code traceback.format_exception} prints for an exception that carries no frames: its chain
     * ({@code __cause__}, else {@code __context__}), then its own line {@code module.Name: str}.
     */
    public static String exceptionText(Throwable exception) {
        var lines = new ArrayList<String>();
        appendChain(exception, lines, Collections.newSetFromMap(new IdentityHashMap<>()));
        return String.join("\n", lines);
    }

    private static void appendChain(Throwable exception, List<String> lines, Set<Throwable> seen) {
        seen.add(exception);
        Throwable cause = exception.getCause();
        Throwable context = exception instanceof PythonException e ? e.context() : null;
        if (cause != null && !seen.contains(cause)) {
            appendChain(cause, lines, seen);
            lines.add("");
            lines.add("The above exception was the direct cause of the following exception:");
            lines.add("");
        } else if (cause == null && context != null && !seen.contains(context)) {
            appendChain(context, lines, seen);
            lines.add("");
            lines.add("During handling of the above exception, another exception occurred:");
            lines.add("");
        }
        lines.add(exceptionLine(exception));
    }

    /** The last line of a traceback, {@code traceback.format_exception_only}: {@code module.Name: str}. */
    public static String exceptionLine(Throwable exception) {
        String name;
        String text;
        if (exception instanceof PythonException e) {
            name = qualifiedName(e);
            text = e.getMessage();
        } else {
            name = exception.getClass().getName();
            text = exception.getMessage() == null ? "" : exception.getMessage();
        }
        return text.isEmpty() ? name : name + ": " + text;
    }

    /** Tracebacks name classes outside builtins by module: {@code asyncio.exceptions.CancelledError}. */
    private static String qualifiedName(PythonException e) {
        String name = e.pythonName();
        boolean own = name.equals(e.getClass().getSimpleName());
        if (own && (e instanceof CancelledError || e instanceof InvalidStateError || e instanceof BrokenBarrierError)) {
            return "asyncio.exceptions." + name;
        }
        if (own && (e instanceof QueueEmpty || e instanceof QueueFull || e instanceof QueueShutDown)) {
            return "asyncio.queues." + name;
        }
        return name;
    }

    /**
     * How asyncio shows a callback ({@code format_helpers._format_callback_source}): {@code name()}, and
     * {@code name() at file:line} for Python functions. A callback whose class defines {@code toString()}
     * is taken to return exactly that text; a Java lambda, which has no name, shows as {@code <lambda>()};
     * any other object as its class name.
     */
    public static String callbackName(Object callback) {
        if (callback == null) {
            return "None()";
        }
        Class<?> type = callback.getClass();
        if (type.isHidden() || type.isSynthetic()) {
            return "<lambda>()";
        }
        if (definesToString(type)) {
            return callback.toString();
        }
        return type.getSimpleName() + "()";
    }

    private static boolean definesToString(Class<?> type) {
        try {
            return type.getMethod("toString").getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException impossible) {
            return false;
        }
    }

    /** A dict that asyncio builds (an exception-handler context), shown as Python shows a dict. */
    public static final class ContextDict extends java.util.LinkedHashMap<String, Object> {

        private static final long serialVersionUID = 1L;

        public ContextDict() {
        }

        public ContextDict(Map<String, Object> source) {
            super(source);
        }

        String pythonRepr(Reprs reprs) {
            return entrySet().stream()
                    .map(e -> reprs.repr(e.getKey()) + ": " + reprs.repr(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
    }
}
