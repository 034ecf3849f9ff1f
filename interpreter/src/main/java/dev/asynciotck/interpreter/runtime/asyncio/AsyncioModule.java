package dev.asynciotck.interpreter.runtime.asyncio;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.Context;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.exceptions.TypeError;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.Task;
import dev.asynciotck.spi.TaskConstructor;
import dev.asynciotck.spi.TaskFactory;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import dev.asynciotck.interpreter.runtime.object.Args;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.ObjectModel;
import dev.asynciotck.spi.Semaphore;
import dev.asynciotck.spi.Queue;
import dev.asynciotck.spi.Runner;
import java.util.WeakHashMap;
import java.util.Collections;
import java.util.concurrent.ConcurrentHashMap;
import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.exception.ExceptionClasses;
import dev.asynciotck.interpreter.runtime.exception.ExceptionTypes;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.object.PyBoundMethod;
import dev.asynciotck.interpreter.runtime.object.PyBuiltin;
import dev.asynciotck.interpreter.runtime.object.PyFunction;
import dev.asynciotck.interpreter.runtime.object.PyIterator;
import dev.asynciotck.interpreter.runtime.object.PyLoopSubclassInstance;
import dev.asynciotck.interpreter.runtime.object.ArgumentBinder;
import dev.asynciotck.interpreter.runtime.object.PyModule;
import dev.asynciotck.interpreter.runtime.object.PySet;
import dev.asynciotck.interpreter.runtime.generator.Generators;
import dev.asynciotck.interpreter.runtime.generator.PyGenerator;
import dev.asynciotck.interpreter.runtime.object.PyTuple;
import dev.asynciotck.interpreter.runtime.object.Types;
import dev.asynciotck.interpreter.runtime.object.Values;

/** The {@code asyncio} module: every attribute resolves to the provider through the SPI. */
public final class AsyncioModule {

    private final Runtime rt;
    private final ExceptionTypes types;
    private final Asyncio asyncio;
    /** Which asyncio class made an SPI object whose interface several classes share (Queue, Semaphore). */
    private final Map<Object, PyClass> origins = Collections.synchronizedMap(new WeakHashMap<>());
    private final PyModule module = new PyModule("asyncio");
    private final Map<String, Object> cache = new ConcurrentHashMap<>();
    private final Map<PyBuiltin, TaskFactory> providerFactories = new ConcurrentHashMap<>();
    private final PyClass runnerClass = PyClass.builtin("Runner", "asyncio.runners", Types.OBJECT, null);
    private final Generators generators;
    private final EventLoopPolicies policies;
    /** The frames of the program's coroutines, which the call graphs read (the execution package writes them). */
    public final CoroutineFrames coroutineFrames = new CoroutineFrames();
    private final CallGraphs callGraphs;

    public AsyncioModule(Runtime rt, ExceptionTypes types, Generators generators) {
        this.rt = rt;
        this.types = types;
        this.generators = generators;
        this.asyncio = rt.asyncio();
        this.policies = new EventLoopPolicies(rt, asyncio);
        this.callGraphs = new CallGraphs(rt, coroutineFrames);
    }

