package dev.asynciotck.interpreter.runtime.threading;

import java.util.ArrayList;
import java.util.Map;
import dev.asynciotck.interpreter.runtime.asyncio.SpiArguments;
import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.object.Args;
import dev.asynciotck.interpreter.runtime.object.ObjectModel;
import dev.asynciotck.interpreter.runtime.object.ArgumentBinder;
import dev.asynciotck.interpreter.runtime.object.PyBuiltin;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyModule;
import dev.asynciotck.interpreter.runtime.object.Types;
import dev.asynciotck.interpreter.runtime.object.Values;
import dev.asynciotck.interpreter.runtime.operator.Attributes;
import dev.asynciotck.interpreter.runtime.operator.Iteration;

/**
 * The subset of {@code threading} a program may import: {@code Thread(target=..., name=..., args=..., kwargs=...,
 * daemon=...)} with {@code start()}, {@code join(timeout=None)} and {@code is_alive()}, and {@code Event()}
 * with {@code set()}, {@code clear()}, {@code is_set()} and {@code wait(timeout=None)}. It exists so that a
 * program can call {@code loop.call_soon_threadsafe} from a real other thread; it implements no asyncio
 * behaviour.
 */
public final class ThreadingModule {

    private final Runtime rt;
    private final ProgramHost host;
    /** The threads the program started with {@code threading.Thread}. */
    private final ProgramThreads threads = new ProgramThreads();
    private final PyClass thread = PyClass.builtin("Thread", "threading", Types.OBJECT, null);
    private final PyClass mainThread = PyClass.builtin("_MainThread", "threading", thread, null);
    private final PyClass dummyThread = PyClass.builtin("_DummyThread", "threading", thread, null);
    private final PyClass event = PyClass.builtin("Event", "threading", Types.OBJECT, null);
    private final PyModule module = new PyModule("threading");

    public ThreadingModule(Runtime rt, ProgramHost host) {
        this.rt = rt;
        this.host = host;
    }

    /** Registers the module, the two classes and their instances' attributes with the object model. */
    public void register(ObjectModel model) {
        model.registerModule("threading", this::attribute);
        model.registerConstructor(thread, this::newThread);
        model.registerConstructor(event, (runtime, args) -> {
            ArgumentBinder.bind("Event", ArgumentBinder.parse(""), args);
            return new ProgramEvent(event);
        });
        model.registerAttributes(ProgramThread.class, (runtime, value, name) ->
                threadAttribute(runtime, (ProgramThread) value, name));
        model.registerClass(PyThreadState.class,
                value -> switch (((PyThreadState) value).kind) {
                    case MAIN -> mainThread;
                    case DUMMY -> dummyThread;
                    case STARTED, WORKER -> thread;
                });
        model.registerAttributes(PyThreadState.class, (runtime, value, name) ->
                stateAttribute(runtime, (PyThreadState) value, name));
        model.registerAttributes(ProgramEvent.class, (runtime, value, name) ->
                eventAttribute(runtime, (ProgramEvent) value, name));
    }

    public PyModule module() {
        return module;
    }

    /** The threads the program started; at the end of the module, Python waits for the non-daemon ones. */
    public ProgramThreads threads() {
        return threads;
    }

    /** {@code threading.<name>}. */
    public Object attribute(String name) {
        return switch (name) {
            case "__name__" -> "threading";
            case "Thread" -> thread;
            case "Event" -> event;
            case "current_thread" -> PyBuiltin.of("current_thread", "", v -> pythonThread(host.state()));
            case "main_thread" -> PyBuiltin.of("main_thread", "", v -> host.mainState());
            case "get_ident" -> PyBuiltin.of("get_ident", "", v -> host.state().ident);
            default -> throw Errors.unsupported("threading." + name
                    + " (only Thread, Event, current_thread, main_thread and get_ident are supported)");
        };
    }

    private Object newThread(Runtime runtime, Args args) {
        Object[] v = ArgumentBinder.bind("Thread", ArgumentBinder.parse(
                "group=None, target=None, name=None, args=?, kwargs=None, *, daemon=None"), args);
        if (v[0] != null) {
            throw Errors.unsupported("threading.Thread(group=...)");
        }
        Map<String, Object> keywords = Args.keywordMap();
        if (v[4] != null) {
            for (Object[] pair : Iteration.pairs(rt, v[4])) {
                keywords.put(runtime.str(pair[0]), pair[1]);
            }
        }
        Args call = new Args(ArgumentBinder.absent(v[3]) ? new ArrayList<>() : new ArrayList<>(Iteration.list(rt, v[3])),
                keywords);
        // Thread(name=x) takes str(x) when x is true; otherwise the thread is numbered.
        String name = Values.truth(v[2]) ? runtime.str(v[2]) : null;
        return new ProgramThread(runtime, thread, threads, host, v[1], call, Values.truth(v[5]), name);
    }

    private static Object threadAttribute(Runtime rt, ProgramThread t, String name) {
        return switch (name) {
            case "start" -> PyBuiltin.method(t, name, "", v -> {
                t.start();
                return null;
            });
            case "join" -> PyBuiltin.method(t, name, "timeout=None", v -> {
                t.join(SpiArguments.optionalSeconds(rt, v[0]));
                return null;
            });
            case "is_alive" -> PyBuiltin.method(t, name, "", v -> t.isAlive());
            case "daemon" -> t.daemon;
            case "name" -> t.name;
            case "ident" -> t.ident();
            case "getName" -> PyBuiltin.method(t, name, "", v -> t.name);
            default -> throw Attributes.missing(rt, t, name);
        };
    }

    /** The {@code threading.Thread} object of a thread: the program's own, or its state for the others. */
    private static Object pythonThread(PyThreadState state) {
        return state.programThread != null ? state.programThread : state;
    }

    /** The main thread, and threads the program did not start (executors' workers): alive while they run. */
    private static Object stateAttribute(Runtime rt, PyThreadState s, String name) {
        return switch (name) {
            case "name" -> s.name;
            case "ident" -> s.ident;
            case "daemon" -> s.daemon;
            case "getName" -> PyBuiltin.method(s, name, "", v -> s.name);
            case "is_alive" -> PyBuiltin.method(s, name, "", v -> true);
            default -> throw Attributes.missing(rt, s, name);
        };
    }

    private static Object eventAttribute(Runtime rt, ProgramEvent e, String name) {
        return switch (name) {
            case "set" -> PyBuiltin.method(e, name, "", v -> {
                e.set();
                return null;
            });
            case "clear" -> PyBuiltin.method(e, name, "", v -> {
                e.clear();
                return null;
            });
            case "is_set" -> PyBuiltin.method(e, name, "", v -> e.isSet());
            case "wait" -> PyBuiltin.method(e, name, "timeout=None", v -> e.await(SpiArguments.optionalSeconds(rt, v[0])));
            default -> throw Attributes.missing(rt, e, name);
        };
    }
}
