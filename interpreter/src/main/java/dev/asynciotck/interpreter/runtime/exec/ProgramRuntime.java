package dev.asynciotck.interpreter.runtime.exec;

import dev.asynciotck.interpreter.runtime.decimal.DecimalModule;
import dev.asynciotck.interpreter.runtime.warnings.WarningsModule;
import dev.asynciotck.interpreter.runtime.weakref.WeakrefModule;
import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.Awaitable;
import dev.asynciotck.spi.Awaiter;
import dev.asynciotck.spi.exceptions.PythonException;
import dev.asynciotck.spi.exceptions.TypeError;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.asynciotck.interpreter.runtime.asyncio.AsyncioModule;
import dev.asynciotck.interpreter.runtime.builtin.BuiltinTypes;
import dev.asynciotck.interpreter.runtime.builtin.Builtins;
import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.exception.ExceptionTypes;
import dev.asynciotck.interpreter.runtime.repr.Repr;
import dev.asynciotck.interpreter.runtime.format.PercentFormat;
import dev.asynciotck.interpreter.runtime.object.Args;
import dev.asynciotck.interpreter.runtime.object.PyBoundMethod;
import dev.asynciotck.interpreter.runtime.object.PyBuiltin;
import dev.asynciotck.interpreter.runtime.object.ObjectModel;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyDictView;
import dev.asynciotck.interpreter.runtime.object.PyIterator;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.object.PyFunction;
import dev.asynciotck.interpreter.runtime.object.PyInstance;
import dev.asynciotck.interpreter.runtime.object.PyWrappers;
import dev.asynciotck.interpreter.runtime.object.Types;
import dev.asynciotck.interpreter.runtime.object.Values;
import dev.asynciotck.interpreter.runtime.operator.Iteration;
import dev.asynciotck.interpreter.runtime.threading.ProgramHost;
import dev.asynciotck.interpreter.runtime.generator.GeneratorMechanism;
import dev.asynciotck.interpreter.runtime.generator.GeneratorStrand;
import dev.asynciotck.interpreter.runtime.generator.Generators;
import dev.asynciotck.interpreter.runtime.sys.SysModule;
import dev.asynciotck.interpreter.runtime.threading.ThreadingModule;
import dev.asynciotck.interpreter.syntax.UnsupportedConstructError;

/**
 * Everything one run of a program shares: the provider's asyncio module, the output streams, the object model's
 * registries, the builtins and the exception hierarchy of the provider's version. Never shared between programs.
 * It builds the groups of the runtime, lets each register its kinds of value with the {@link ObjectModel}, and
 * is the {@link Runtime} they all see.
 */
public final class ProgramRuntime implements Runtime {

    public final Asyncio asyncio;
    public final PrintStream stdout;
    public final PrintStream stderr;
    public final String filename;
    private final ObjectModel model = new ObjectModel();
    private final ExceptionTypes types;
    private final Map<String, Object> builtins;
    public final Map<String, Object> globals = new LinkedHashMap<>();
    public final AsyncioModule asyncioModule;
    public final Evaluator evaluator;
    public final Executor executor;
    public final ThreadingModule threadingModule;
    /** The program's Python runtime as the provider sees it: contexts, thread states, concurrent.futures. */
    public final ProgramHost host;
    public final SysModule sysModule;
    /** The program's generators and the strands their bodies run on, abandoned when the program ends. */
    public final Generators generators;
    /** How deep the running Python code is, against CPython's recursion limit. */
    final CallDepth callDepth = new CallDepth();
    /** Per thread, the line of the innermost statement running ({@link Executor} sets and restores it). */
    final ThreadLocal<int[]> currentLine = ThreadLocal.withInitial(() -> new int[1]);
    /** The program's {@code warnings} module: its filters and registries. */
    public final WarningsModule warningsModule;
    /** Before 3.9, exceptions thrown into a suspended coroutine propagate without implicit chaining. */
    final UnchainedThrows unchainedThrows;
    private volatile UnsupportedConstructError firstUnsupported;