    /**
     * Registers the module, the constructors of the asyncio classes, the class of the provider's objects made by
     * them, and those objects' attributes with the object model. The attribute access is the catch-all for any
     * value no other group claims, so the runtime registers it last.
     */
    public void register(ObjectModel model) {
        model.registerModule("asyncio", this::attribute);
        model.registerConstructor(Types.FUTURE, AsyncioConstructors::future);
        model.registerConstructor(Types.TASK, AsyncioConstructors::task);
        model.registerFutureSubclassInit(Types.FUTURE, AsyncioConstructors::futureOfSubclass);
        model.registerFutureSubclassInit(Types.TASK, AsyncioConstructors::taskOfSubclass);
        model.registerConstructor(Types.QUEUE, (r, a) -> madeBy(AsyncioConstructors.queue(r, a), Types.QUEUE));
        model.registerConstructor(Types.LIFO_QUEUE,
                (r, a) -> madeBy(AsyncioConstructors.lifoQueue(r, a), Types.LIFO_QUEUE));
        model.registerConstructor(Types.PRIORITY_QUEUE,
                (r, a) -> madeBy(AsyncioConstructors.priorityQueue(r, a), Types.PRIORITY_QUEUE));
        model.registerConstructor(Types.EVENT, AsyncioConstructors::event);
        model.registerConstructor(Types.LOCK, AsyncioConstructors::lock);
        model.registerConstructor(Types.SEMAPHORE,
                (r, a) -> madeBy(AsyncioConstructors.semaphore(r, a), Types.SEMAPHORE));
        model.registerConstructor(Types.BOUNDED_SEMAPHORE,
                (r, a) -> madeBy(AsyncioConstructors.boundedSemaphore(r, a), Types.BOUNDED_SEMAPHORE));
        model.registerConstructor(Types.CONDITION, AsyncioConstructors::condition);
        model.registerConstructor(Types.BARRIER, AsyncioConstructors::barrier);
        model.registerConstructor(Types.TASK_GROUP, AsyncioConstructors::taskGroup);
        model.registerConstructor(runnerClass, AsyncioConstructors::runner);
        model.registerClass(Runner.class, r -> runnerClass);
        model.registerClass(Queue.class, q -> origins.getOrDefault(q, Types.QUEUE));
        model.registerClass(Semaphore.class, q -> origins.getOrDefault(q, Types.SEMAPHORE));
        policies.register(model);
        model.registerConstructor(Types.EVENT_LOOP, (r, a) -> {
            ArgumentBinder.bind("SelectorEventLoop", ArgumentBinder.parse("selector=None"), a);
            return defaultClassLoop(a);
        });
        model.registerSubclassInstances(Types.EVENT_LOOP, (r, cls) -> {
            refuseUnroutedOverrides(cls);
            EventLoop loop = defaultClassLoop(Args.of());
            PyLoopSubclassInstance instance = new PyLoopSubclassInstance(cls, r, loop);
            loop.bindSelf(instance);
            return instance;
        });
    }

    /**
     * {@code SelectorEventLoop()}: the loop class of the default policy, whose {@code new_event_loop} makes one
     * (unix_events.py: {@code _loop_factory = _UnixSelectorEventLoop}); a selector of the program's is not supported.
     */
    private EventLoop defaultClassLoop(Args args) {
        if (!args.positional().isEmpty() && args.positional().get(0) != null || args.keywords().get("selector") != null) {
            throw Errors.unsupported("SelectorEventLoop(selector) with a selector of the program's");
        }
        return asyncio.newDefaultEventLoopPolicy().newEventLoop();
    }

    /**
     * A loop subclass may override the methods asyncio calls through the loop object
     * ({@link PyLoopSubclassInstance#OVERRIDABLE}); the provider would call its own loop's other methods where
     * CPython calls the subclass's, so an override of one of those is refused, loudly.
     */
    private void refuseUnroutedOverrides(PyClass cls) {
        for (PyClass c : cls.mro) {
            if (c.builtin) {
                continue;
            }
            for (String name : c.dict.keySet()) {
                if (!PyLoopSubclassInstance.OVERRIDABLE.contains(name) && LoopMethods.isLoopMethod(name)) {
                    throw Errors.unsupported("override of the event loop method '" + name + "' in a subclass"
                            + " (only " + String.join(", ", new java.util.TreeSet<>(PyLoopSubclassInstance.OVERRIDABLE))
                            + " are called through the subclass)");
                }
            }
        }
    }

    /** Registers the attribute access of the provider's objects: the catch-all, so registered last of all. */
    public void registerAttributes(ObjectModel model) {
        model.registerAttributes(Object.class, new ObjectModel.Attributes() {
            @Override
            public Object get(Runtime r, Object value, String name) {
                return AsyncioObjects.get(r, AsyncioModule.this, value, name);
            }

            @Override
            public boolean set(Runtime r, Object value, String name, Object newValue) {
                return LoopMethods.set(r, value, name, newValue);
            }
        });
    }

    /** Records that {@code object} was made by {@code cls} (a LifoQueue, a BoundedSemaphore, ...). */
    private Object madeBy(Object object, PyClass cls) {
        origins.put(object, cls);
        return object;
    }

