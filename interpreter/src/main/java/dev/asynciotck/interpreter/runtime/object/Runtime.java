package dev.asynciotck.interpreter.runtime.object;

import dev.asynciotck.interpreter.syntax.UnsupportedConstructError;
import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.Awaiter;
import dev.asynciotck.spi.exceptions.PythonException;

import java.io.PrintStream;
import java.util.List;

/**
 * What one run of a program shares, as every group of the runtime sees it: the provider's asyncio module, the
 * output streams, the asyncio version, and the few operations of the object model that need the whole
 * interpreter (calling, typing, awaiting, repr). The execution package implements it, one instance per program;
 * the packages below it reach the interpreter only through this interface, never by naming its classes.
 */
public interface Runtime {

    /** The provider's asyncio module that the program runs on. */
    Asyncio asyncio();

    PrintStream stdout();

    PrintStream stderr();

    /** The program's file name, as tracebacks and callback descriptions show it. */
    String filename();

    /** Whether the asyncio version is {@code major.minor} or later. */
    boolean atLeast(int major, int minor);

    /** The registries of this program's object model: what the builtins, asyncio and threading groups added. */
    ObjectModel model();

    /** The class of a value in this version's hierarchy. */
    PyClass typeOf(Object value);

    boolean isInstance(Object value, PyClass cls);

    /** The Python class of a thrown exception in this version's hierarchy; null for a non-Python Java exception. */
    PyClass exceptionClass(Throwable exception);

    /** True if {@code exception} is an instance of Python's {@code Exception}. */
    boolean isException(Throwable exception);

    /** Creates an exception of class {@code cls} as {@code cls(*args)} would. */
    PythonException newException(PyClass cls, Object... args);

    /** Python's {@code callable(*args, **kwargs)}. */
    Object call(Object callable, Args args);

    default Object call(Object callable, Object... positional) {
        return call(callable, Args.of(positional));
    }

    /** Python's {@code await value} in the coroutine of {@code awaiter}. */
    Object awaitValue(Object value, Awaiter awaiter);

    /** {@code await obj} for a program object with {@code __await__}. */
    Object awaitCustom(PyInstance instance, Awaiter awaiter);

    /** A builtin name, or NameError; a real builtin outside the subset is unsupported. */
    Object builtin(String name);

    /** The items of an iterable, as {@code list(iterable)} would give them. */
    List<Object> list(Object iterable);

    /** Python's {@code repr(value)}. */
    String repr(Object value);

    /** Python's {@code str(value)}. */
    String str(Object value);

    /** Python's {@code template % args} for a str template (printf-style formatting). */
    String formatPercent(String template, Object args);

    /** Remembers an unsupported construct met inside a callback, in case the provider swallows it. */
    void recordUnsupported(UnsupportedConstructError error);

    /** The line of the innermost statement running on the calling thread (0 before the first). */
    int currentLine();

    /**
     * {@code warnings.warn(text, category)} located at {@link #currentLine()}: what a library function's warning
     * with a {@code stacklevel} that points at the program's calling line reports.
     */
    void warn(PyClass category, String text);
}
