package dev.asynciotck.interpreter;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.PythonHost;
import dev.asynciotck.spi.PythonValues;
import dev.asynciotck.spi.exceptions.PythonException;
import java.io.PrintStream;
import java.util.Objects;
import dev.asynciotck.interpreter.runtime.exec.Frame;
import dev.asynciotck.interpreter.runtime.exec.ProgramRuntime;
import dev.asynciotck.interpreter.runtime.threading.ProgramHost;
import dev.asynciotck.interpreter.runtime.repr.LimitedRepr;
import dev.asynciotck.interpreter.runtime.repr.Repr;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.Values;
import dev.asynciotck.interpreter.runtime.operator.Operators;

/**
 * Runs a {@link Program} on an SPI provider: every asyncio name resolves to the provider, and the interpreter
 * supplies only Python's language semantics. One interpreter may run several programs, one after another;
 * nothing is shared between runs.
 */
public final class Interpreter {

    private static final LimitedRepr LIMITED_REPR = new LimitedRepr((a, b) -> Operators.lessThan(null, a, b));

    private static final PythonValues VALUES = new PythonValues() {
        @Override
        public String repr(Object value) {
            return Repr.repr(value);
        }

        @Override
        public String limitedRepr(Object value) {
            return LIMITED_REPR.repr(value);
        }

        @Override
        public boolean truth(Object value) {
            return Values.truth(value);
        }

        @Override
        public boolean lessThan(Object a, Object b) {
            return Operators.lessThan(null, a, b);
        }

        @Override
        public long id(Object value) {
            return Values.id(value);
        }
    };

    private final Asyncio asyncio;
    private final PrintStream stdout;
    private final PrintStream stderr;
    private final PythonHost host;

    /**
     * An interpreter whose program runs on {@code asyncio}, a module opened with {@code host} in its
     * {@code RuntimeOptions} ({@link #newHost()}): then contexts, threads and concurrent futures are the same objects
     * for the program and the provider. The host serves one program.
     *
     * @throws IllegalArgumentException if {@code host} was not made by {@link #newHost()}
     */
    public Interpreter(Asyncio asyncio, PrintStream stdout, PrintStream stderr, PythonHost host) {
        this.asyncio = Objects.requireNonNull(asyncio, "asyncio");
        this.stdout = Objects.requireNonNull(stdout, "stdout");
        this.stderr = Objects.requireNonNull(stderr, "stderr");
        if (!(host instanceof ProgramHost)) {
            throw new IllegalArgumentException("the host must come from Interpreter.newHost(), got " + host);
        }
        this.host = host;
    }

    /**
     * An interpreter for a module opened without this interpreter's host: the program's contexts then stay on its
     * side (the provider copies and enters only the Java host's empty context), so context variables do not follow
     * tasks and callbacks. Use {@link #newHost()} to open the module instead.
     */
    public Interpreter(Asyncio asyncio, PrintStream stdout, PrintStream stderr) {
        this(asyncio, stdout, stderr, newHost());
    }

    /**
     * A new Python runtime for one program, to hand to the provider ({@code RuntimeOptions.withHost}) before the
     * module is opened, and then to {@link #Interpreter(Asyncio, PrintStream, PrintStream, PythonHost)}.
     */
    public static PythonHost newHost() {
        return new ProgramHost();
    }

    /** The Python value semantics (repr, truth, {@code <}) of this interpreter's values, for RuntimeOptions. */
    public static PythonValues values() {
        return VALUES;
    }

    /**
     * Runs the module, then waits for the non-daemon threads it started, as Python does; returns if it
     * completes.
     *
     * @throws UncaughtPythonException   when a Python exception escapes the module
     * @throws UnsupportedConstructError when execution reaches something outside the subset
     */
    public void run(Program program) {
        ProgramRuntime rt = new ProgramRuntime(asyncio, stdout, stderr, program.filename(), (ProgramHost) host);
        Frame module = Frame.module(rt, rt.globals);
        try {
            try {
                rt.executor.execBlock(program.body(), module);
            } finally {
                // threading._shutdown: the executors' exit hook first, then the non-daemon threads.
                try {
                    rt.host.joinExecutors();
                    rt.threadingModule.threads().joinNonDaemon();
                } finally {
                    rt.generators.abandonAll();
                }
            }
        } catch (PythonException e) {
            if (rt.firstUnsupported() != null) {
                throw rt.firstUnsupported();
            }
            throw uncaught(rt, e);
        } finally {
            stdout.flush();
        }
        if (rt.firstUnsupported() != null) {
            throw rt.firstUnsupported();
        }
    }

    /**
     * The exception as CPython ends its traceback: {@code module.Class: str(e)}. For an exception group this
     * is the group's header line ({@code ExceptionGroup: msg (1 sub-exception)}), not the box drawing after it.
     */
    private static UncaughtPythonException uncaught(ProgramRuntime rt, PythonException e) {
        PyClass cls = rt.typeOf(e);
        String text;
        try {
            text = Repr.str(e);
        } catch (PythonException failure) {
            text = "<exception str() failed>";
        }
        String line = cls.tracebackName() + (text.isEmpty() ? "" : ": " + text);
        return new UncaughtPythonException(cls.name, line, e);
    }
}
