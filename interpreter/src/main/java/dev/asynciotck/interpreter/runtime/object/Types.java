package dev.asynciotck.interpreter.runtime.object;

import dev.asynciotck.spi.AsyncContextManager;
import dev.asynciotck.spi.Awaitable;
import dev.asynciotck.spi.Barrier;
import dev.asynciotck.spi.Condition;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.Event;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.Handle;
import dev.asynciotck.spi.Lock;
import dev.asynciotck.spi.Queue;
import dev.asynciotck.spi.Semaphore;
import dev.asynciotck.spi.Task;
import dev.asynciotck.spi.TaskGroup;
import dev.asynciotck.spi.Timeout;
import dev.asynciotck.spi.TimerHandle;
import dev.asynciotck.interpreter.syntax.Ellipsis;
import dev.asynciotck.spi.exceptions.PythonException;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/** The builtin and asyncio classes, and the class of any value. */
public final class Types {

    public static final PyClass OBJECT = PyClass.builtin("object", "builtins", null, null);
    public static final PyClass TYPE = PyClass.builtin("type", "builtins", OBJECT, null);
    public static final PyClass INT = PyClass.builtin("int", "builtins", OBJECT, null);
    public static final PyClass BOOL = PyClass.builtin("bool", "builtins", INT, null);
    public static final PyClass FLOAT = PyClass.builtin("float", "builtins", OBJECT, null);
    public static final PyClass STR = PyClass.builtin("str", "builtins", OBJECT, null);
    public static final PyClass LIST = PyClass.builtin("list", "builtins", OBJECT, null);
    public static final PyClass TUPLE = PyClass.builtin("tuple", "builtins", OBJECT, null);
    public static final PyClass DICT = PyClass.builtin("dict", "builtins", OBJECT, null);
    public static final PyClass SET = PyClass.builtin("set", "builtins", OBJECT, null);
    public static final PyClass FROZENSET = PyClass.builtin("frozenset", "builtins", OBJECT, null);
    public static final PyClass RANGE = PyClass.builtin("range", "builtins", OBJECT, null);
    public static final PyClass NONE_TYPE = PyClass.builtin("NoneType", "builtins", OBJECT, null);
    public static final PyClass ELLIPSIS = PyClass.builtin("ellipsis", "builtins", OBJECT, null);
    public static final PyClass FUNCTION = PyClass.builtin("function", "builtins", OBJECT, null);
    public static final PyClass BUILTIN_FUNCTION = PyClass.builtin("builtin_function_or_method", "builtins", OBJECT, null);
    public static final PyClass METHOD = PyClass.builtin("method", "builtins", OBJECT, null);
    public static final PyClass MODULE = PyClass.builtin("module", "builtins", OBJECT, null);
    public static final PyClass COROUTINE = PyClass.builtin("coroutine", "builtins", OBJECT, null);
    public static final PyClass GENERATOR = PyClass.builtin("generator", "builtins", OBJECT, null);
    public static final PyClass STATICMETHOD = PyClass.builtin("staticmethod", "builtins", OBJECT, null);
    public static final PyClass CLASSMETHOD = PyClass.builtin("classmethod", "builtins", OBJECT, null);
    public static final PyClass PROPERTY = PyClass.builtin("property", "builtins", OBJECT, null);
    public static final PyClass SUPER = PyClass.builtin("super", "builtins", OBJECT, null);

    public static final PyClass FUTURE = PyClass.builtin("Future", "asyncio", OBJECT, null);
    public static final PyClass TASK = PyClass.builtin("Task", "asyncio", FUTURE, null);
    public static final PyClass EVENT_LOOP = PyClass.builtin("_UnixSelectorEventLoop", "asyncio.unix_events", OBJECT, null);
    public static final PyClass HANDLE = PyClass.builtin("Handle", "asyncio", OBJECT, null);
    public static final PyClass TIMER_HANDLE = PyClass.builtin("TimerHandle", "asyncio", HANDLE, null);
    public static final PyClass QUEUE = PyClass.builtin("Queue", "asyncio", OBJECT, null);
    public static final PyClass LIFO_QUEUE = PyClass.builtin("LifoQueue", "asyncio", QUEUE, null);
    public static final PyClass PRIORITY_QUEUE = PyClass.builtin("PriorityQueue", "asyncio", QUEUE, null);
    public static final PyClass EVENT = PyClass.builtin("Event", "asyncio", OBJECT, null);
    public static final PyClass LOCK = PyClass.builtin("Lock", "asyncio", OBJECT, null);
    public static final PyClass SEMAPHORE = PyClass.builtin("Semaphore", "asyncio", OBJECT, null);
    public static final PyClass BOUNDED_SEMAPHORE = PyClass.builtin("BoundedSemaphore", "asyncio", SEMAPHORE, null);
    public static final PyClass CONDITION = PyClass.builtin("Condition", "asyncio", OBJECT, null);
    public static final PyClass BARRIER = PyClass.builtin("Barrier", "asyncio", OBJECT, null);
    public static final PyClass TASK_GROUP = PyClass.builtin("TaskGroup", "asyncio", OBJECT, null);
    public static final PyClass TIMEOUT = PyClass.builtin("Timeout", "asyncio", OBJECT, null);
    public static final PyClass ASYNC_CONTEXT_MANAGER = PyClass.builtin("AsyncContextManager", "asyncio", OBJECT, null);
    public static final PyClass AWAITABLE = PyClass.builtin("Awaitable", "asyncio", OBJECT, null);
    public static final PyClass JAVA_OBJECT = PyClass.builtin("JavaObject", "java", OBJECT, null);
    public static final PyClass SLICE = PyClass.builtin("slice", "builtins", OBJECT, null);
    /** Stands for the iterator and view classes ({@code list_iterator}, {@code dict_keys}, ...), each named by
     * its value; {@link Runtime#typeOf} gives each name its own class. */
    private static final PyClass ITERATOR = PyClass.builtin("iterator", "builtins", OBJECT, null);

