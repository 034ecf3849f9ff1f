package dev.asynciotck.interpreter.runtime.exception;

import dev.asynciotck.spi.PythonVersion;
import dev.asynciotck.spi.exceptions.AttributeError;
import dev.asynciotck.spi.exceptions.BaseExceptionGroup;
import dev.asynciotck.spi.exceptions.BrokenBarrierError;
import dev.asynciotck.spi.exceptions.CancelledError;
import dev.asynciotck.spi.exceptions.ExceptionGroup;
import dev.asynciotck.spi.exceptions.GeneratorExit;
import dev.asynciotck.spi.exceptions.InvalidStateError;
import dev.asynciotck.spi.exceptions.KeyboardInterrupt;
import dev.asynciotck.spi.exceptions.PythonException;
import dev.asynciotck.spi.exceptions.QueueEmpty;
import dev.asynciotck.spi.exceptions.QueueFull;
import dev.asynciotck.spi.exceptions.QueueShutDown;
import dev.asynciotck.spi.exceptions.RuntimeError;
import dev.asynciotck.spi.exceptions.SystemExit;
import dev.asynciotck.spi.exceptions.TimeoutError;
import dev.asynciotck.spi.exceptions.TypeError;
import dev.asynciotck.spi.exceptions.ValueError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.WeakHashMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import dev.asynciotck.interpreter.runtime.object.ObjectModel;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyList;
import dev.asynciotck.interpreter.runtime.object.PyTuple;
import dev.asynciotck.interpreter.runtime.object.ExceptionObject;

/**
 * The exception hierarchy of one asyncio version: asyncio's exception classes, and the mapping between the
 * SPI's exception classes and Python classes in both directions.
 */
public final class ExceptionTypes {

    private final Runtime rt;
    public final PythonVersion version;
    public final PyClass cancelledError;
    public final PyClass timeoutError;
    public final PyClass invalidStateError;
    public final PyClass queueEmpty;
    public final PyClass queueFull;
    public final PyClass queueShutDown;
    public final PyClass brokenBarrierError;
    /**
     * {@code concurrent.futures.CancelledError}: asyncio's own class before 3.8, then a subclass of
     * {@code concurrent.futures.Error} (so an {@code Exception}, unlike asyncio's from 3.8).
     */
    public final PyClass futuresCancelledError;
    /** {@code concurrent.futures.TimeoutError}: asyncio's before 3.8, its own from 3.8, the builtin from 3.11. */
    public final PyClass futuresTimeoutError;
    /** {@code concurrent.futures.InvalidStateError} (3.8+). */
    public final PyClass futuresInvalidStateError;
    private final Map<Class<?>, PyClass> byJava = new HashMap<>();
    /** Attributes the program set on exception objects, by identity; entries go when the exception is unreachable. */
    private final Map<Throwable, Map<String, Object>> attributes = Collections.synchronizedMap(new WeakHashMap<>());
    private final Map<PyClass, Class<? extends PythonException>> bySpi = new HashMap<>();

    public ExceptionTypes(Runtime rt, PythonVersion version, boolean cancelledIsException) {
        this.rt = rt;
        this.version = version;
        boolean old = !version.atLeast(3, 8);
        PyClass futuresError = PyClass.builtin("Error", "concurrent.futures._base", ExceptionClasses.EXCEPTION, null);
        String asyncioModule = old ? "concurrent.futures._base" : "asyncio.exceptions";
        cancelledError = PyClass.builtin("CancelledError", asyncioModule,
                cancelledIsException ? (old ? futuresError : ExceptionClasses.EXCEPTION) : ExceptionClasses.BASE_EXCEPTION, null);
        if (version.atLeast(3, 11)) {
            timeoutError = ExceptionClasses.TIMEOUT_ERROR;
        } else {
            timeoutError = PyClass.builtin("TimeoutError", asyncioModule, old ? futuresError : ExceptionClasses.EXCEPTION, null);
        }
        invalidStateError = PyClass.builtin("InvalidStateError", old ? "asyncio.base_futures" : "asyncio.exceptions",
                old ? futuresError : ExceptionClasses.EXCEPTION, null);
        queueEmpty = PyClass.builtin("QueueEmpty", "asyncio.queues", ExceptionClasses.EXCEPTION, null);
        queueFull = PyClass.builtin("QueueFull", "asyncio.queues", ExceptionClasses.EXCEPTION, null);
        queueShutDown = PyClass.builtin("QueueShutDown", "asyncio.queues", ExceptionClasses.EXCEPTION, null);
        brokenBarrierError = PyClass.builtin("BrokenBarrierError", "asyncio.exceptions", ExceptionClasses.RUNTIME_ERROR, null);
        futuresCancelledError = old ? cancelledError
                : PyClass.builtin("CancelledError", "concurrent.futures._base", futuresError, null);
        futuresTimeoutError = old || version.atLeast(3, 11) ? timeoutError
                : PyClass.builtin("TimeoutError", "concurrent.futures._base", futuresError, null);
        futuresInvalidStateError = old ? null
                : PyClass.builtin("InvalidStateError", "concurrent.futures._base", futuresError, null);
        bind(CancelledError.class, cancelledError);
        bind(TimeoutError.class, timeoutError);
        bind(InvalidStateError.class, invalidStateError);
        bind(QueueEmpty.class, queueEmpty);
        bind(QueueFull.class, queueFull);
        bind(QueueShutDown.class, queueShutDown);
        bind(BrokenBarrierError.class, brokenBarrierError);
        bind(RuntimeError.class, ExceptionClasses.RUNTIME_ERROR);
        bind(AttributeError.class, ExceptionClasses.ATTRIBUTE_ERROR);
        bind(TypeError.class, ExceptionClasses.TYPE_ERROR);
        bind(ValueError.class, ExceptionClasses.VALUE_ERROR);
        bind(KeyboardInterrupt.class, ExceptionClasses.KEYBOARD_INTERRUPT);
        bind(SystemExit.class, ExceptionClasses.SYSTEM_EXIT);
        bind(GeneratorExit.class, ExceptionClasses.GENERATOR_EXIT);
        bind(BaseExceptionGroup.class, ExceptionClasses.BASE_EXCEPTION_GROUP);
        bind(ExceptionGroup.class, ExceptionClasses.EXCEPTION_GROUP);
        byJava.put(PythonException.class, ExceptionClasses.EXCEPTION);
    }