    /** The program's generators: the iterators of {@code __await__()} are theirs. */
    Generators generators() {
        return generators;
    }

    public PyModule module() {
        return module;
    }

    /** {@code asyncio.<name>}. */
    public Object attribute(String name) {
        if (name.equals("__name__")) {
            return "asyncio";
        }
        if (!asyncio.hasAttribute(name)) {
            throw Errors.attributeError("module 'asyncio' has no attribute '" + name + "'");
        }
        if (EventLoopPolicies.handles(name)) {
            return policies.attribute(name); // not cached: from 3.14 each use warns
        }
        Object cached = cache.get(name);
        if (cached != null) {
            return cached;
        }
        Object value = resolve(name);
        if (value != null) {
            cache.put(name, value);
        }
        return value;
    }

    /** {@code from asyncio import <name>}. */
    public Object importName(String name) {
        if (!asyncio.hasAttribute(name)) {
            throw Errors.of(ExceptionClasses.IMPORT_ERROR, "cannot import name '" + name + "' from 'asyncio'");
        }
        return attribute(name);
    }

    /**
     * A task factory the provider made, as a Python function {@code (loop, coro, *, name=None, context=None)}
     * that {@code set_task_factory} hands back to the provider unwrapped.
     */
    private PyBuiltin providerTaskFactory(String name, TaskFactory factory) {
        PyBuiltin function = PyBuiltin.of(name, "loop, coro, *, name=None, context=None, eager_start=?", v -> {
            EventLoop loop = SpiArguments.loop(rt, v[0]);
            String taskName = SpiArguments.optionalString(v[2]);
            Context context = SpiArguments.context(rt, v[3], name, 11);
            Boolean eager = SpiArguments.eagerStart(rt, v[4], name);
            return eager != null ? factory.create(loop, v[1], taskName, context, eager)
                    : factory.create(loop, v[1], taskName, context);
        });
        providerFactories.put(function, factory);
        return function;
    }

    /** A program's {@code custom_task_constructor}, called as {@code constructor(coro, **keywords)}. */
    private TaskConstructor taskConstructor(Object constructor) {
        return (coro, keywords) -> {
            Object made = rt.call(constructor, new Args(new ArrayList<>(List.of(coro)), new LinkedHashMap<>(keywords)));
            if (made instanceof Future future) {
                return future;
            }
            throw Errors.unsupported("a task constructor that returns " + rt.typeOf(made).name + " (not a future)");
        };
    }

    /** The provider's task factory behind {@code function}, if {@code function} is one it made. */
    public TaskFactory providerFactory(Object function) {
        return function == null ? null : providerFactories.get(function);
    }

    /** The Python function that stands for the provider's task factory {@code factory}, or null. */
    public Object functionOf(TaskFactory factory) {
        for (Map.Entry<PyBuiltin, TaskFactory> entry : providerFactories.entrySet()) {
            if (entry.getValue() == factory) {
                return entry.getKey();
            }
        }
        return null;
    }