    static {
        OBJECT.dict.put("__init__", PyBuiltin.raw("object.__init__", a -> null));
        OBJECT.dict.put("__repr__", PyBuiltin.withRuntime("object.__repr__", (rt, a) -> rt.repr(a.get(0))));
        OBJECT.dict.put("__str__", PyBuiltin.withRuntime("object.__str__", (rt, a) -> rt.str(a.get(0))));
    }

    private Types() {
    }

    /**
     * The class of {@code value} as far as the values themselves tell: the core values, the provider's objects
     * (an SPI Queue is a {@code Queue}, whichever asyncio class made it), and values that know their class
     * ({@link PyValue}). For a provider's exception it gives a class of its Python name only: its real class
     * depends on the asyncio version, so {@link Runtime#typeOf} finds that; it also finds what the groups
     * registered. Use this one only where no runtime is at hand (messages about a provider's values).
     */
    public static PyClass typeOf(Object value) {
        return switch (value) {
            case null -> NONE_TYPE;
            case Boolean b -> BOOL;
            case Long l -> INT;
            case Integer i -> INT;
            case BigInteger b -> INT;
            case Double d -> FLOAT;
            case String s -> STR;
            case PyList l -> LIST;
            case PyTuple t -> TUPLE;
            case PyDict d -> DICT;
            case PySet s -> s.frozen ? FROZENSET : SET;
            case PyRange r -> RANGE;
            case PyInstance i -> i.type;
            case PyClass c -> TYPE;
            case PyFunction f -> FUNCTION;
            case PyBuiltin b -> BUILTIN_FUNCTION;
            case PyBoundMethod m -> METHOD;
            case PyModule m -> MODULE;
            case PyValue v -> v.pyClass();
            case PyIterator i -> ITERATOR;
            case PyDictView v -> ITERATOR;
            case PySlice s -> SLICE;
            case Ellipsis e -> ELLIPSIS;
            case PyWrappers.StaticMethod s -> STATICMETHOD;
            case PyWrappers.ClassMethod c -> CLASSMETHOD;
            case PyWrappers.Property p -> PROPERTY;
            case PyWrappers.Super s -> SUPER;
            case PythonException e -> PyClass.builtin(e.pythonName(), "builtins", OBJECT, null);
            case Throwable t -> JAVA_OBJECT;
            case Task t -> TASK;
            case Future f -> FUTURE;
            case Coroutine c -> c.generatorBased() ? GENERATOR : COROUTINE;
            case EventLoop l -> EVENT_LOOP;
            case TimerHandle h -> TIMER_HANDLE;
            case Handle h -> HANDLE;
            case Queue q -> QUEUE;
            case Event e -> EVENT;
            case Condition c -> CONDITION;
            case Lock l -> LOCK;
            case Semaphore s -> SEMAPHORE;
            case Barrier b -> BARRIER;
            case TaskGroup g -> TASK_GROUP;
            case Timeout t -> TIMEOUT;
            case AsyncContextManager m -> ASYNC_CONTEXT_MANAGER;
            case Awaitable a -> AWAITABLE;
            default -> JAVA_OBJECT;
        };
    }

    /** The builtin types exposed as builtins names. */
    public static Map<String, PyClass> builtinTypes() {
        Map<String, PyClass> types = new LinkedHashMap<>();
        for (PyClass c : new PyClass[] {OBJECT, TYPE, INT, BOOL, FLOAT, STR, LIST, TUPLE, DICT, SET, FROZENSET, RANGE,
                STATICMETHOD, CLASSMETHOD, PROPERTY}) {
            types.put(c.name, c);
        }
        return types;
    }

    /**
     * {@code isinstance(value, classes)} for {@code function} ({@code isinstance}, a group's {@code split}):
     * {@code classes} is a class or a tuple of them.
     */
    public static boolean isInstance(Runtime rt, Object value, Object classes, String function) {
        if (classes instanceof PyTuple t) {
            for (Object c : t.items) {
                if (isInstance(rt, value, c, function)) {
                    return true;
                }
            }
            return false;
        }
        if (!(classes instanceof PyClass cls)) {
            throw new dev.asynciotck.spi.exceptions.TypeError(function + "() arg 2 must be a type, a tuple of types, or a union");
        }
        if (cls == AWAITABLE) {
            return value instanceof Awaitable;
        }
        return rt.isInstance(value, cls);
    }
}