    /** Registers the attribute access of exception objects with the object model. */
    public void register(ObjectModel model) {
        model.registerAttributes(Throwable.class, new ExceptionAttributes(this));
    }

    /** The mutable map of the attributes the program set on {@code exception}. */
    public Map<String, Object> attributes(Throwable exception) {
        return attributes.computeIfAbsent(exception, e -> Collections.synchronizedMap(new HashMap<>()));
    }

    /** The attribute if the program set it on the exception, else {@code fallback}. */
    public Object attribute(Throwable exception, String name, Object fallback) {
        Map<String, Object> set = attributes.get(exception);
        if (set == null || !set.containsKey(name)) {
            return fallback;
        }
        return set.get(name);
    }

    private void bind(Class<? extends PythonException> javaClass, PyClass cls) {
        byJava.put(javaClass, cls);
        bySpi.put(cls, javaClass);
    }

    /** The Python class of a thrown exception; null for a non-Python Java exception. */
    public PyClass classOf(Throwable exception) {
        if (exception instanceof ExceptionObject e) {
            return e.pyClass();
        }
        if (!(exception instanceof PythonException p)) {
            return null;
        }
        for (Class<?> c = exception.getClass(); c != null; c = c.getSuperclass()) {
            PyClass cls = byJava.get(c);
            if (cls != null) {
                if (c == PythonException.class && exception.getClass() != PythonException.class) {
                    PyClass named = ExceptionClasses.byName(p.pythonName());
                    return named != null ? named : cls;
                }
                return cls;
            }
        }
        return ExceptionClasses.EXCEPTION;
    }

    /** True if {@code exception} is an instance of Python's {@code Exception}. */
    public boolean isException(Throwable exception) {
        PyClass cls = classOf(exception);
        return cls != null && cls.isSubclassOf(ExceptionClasses.EXCEPTION);
    }

    /** Python's {@code cls(*args)} for an exception class (before any {@code __init__} of the program). */
    public PythonException instantiate(PyClass cls, List<Object> args) {
        if (cls.isSubclassOf(ExceptionClasses.BASE_EXCEPTION_GROUP)) {
            return group(cls, args);
        }
        Class<? extends PythonException> exact = bySpi.get(cls);
        if (exact != null) {
            Object[] array = args.toArray();
            return switch (exact.getSimpleName()) {
                case "CancelledError" -> new CancelledError(array);
                case "TimeoutError" -> new TimeoutError(array);
                case "InvalidStateError" -> new InvalidStateError(array);
                case "QueueEmpty" -> new QueueEmpty(array);
                case "QueueFull" -> new QueueFull(array);
                case "QueueShutDown" -> new QueueShutDown(array);
                case "BrokenBarrierError" -> new BrokenBarrierError(array);
                case "RuntimeError" -> new RuntimeError(array);
                case "AttributeError" -> new AttributeError(array);
                case "TypeError" -> new TypeError(array);
                case "ValueError" -> new ValueError(array);
                case "KeyboardInterrupt" -> new KeyboardInterrupt(array);
                case "SystemExit" -> new SystemExit(array);
                case "GeneratorExit" -> new GeneratorExit(array);
                default -> Carriers.create(null, cls, args);
            };
        }
        for (PyClass ancestor : cls.mro) {
            Class<? extends PythonException> spi = bySpi.get(ancestor);
            if (spi != null) {
                return Carriers.create(spi, cls, args);
            }
        }
        return Carriers.create(null, cls, args);
    }

    private PythonException group(PyClass cls, List<Object> args) {
        String newName = "BaseExceptionGroup.__new__()";
        if (args.size() != 2) {
            throw new TypeError(newName + " takes exactly 2 arguments (" + args.size() + " given)");
        }
        if (!(args.get(0) instanceof String message)) {
            throw new TypeError("argument 1 must be str, not " + rt.typeOf(args.get(0)).name);
        }
        List<Object> items;
        if (args.get(1) instanceof PyList l) {
            items = l.items;
        } else if (args.get(1) instanceof PyTuple t) {
            items = t.items;
        } else {
            throw new TypeError("second argument (exceptions) must be a sequence");
        }
        if (items.isEmpty()) {
            throw new ValueError("second argument (exceptions) must be a non-empty sequence");
        }
        List<Throwable> members = new ArrayList<>();
        boolean allExceptions = true;
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof Throwable t)) {
                throw new ValueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            members.add(t);
            allExceptions &= isException(t);
        }
        boolean exceptionGroup = cls.isSubclassOf(ExceptionClasses.EXCEPTION);
        if (exceptionGroup && !allExceptions) {
            throw new TypeError("Cannot nest BaseExceptions in an ExceptionGroup");
        }
        if (cls == ExceptionClasses.BASE_EXCEPTION_GROUP) {
            return allExceptions ? new ExceptionGroup(message, members) : new BaseExceptionGroup(message, members);
        }
        if (cls == ExceptionClasses.EXCEPTION_GROUP) {
            return new ExceptionGroup(message, members);
        }
        return Carriers.group(cls, message, members, !exceptionGroup);
    }
}
