package dev.asynciotck.interpreter.runtime;

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
import dev.asynciotck.spi.exceptions.PythonException;
import dev.asynciotck.interpreter.syntax.Ellipsis;
import java.math.BigInteger;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/** The builtin and asyncio classes, and the class of any value. */
public final class Types {

    public static final PyClass OBJECT = PyClass.builtin("object", "builtins", null, BuiltinConstructors::object);
    public static final PyClass TYPE = PyClass.builtin("type", "builtins", OBJECT, BuiltinConstructors::type);
    public static final PyClass INT = PyClass.builtin("int", "builtins", OBJECT, BuiltinConstructors::integer);
    public static final PyClass BOOL = PyClass.builtin("bool", "builtins", INT, BuiltinConstructors::bool);
    public static final PyClass FLOAT = PyClass.builtin("float", "builtins", OBJECT, BuiltinConstructors::floating);
    public static final PyClass STR = PyClass.builtin("str", "builtins", OBJECT, BuiltinConstructors::str);
    public static final PyClass LIST = PyClass.builtin("list", "builtins", OBJECT, BuiltinConstructors::list);
    public static final PyClass TUPLE = PyClass.builtin("tuple", "builtins", OBJECT, BuiltinConstructors::tuple);
    public static final PyClass DICT = PyClass.builtin("dict", "builtins", OBJECT, BuiltinConstructors::dict);
    public static final PyClass SET = PyClass.builtin("set", "builtins", OBJECT, BuiltinConstructors::set);
    public static final PyClass FROZENSET = PyClass.builtin("frozenset", "builtins", OBJECT, BuiltinConstructors::frozenset);
    public static final PyClass RANGE = PyClass.builtin("range", "builtins", OBJECT, BuiltinConstructors::range);
    public static final PyClass NONE_TYPE = PyClass.builtin("NoneType", "builtins", OBJECT, null);
    public static final PyClass ELLIPSIS = PyClass.builtin("ellipsis", "builtins", OBJECT, null);
    public static final PyClass FUNCTION = PyClass.builtin("function", "builtins", OBJECT, null);
    public static final PyClass BUILTIN_FUNCTION = PyClass.builtin("builtin_function_or_method", "builtins", OBJECT, null);
    public static final PyClass METHOD = PyClass.builtin("method", "builtins", OBJECT, null);
    public static final PyClass MODULE = PyClass.builtin("module", "builtins", OBJECT, null);
    public static final PyClass COROUTINE = PyClass.builtin("coroutine", "builtins", OBJECT, null);
    public static final PyClass GENERATOR = PyClass.builtin("generator", "builtins", OBJECT, null);
    public static final PyClass ASYNC_GENERATOR = PyClass.builtin("async_generator", "builtins", OBJECT, null);
    public static final PyClass FUTURE_ITER = PyClass.builtin("FutureIter", "_asyncio", OBJECT, null);
    public static final PyClass COROUTINE_WRAPPER = PyClass.builtin("coroutine_wrapper", "builtins", OBJECT, null);
    public static final PyClass STATICMETHOD = PyClass.builtin("staticmethod", "builtins", OBJECT, BuiltinConstructors::staticMethod);
    public static final PyClass CLASSMETHOD = PyClass.builtin("classmethod", "builtins", OBJECT, BuiltinConstructors::classMethod);
    public static final PyClass PROPERTY = PyClass.builtin("property", "builtins", OBJECT, BuiltinConstructors::property);
    public static final PyClass SUPER = PyClass.builtin("super", "builtins", OBJECT, null);

    public static final PyClass FUTURE = PyClass.builtin("Future", "asyncio", OBJECT, AsyncioConstructors::future);
    public static final PyClass TASK = PyClass.builtin("Task", "asyncio", FUTURE, AsyncioConstructors::task);
    public static final PyClass EVENT_LOOP = PyClass.builtin("_UnixSelectorEventLoop", "asyncio.unix_events", OBJECT, null);
    public static final PyClass HANDLE = PyClass.builtin("Handle", "asyncio", OBJECT, null);
    public static final PyClass TIMER_HANDLE = PyClass.builtin("TimerHandle", "asyncio", HANDLE, null);
    public static final PyClass QUEUE = PyClass.builtin("Queue", "asyncio", OBJECT, AsyncioConstructors::queue);
    public static final PyClass LIFO_QUEUE = PyClass.builtin("LifoQueue", "asyncio", QUEUE, AsyncioConstructors::lifoQueue);
    public static final PyClass PRIORITY_QUEUE = PyClass.builtin("PriorityQueue", "asyncio", QUEUE, AsyncioConstructors::priorityQueue);
    public static final PyClass EVENT = PyClass.builtin("Event", "asyncio", OBJECT, AsyncioConstructors::event);
    public static final PyClass LOCK = PyClass.builtin("Lock", "asyncio", OBJECT, AsyncioConstructors::lock);
    public static final PyClass SEMAPHORE = PyClass.builtin("Semaphore", "asyncio", OBJECT, AsyncioConstructors::semaphore);
    public static final PyClass BOUNDED_SEMAPHORE = PyClass.builtin("BoundedSemaphore", "asyncio", SEMAPHORE, AsyncioConstructors::boundedSemaphore);
    public static final PyClass CONDITION = PyClass.builtin("Condition", "asyncio", OBJECT, AsyncioConstructors::condition);
    public static final PyClass BARRIER = PyClass.builtin("Barrier", "asyncio", OBJECT, AsyncioConstructors::barrier);
    public static final PyClass TASK_GROUP = PyClass.builtin("TaskGroup", "asyncio", OBJECT, AsyncioConstructors::taskGroup);
    public static final PyClass TIMEOUT = PyClass.builtin("Timeout", "asyncio", OBJECT, null);
    public static final PyClass ASYNC_CONTEXT_MANAGER = PyClass.builtin("AsyncContextManager", "asyncio", OBJECT, null);
    public static final PyClass AWAITABLE = PyClass.builtin("Awaitable", "asyncio", OBJECT, null);
    public static final PyClass JAVA_OBJECT = PyClass.builtin("JavaObject", "java", OBJECT, null);

