package dev.asynciotck.interpreter.runtime;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.Awaitable;
import dev.asynciotck.spi.Awaiter;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.exceptions.PythonException;
import dev.asynciotck.spi.exceptions.TypeError;
import dev.asynciotck.interpreter.UnsupportedConstructError;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one run of a program shares: the provider's asyncio module, the output streams, the builtins and
 * the exception hierarchy of the provider's version. Never shared between programs.
 */
public final class Runtime {

    public final Asyncio asyncio;
    public final PrintStream stdout;
    public final PrintStream stderr;
    public final String filename;
    private final ExceptionTypes types;
    private final Map<String, Object> builtins;
    public final Map<String, Object> globals = new LinkedHashMap<>();
    public final AsyncioModule asyncioModule;
    public final Evaluator evaluator;
    public final Executor executor;
    public final ThreadingModule threadingModule = new ThreadingModule();
    public final SysModule sysModule;
    /** The strands of the program's generators, abandoned when the program ends. */
    public final GeneratorStrand.Registry generators = new GeneratorStrand.Registry();
    /** The threads the program started with {@code threading.Thread}. */
    public final ProgramThreads threads = new ProgramThreads();
    private volatile UnsupportedConstructError firstUnsupported;

    public Runtime(Asyncio asyncio, PrintStream stdout, PrintStream stderr, String filename) {
        this.asyncio = asyncio;
        this.stdout = stdout;
        this.stderr = stderr;
        this.filename = filename;
        this.types = new ExceptionTypes(asyncio.version(), asyncio.cancelledErrorIsException());
        this.builtins = Builtins.create(this);
        this.asyncioModule = new AsyncioModule(this);
        this.sysModule = new SysModule(this);
        this.evaluator = new Evaluator(this);
        this.executor = new Executor(this);
        globals.put("__name__", "__main__");
        globals.put("__file__", filename);
        globals.put("__doc__", null);
    }

    public ExceptionTypes types() {
        return types;
    }

    public boolean atLeast(int major, int minor) {
        return types.version.atLeast(major, minor);
    }

    /** A builtin name, or NameError; a real builtin outside the subset is unsupported. */
    Object builtin(String name) {
        Object value = builtins.get(name);
        if (value != null || builtins.containsKey(name)) {
            return value;
        }
        if (Builtins.UNSUPPORTED.contains(name)) {
            throw Errors.unsupported("builtin '" + name + "'");
        }
        throw Errors.nameError(name);
    }

    String unboundLocalMessage(String name) {
        return atLeast(3, 11) ? "cannot access local variable '" + name + "' where it is not associated with a value"
                : "local variable '" + name + "' referenced before assignment";
    }

    /** The class of a value in this version's hierarchy. */
    public PyClass typeOf(Object value) {
        if (value instanceof Throwable t) {
            PyClass cls = types.classOf(t);
            return cls != null ? cls : Types.JAVA_OBJECT;
        }
        return Types.typeOf(value);
    }

    public boolean isInstance(Object value, PyClass cls) {
        return typeOf(value).isSubclassOf(cls);
    }

    /** Python's {@code callable(*args, **kwargs)}. */
    public Object call(Object callable, Args args) {
        return switch (callable) {
            case PyFunction f -> Calls.callFunction(this, f, args);
            case PyBoundMethod m -> call(m.function(), args.withSelf(m.self()));
            case PyBuiltin b -> b.call(args);
            case PyClass c -> Calls.instantiate(this, c, args);
            case PyWrappers.StaticMethod s -> call(s.function(), args);
            case PyInstance i when i.type.lookup("__call__") instanceof PyFunction f -> call(f, args.withSelf(i));
            case null, default -> throw new TypeError("'" + typeOf(callable).name + "' object is not callable");
        };
    }

    public Object call(Object callable, Object... positional) {
        return call(callable, Args.of(positional));
    }

    /** Python's {@code await value} in the coroutine of {@code awaiter}. */
    public Object awaitValue(Object value, Awaiter awaiter) {
        if (value instanceof Awaitable a) {
            return Values.fromJava(a.awaitIn(awaiter));
        }
        throw new TypeError(awaitRefusal(value));
    }

    String awaitRefusal(Object value) {
        return "object " + typeOf(value).name + " can't be used in 'await' expression";
    }

    /**
     * {@code await obj} for a program object with {@code __await__}: delegation to the iterator it returns, whose
     * yields reach the awaiting coroutine's driver (normally a task) unchanged.
     */
    Object awaitCustom(PyInstance instance, Awaiter awaiter) {
        Object method = instance.type.lookup("__await__");
        Object iterator = call(method, instance);
        return YieldFrom.await(this, iterator, awaiter::suspend);
    }

    /** Remembers an unsupported construct met inside a callback, in case the provider swallows it. */
    public void recordUnsupported(UnsupportedConstructError error) {
        if (firstUnsupported == null) {
            firstUnsupported = error;
        }
    }

    public UnsupportedConstructError firstUnsupported() {
        return firstUnsupported;
    }

    /** Creates an exception of class {@code cls} as {@code cls(*args)} would. */
    public PythonException newException(PyClass cls, Object... args) {
        return (PythonException) Calls.instantiate(this, cls, Args.of(args));
    }

    public List<Object> list(Object iterable) {
        return Iteration.list(iterable);
    }
}