    private Object resolve(String name) {
        return switch (name) {
            case "run" -> PyBuiltin.of("run", "main, *, debug=None, loop_factory=None", v -> {
                if (v[2] != null && !rt.atLeast(3, 12)) {
                    throw Errors.typeError("run() got an unexpected keyword argument 'loop_factory'");
                }
                return Values.fromJava(asyncio.run(v[0], v[1] == null ? null : Values.truth(v[1]),
                        v[2] == null ? null : new Callbacks.LoopFactory(rt, v[2])));
            });
            case "Runner" -> runnerClass;
            case "run_coroutine_threadsafe" -> PyBuiltin.of("run_coroutine_threadsafe", "coro, loop",
                    v -> asyncio.runCoroutineThreadsafe(v[0], SpiArguments.loop(rt, v[1])));
            case "wrap_future" -> PyBuiltin.of("wrap_future", "future, *, loop=None",
                    v -> asyncio.wrapFuture(v[0], SpiArguments.loop(rt, v[1])));
            case "to_thread" -> PyBuiltin.withRuntime("to_thread", (r, args) -> {
                if (args.positional().isEmpty()) {
                    throw Errors.typeError("to_thread() missing 1 required positional argument: 'func'");
                }
                Args call = new Args(new ArrayList<>(args.positional().subList(1, args.positional().size())),
                        args.keywords());
                return asyncio.toThread(SpiArguments.function(r, args.positional().get(0), call));
            });
            case "get_event_loop" -> PyBuiltin.of("get_event_loop", "", v -> asyncio.getEventLoop());
            case "new_event_loop" -> PyBuiltin.of("new_event_loop", "", v -> asyncio.newEventLoop());
            case "set_event_loop" -> PyBuiltin.of("set_event_loop", "loop", v -> {
                if (v[0] != null && !(v[0] instanceof EventLoop) && !rt.atLeast(3, 11)) {
                    // events.py before 3.11: assert loop is None or isinstance(loop, AbstractEventLoop)
                    throw Errors.of(ExceptionClasses.ASSERTION_ERROR);
                }
                asyncio.setEventLoop(SpiArguments.loop(rt, v[0]));
                return null;
            });
            case "get_running_loop" -> PyBuiltin.of("get_running_loop", "", v -> asyncio.getRunningLoop());
            case "sleep" -> PyBuiltin.of("sleep", "delay, result=None, *, loop=?", v -> {
                SpiArguments.noLoop(rt, v[2], "sleep");
                return asyncio.sleep(SpiArguments.seconds(rt, v[0]), v[1]);
            });
            case "ensure_future" -> PyBuiltin.of("ensure_future", "coro_or_future, *, loop=None",
                    v -> asyncio.ensureFuture(v[0], SpiArguments.loop(rt, v[1])));
            case "create_task" -> PyBuiltin.of("create_task", "coro, *, name=None, context=None, eager_start=?", v -> {
                Context context = SpiArguments.context(rt, v[2], name, 11);
                Boolean eager = SpiArguments.eagerStart(rt, v[3], name);
                return eager != null ? asyncio.createTask(v[0], SpiArguments.optionalString(v[1]), context, eager)
                        : asyncio.createTask(v[0], SpiArguments.optionalString(v[1]), context);
            });
            case "current_task" -> PyBuiltin.of("current_task", "loop=None",
                    v -> asyncio.currentTask(SpiArguments.loop(rt, v[0])));
            case "all_tasks" -> PyBuiltin.of("all_tasks", "loop=None",
                    v -> PySet.of(asyncio.allTasks(SpiArguments.loop(rt, v[0]))));
            case "gather" -> PyBuiltin.of("gather", "*coros_or_futures, return_exceptions=False, loop=?", v -> {
                SpiArguments.noLoop(rt, v[2], "gather");
                return asyncio.gather(new ArrayList<>(((PyTuple) v[0]).items), Values.truth(v[1]));
            });
            case "shield" -> PyBuiltin.of("shield", "arg, *, loop=?", v -> {
                SpiArguments.noLoop(rt, v[1], "shield");
                return asyncio.shield(v[0]);
            });
            case "wait_for" -> PyBuiltin.of("wait_for", "fut, timeout, *, loop=?", v -> {
                SpiArguments.noLoop(rt, v[2], "wait_for");
                return asyncio.waitFor(v[0], SpiArguments.optionalSeconds(rt, v[1]));
            });
            case "wait" -> PyBuiltin.of("wait", "fs, *, timeout=None, return_when='ALL_COMPLETED', loop=?", v -> {
                SpiArguments.noLoop(rt, v[3], "wait");
                if (v[0] instanceof PyGenerator && !rt.atLeast(3, 12)) {
                    // tasks.py wait() before 3.12: a generator object is a (generator-based) coroutine.
                    throw new TypeError("expect a list of futures, not generator");
                }
                return asyncio.wait(SpiArguments.collection(rt, v[0]), SpiArguments.optionalSeconds(rt, v[1]),
                        SpiArguments.returnWhen(v[2]));
            });
            case "as_completed" -> PyBuiltin.of("as_completed", "fs, *, timeout=None, loop=?", v -> {
                SpiArguments.noLoop(rt, v[2], "as_completed");
                Iterator<?> it = asyncio.asCompleted(SpiArguments.collection(rt, v[0]), SpiArguments.optionalSeconds(rt, v[1]));
                // a generator before 3.13; from 3.13 an _AsCompletedIterator, also an asynchronous iterator
                return new PyIterator(it, asyncio.version().atLeast(3, 13) ? "_AsCompletedIterator" : "generator");
            });
            case "timeout" -> PyBuiltin.of("timeout", "delay", v -> asyncio.timeout(SpiArguments.optionalSeconds(rt, v[0])));
            case "timeout_at" -> PyBuiltin.of("timeout_at", "when", v -> asyncio.timeoutAt(SpiArguments.optionalSeconds(rt, v[0])));
            // coroutines.py before 3.12: _COROUTINE_TYPES holds types.GeneratorType as well.
            case "iscoroutine" -> PyBuiltin.of("iscoroutine", "obj",
                    v -> v[0] instanceof Coroutine || v[0] instanceof PyGenerator && !rt.atLeast(3, 12));
            case "isfuture" -> PyBuiltin.of("isfuture", "obj", v -> asyncio.isFuture(v[0]));
            case "iscoroutinefunction" -> PyBuiltin.of("iscoroutinefunction", "func", v -> {
                if (rt.atLeast(3, 14)) {
                    // coroutines.py of 3.14: warnings._deprecated("asyncio.iscoroutinefunction", ..., remove=(3, 16))
                    rt.warn(ExceptionClasses.DEPRECATION_WARNING, "'asyncio.iscoroutinefunction' is deprecated and"
                            + " slated for removal in Python 3.16; use inspect.iscoroutinefunction() instead");
                }
                return v[0] instanceof PyFunction f && f.isAsync()
                        || v[0] instanceof PyBoundMethod m && m.function() instanceof PyFunction g && g.isAsync();
            });
            case "eager_task_factory" -> providerTaskFactory(name, asyncio.eagerTaskFactory());
            case "create_eager_task_factory" -> PyBuiltin.of(name, "custom_task_constructor",
                    v -> providerTaskFactory("factory", asyncio.createEagerTaskFactory(taskConstructor(v[0]))));
            // unix_events.py: SelectorEventLoop = _UnixSelectorEventLoop; 3.13+: EventLoop = SelectorEventLoop.
            case "SelectorEventLoop", "EventLoop" -> Types.EVENT_LOOP;
            case "Future" -> Types.FUTURE;
            case "Task" -> Types.TASK;
            case "Queue" -> Types.QUEUE;
            case "LifoQueue" -> Types.LIFO_QUEUE;
            case "PriorityQueue" -> Types.PRIORITY_QUEUE;
            case "Event" -> Types.EVENT;
            case "Lock" -> Types.LOCK;
            case "Semaphore" -> Types.SEMAPHORE;
            case "BoundedSemaphore" -> Types.BOUNDED_SEMAPHORE;
            case "Condition" -> Types.CONDITION;
            case "Barrier" -> Types.BARRIER;
            case "TaskGroup" -> Types.TASK_GROUP;
            case "Timeout" -> Types.TIMEOUT;
            case "Handle" -> Types.HANDLE;
            case "TimerHandle" -> Types.TIMER_HANDLE;
            case "CancelledError" -> types.cancelledError;
            case "TimeoutError" -> types.timeoutError;
            case "InvalidStateError" -> types.invalidStateError;
            case "QueueEmpty" -> types.queueEmpty;
            case "QueueFull" -> types.queueFull;
            case "QueueShutDown" -> types.queueShutDown;
            case "BrokenBarrierError" -> types.brokenBarrierError;
            case "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED" -> name;
            default -> {
                Object graphs = callGraphs.attribute(name);
                if (graphs == null) {
                    throw Errors.unsupported("asyncio." + name);
                }
                yield graphs;
            }
        };
    }

    /** Tasks as a Python list, for helpers. */
    static List<Object> tasks(Iterable<Task> tasks) {
        List<Object> out = new ArrayList<>();
        tasks.forEach(out::add);
        return out;
    }
}