    /**
     * @param host the host the provider's module was opened with ({@code RuntimeOptions.withHost}); the calling
     *             thread becomes the program's main thread
     */
    public ProgramRuntime(Asyncio asyncio, PrintStream stdout, PrintStream stderr, String filename, ProgramHost host) {
        this.asyncio = asyncio;
        this.host = host;
        this.stdout = stdout;
        this.stderr = stderr;
        this.filename = filename;
        this.types = new ExceptionTypes(this, asyncio.version(), asyncio.cancelledErrorIsException());
        this.unchainedThrows = new UnchainedThrows(!asyncio.version().atLeast(3, 9));
        types.register(model);
        BuiltinTypes.register(model);
        this.builtins = Builtins.create(this);
        // Generator bodies on strands of their own run under the Python thread state of whoever resumes them.
        this.generators = new Generators(this, types, new GeneratorStrand.Registry(GeneratorMechanism.selected(),
                GeneratorStrand.ThreadStates.of(host::currentThreadState, host::attachThreadState)));
        generators.register(model);
        this.warningsModule = new WarningsModule(this);
        warningsModule.register(model);
        this.asyncioModule = new AsyncioModule(this, types, generators);
        asyncioModule.register(model);
        host.bind(this, types);
        this.threadingModule = new ThreadingModule(this, host);
        threadingModule.register(model);
        host.contextvars().register(model);
        new DecimalModule(this, host.contextvars()).register(model);
        new WeakrefModule(this).register(model);
        host.futures().register(model);
        this.sysModule = new SysModule(this, callDepth);
        sysModule.register(model);
        asyncioModule.registerAttributes(model);
        this.evaluator = new Evaluator(this);
        this.executor = new Executor(this);
        globals.put("__name__", "__main__");
        globals.put("__file__", filename);
        globals.put("__doc__", null);
    }

    @Override
    public Asyncio asyncio() {
        return asyncio;
    }

    @Override
    public PrintStream stdout() {
        return stdout;
    }

    @Override
    public PrintStream stderr() {
        return stderr;
    }

    @Override
    public String filename() {
        return filename;
    }

    @Override
    public ObjectModel model() {
        return model;
    }

    public ExceptionTypes types() {
        return types;
    }

    @Override
    public int currentLine() {
        return currentLine.get()[0];
    }

    @Override
    public void warn(PyClass category, String text) {
        warningsModule.warn(category, text);
    }

    @Override
    public boolean atLeast(int major, int minor) {
        return types.version.atLeast(major, minor);
    }

    @Override
    public Object builtin(String name) {
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

    @Override
    public PyClass typeOf(Object value) {
        if (value instanceof Throwable t) {
            PyClass cls = types.classOf(t);
            return cls != null ? cls : Types.JAVA_OBJECT;
        }
        return switch (value) {
            case PyIterator i -> model.iteratorClass(i.typeName);
            case PyDictView v -> model.iteratorClass(v.typeName());
            case null -> Types.typeOf(null);
            default -> model.classOf(value).orElseGet(() -> Types.typeOf(value));
        };
    }

    @Override
    public boolean isInstance(Object value, PyClass cls) {
        return typeOf(value).isSubclassOf(cls);
    }

    @Override
    public PyClass exceptionClass(Throwable exception) {
        return types.classOf(exception);
    }

    @Override
    public boolean isException(Throwable exception) {
        return types.isException(exception);
    }

    @Override
    public Object call(Object callable, Args args) {
        return switch (callable) {
            case PyFunction f -> Calls.callFunction(this, f, args);
            case PyBoundMethod m -> call(m.function(), args.withSelf(m.self()));
            case PyBuiltin b -> b.call(this, args);
            case PyClass c -> Calls.instantiate(this, c, args);
            case PyWrappers.StaticMethod s -> call(s.function(), args);
            case PyInstance i when i.type.lookup("__call__") instanceof PyFunction f -> call(f, args.withSelf(i));
            case null, default -> throw new TypeError("'" + typeOf(callable).name + "' object is not callable");
        };
    }

    @Override
    public Object awaitValue(Object value, Awaiter awaiter) {
        if (value instanceof Awaitable a) {
            return Values.fromJava(a.awaitIn(awaiter));
        }
        throw new TypeError(awaitRefusal(value));
    }

    String awaitRefusal(Object value) {
        // 3.14 reworded the refusal (Objects/genobject.c, _PyCoro_GetAwaitableIter).
        return atLeast(3, 14) ? "'" + typeOf(value).name + "' object can't be awaited"
                : "object " + typeOf(value).name + " can't be used in 'await' expression";
    }

    /**
     * {@code await obj} for a program object with {@code __await__}: delegation to the iterator it returns, whose
     * yields reach the awaiting coroutine's driver (normally a task) unchanged.
     */
    @Override
    public Object awaitCustom(PyInstance instance, Awaiter awaiter) {
        Object method = instance.type.lookup("__await__");
        Object iterator = call(method, instance);
        return generators.awaitIterator(iterator, awaiter::suspend);
    }

    @Override
    public void recordUnsupported(UnsupportedConstructError error) {
        if (firstUnsupported == null) {
            firstUnsupported = error;
        }
    }

    public UnsupportedConstructError firstUnsupported() {
        return firstUnsupported;
    }

    @Override
    public PythonException newException(PyClass cls, Object... args) {
        return (PythonException) Calls.instantiate(this, cls, Args.of(args));
    }

    @Override
    public List<Object> list(Object iterable) {
        return Iteration.list(this, iterable);
    }

    @Override
    public String repr(Object value) {
        return Repr.repr(value);
    }

    @Override
    public String str(Object value) {
        return Repr.str(value);
    }

    @Override
    public String formatPercent(String template, Object args) {
        return PercentFormat.format(this, template, args);
    }
}