    /** Which asyncio class made an SPI object whose interface several classes share (Queue, Semaphore). */
    private static final Map<Object, PyClass> ORIGINS = Collections.synchronizedMap(new WeakHashMap<>());

    static {
        OBJECT.dict.put("__init__", PyBuiltin.raw("object.__init__", a -> null));
        OBJECT.dict.put("__repr__", PyBuiltin.raw("object.__repr__", a -> Repr.repr(a.get(0))));
        OBJECT.dict.put("__str__", PyBuiltin.raw("object.__str__", a -> Repr.str(a.get(0))));
    }

    private Types() {
    }

    /** Records that {@code object} was made by {@code cls} (a LifoQueue, a BoundedSemaphore, ...). */
    public static <T> T madeBy(T object, PyClass cls) {
        ORIGINS.put(object, cls);
        return object;
    }

    /** The class of {@code value}; exceptions get their 3.8+ builtin layout (see ExceptionTypes for versions). */
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
            case ProgramThread t -> ThreadingModule.THREAD;
            case ProgramEvent e -> ThreadingModule.EVENT;
            case PyIterator i -> iteratorClass(i.typeName);
            case PyDictView v -> iteratorClass(v.typeName());
            case PySlice s -> iteratorClass("slice");
            case AwaitIterator a -> a.target() instanceof Coroutine ? COROUTINE_WRAPPER : FUTURE_ITER;
            case PyGenerator g -> GENERATOR;
            case PyAsyncGenerator g -> ASYNC_GENERATOR;
            case Ellipsis e -> ELLIPSIS;
            case PyWrappers.StaticMethod s -> STATICMETHOD;
            case PyWrappers.ClassMethod c -> CLASSMETHOD;
            case PyWrappers.Property p -> PROPERTY;
            case PyWrappers.Super s -> SUPER;
            case ExceptionObject e -> e.pyClass();
            case PythonException e -> ExceptionClasses.all().getOrDefault(e.pythonName(), ExceptionClasses.EXCEPTION);
            case Task t -> TASK;
            case Future f -> FUTURE;
            case Coroutine c -> COROUTINE;
            case EventLoop l -> EVENT_LOOP;
            case TimerHandle h -> TIMER_HANDLE;
            case Handle h -> HANDLE;
            case Queue q -> ORIGINS.getOrDefault(q, QUEUE);
            case Event e -> EVENT;
            case Condition c -> CONDITION;
            case Lock l -> LOCK;
            case Semaphore s -> ORIGINS.getOrDefault(s, SEMAPHORE);
            case Barrier b -> BARRIER;
            case TaskGroup g -> TASK_GROUP;
            case Timeout t -> TIMEOUT;
            case AsyncContextManager m -> ASYNC_CONTEXT_MANAGER;
            case Awaitable a -> AWAITABLE;
            default -> JAVA_OBJECT;
        };
    }

    private static final Map<String, PyClass> ITERATOR_CLASSES = new java.util.concurrent.ConcurrentHashMap<>();

    private static PyClass iteratorClass(String name) {
        return ITERATOR_CLASSES.computeIfAbsent(name, n -> PyClass.builtin(n, "builtins", OBJECT, null));
    }

    /** The builtin types exposed as builtins names. */
    public static Map<String, PyClass> builtinTypes() {
        Map<String, PyClass> types = new java.util.LinkedHashMap<>();
        for (PyClass c : new PyClass[] {OBJECT, TYPE, INT, BOOL, FLOAT, STR, LIST, TUPLE, DICT, SET, FROZENSET, RANGE,
                STATICMETHOD, CLASSMETHOD, PROPERTY}) {
            types.put(c.name, c);
        }
        return types;
    }
}
