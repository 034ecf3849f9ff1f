package dev.asynciotck.interpreter.runtime.asyncio;

import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.object.Args;
import dev.asynciotck.interpreter.runtime.object.PyBuiltin;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyFutureSubclassInstance;
import dev.asynciotck.interpreter.runtime.object.PyInstance;
import dev.asynciotck.interpreter.runtime.object.PyTuple;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.object.Types;
import dev.asynciotck.interpreter.runtime.operator.Attributes;
import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.Task;
import dev.asynciotck.spi.exceptions.RuntimeError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * asyncio's call-graph introspection (3.14+, graph.py): {@code capture_call_graph}, {@code format_call_graph},
 * {@code print_call_graph} and the two classes of a graph. Who awaits which future is the provider's
 * ({@link Future#awaitedBy}); the call stacks are the coroutine frames the interpreter keeps
 * ({@link CoroutineFrames}). A graph's frames are snapshots taken at capture ({@code f_lineno} then).
 */
final class CallGraphs {

    static final PyClass FUTURE_CALL_GRAPH = PyClass.builtin("FutureCallGraph", "asyncio.graph", Types.OBJECT,
            (rt, args) -> futureCallGraph(args.positional().get(0), args.positional().get(1), args.positional().get(2)));
    static final PyClass FRAME_CALL_GRAPH_ENTRY = PyClass.builtin("FrameCallGraphEntry", "asyncio.graph", Types.OBJECT,
            (rt, args) -> frameEntry(args.positional().get(0)));
    private static final PyClass FRAME = PyClass.builtin("frame", "builtins", Types.OBJECT, null);
    private static final PyClass CODE = PyClass.builtin("code", "builtins", Types.OBJECT, null);

    /**
     * A frame snapshot, and what format_call_graph() calls it: "async" or "async generator" (graph.py reads that
     * from the type of the frame's {@code f_generator}, which the interpreter's frames do not have).
     */
    private static final class FrameSnapshot extends PyInstance {
        final String kind;

        FrameSnapshot(String kind) {
            super(FRAME);
            this.kind = kind;
        }
    }

    private final Runtime rt;
    private final Asyncio asyncio;
    private final CoroutineFrames frames;

    CallGraphs(Runtime rt, CoroutineFrames frames) {
        this.rt = rt;
        this.asyncio = rt.asyncio();
        this.frames = frames;
    }

    /** The module attribute {@code name}, or null if it is not one of graph.py's. */
    Object attribute(String name) {
        return switch (name) {
            case "capture_call_graph" -> PyBuiltin.of(name, "future=None, *, depth=1, limit=None",
                    v -> capture(v[0], depth(v[1]), limit(v[2])));
            case "format_call_graph" -> PyBuiltin.of(name, "future=None, *, depth=1, limit=None",
                    v -> format(v[0], depth(v[1]), limit(v[2])));
            case "print_call_graph" -> PyBuiltin.of(name, "future=None, *, file=None, depth=1, limit=None", v -> {
                print(format(v[0], depth(v[2]), limit(v[3])), v[1]);
                return null;
            });
            case "future_add_to_awaited_by" -> PyBuiltin.of(name, "fut, waiter", v -> {
                asyncio.futureAddToAwaitedBy(providerHalf(v[0]), v[1]);
                return null;
            });
            case "future_discard_from_awaited_by" -> PyBuiltin.of(name, "fut, waiter", v -> {
                asyncio.futureDiscardFromAwaitedBy(providerHalf(v[0]), v[1]);
                return null;
            });
            case "FutureCallGraph" -> FUTURE_CALL_GRAPH;
            case "FrameCallGraphEntry" -> FRAME_CALL_GRAPH_ENTRY;
            default -> null;
        };
    }

    /** The links of a program's Future subclass instance are kept by its provider half; the waiter stays itself. */
    private static Object providerHalf(Object fut) {
        return fut instanceof PyFutureSubclassInstance instance && instance.initialized() ? instance.provided() : fut;
    }

    private static int depth(Object value) {
        return value == null ? 1 : integer(value, "depth");
    }

    private static Integer limit(Object value) {
        return value == null ? null : integer(value, "limit");
    }

    private static int integer(Object value, String name) {
        if (value instanceof Long l && l == l.intValue()) {
            return l.intValue();
        }
        throw Errors.unsupported("asyncio call-graph " + name + "=" + value + " (only a small int)");
    }

    /** {@code capture_call_graph(future=None, *, depth=1, limit=None)}. */
    private Object capture(Object future, int depth, Integer limit) {
        EventLoop loop = runningLoop();
        if (future != null) {
            if (loop == null || future != asyncio.currentTask(loop)) {
                return build(future, limit);
            }
        } else {
            if (loop == null) {
                throw new RuntimeError("capture_call_graph() is called outside of a running event loop and no"
                        + " *future* to introspect was provided");
            }
            future = asyncio.currentTask(loop);
        }
        if (future == null) {
            return null;
        }
        Future current = checked(future);
        // sys._getframe(depth) and outwards: the running task's coroutines, innermost (the caller) first. Only
        // coroutine frames are kept; a plain function between them is not (see the interpreter's README).
        List<Object> stack = limit != null && limit == 0 ? new ArrayList<>() : coroutineStack(current, true);
        Collections.reverse(stack);
        stack = new ArrayList<>(stack.subList(Math.min(stack.size(), Math.max(0, depth - 1)), stack.size()));
        List<Object> awaitedBy = awaitedBy(current, limit);
        if (limit != null && limit != 0) {
            int kept = -limit;
            stack = kept > 0 ? head(stack, kept) : tail(stack, -kept);
        }
        return futureCallGraph(future, new PyTuple(stack), new PyTuple(awaitedBy));
    }

    /** {@code _build_graph_for_future(future, limit=limit)}. */
    private Object build(Object future, Integer limit) {
        Future checked = checked(future);
        List<Object> stack = limit != null && limit == 0 ? new ArrayList<>() : coroutineStack(checked, false);
        List<Object> awaitedBy = awaitedBy(checked, limit);
        if (limit != null && limit != 0) {
            stack = limit > 0 ? head(stack, limit) : tail(stack, -limit);
        }
        Collections.reverse(stack);
        return futureCallGraph(future, new PyTuple(stack), new PyTuple(awaitedBy));
    }

    private Future checked(Object future) {
        if (future instanceof Future f) {
            return f;
        }
        throw Errors.typeError(rt.repr(future) + " object does not appear to be compatible with asyncio.Future");
    }

    /**
     * The frames along {@code cr_await} from a task's coroutine, outermost first; none for a plain future. The
     * current task's own stack ({@code running}: graph.py walks it by {@code f_back}) also passes through the step
     * of an asynchronous generator that a frame awaits into the generator's frame; another task's stops there.
     */
    private List<Object> coroutineStack(Future future, boolean running) {
        List<Object> stack = new ArrayList<>();
        Object coro = future instanceof Task task ? task.getCoro() : null;
        for (CoroutineFrames.Live live = next(coro, running); live != null; live = next(live.awaiting, running)) {
            stack.add(frameEntry(frameOf(live)));
        }
        return stack;
    }

    private CoroutineFrames.Live next(Object awaited, boolean running) {
        CoroutineFrames.Live live = frames.of(awaited);
        return live == null && running ? frames.stepInto(awaited) : live;
    }

    private List<Object> awaitedBy(Future future, Integer limit) {
        List<Object> graphs = new ArrayList<>();
        for (Future parent : future.awaitedBy()) {
            graphs.add(build(parent, limit));
        }
        return graphs;
    }

    private EventLoop runningLoop() {
        try {
            return asyncio.getRunningLoop();
        } catch (RuntimeError none) {
            return null;
        }
    }

    /** {@code format_call_graph()}: graph.py's text, one level of indentation per awaiting task. */
    private String format(Object future, int depth, Integer limit) {
        Object graph = capture(future, depth, limit);
        if (graph == null) {
            return "";
        }
        List<String> buf = new ArrayList<>();
        render((PyInstance) graph, buf, 0);
        return String.join("\n", buf);
    }

    private void render(PyInstance graph, List<String> buf, int level) {
        String indent = "    ".repeat(level);
        Object future = graph.attributes.get("future");
        String id = String.format("%#x", (Long) rt.call(rt.builtin("id"), future));
        if (future instanceof Task task) {
            buf.add(indent + "* Task(name=" + rt.repr(task.getName()) + ", id=" + id + ")");
        } else {
            buf.add(indent + "* Future(id=" + id + ")");
        }
        List<Object> stack = ((PyTuple) graph.attributes.get("call_stack")).items;
        if (!stack.isEmpty()) {
            buf.add(indent + "  + Call stack:");
            for (Object entry : stack) {
                PyInstance frame = (PyInstance) ((PyInstance) entry).attributes.get("frame");
                PyInstance code = (PyInstance) frame.attributes.get("f_code");
                buf.add(indent + "  |   File " + rt.repr(code.attributes.get("co_filename")) + ", line "
                        + frame.attributes.get("f_lineno") + ", in " + kind(frame) + " " + code.attributes.get("co_qualname") + "()");
            }
        }
        List<Object> awaitedBy = ((PyTuple) graph.attributes.get("awaited_by")).items;
        if (!awaitedBy.isEmpty()) {
            buf.add(indent + "  + Awaited by:");
            for (Object parent : awaitedBy) {
                render((PyInstance) parent, buf, level + 1);
            }
        }
    }

    /** {@code print(text, file=file)}: two writes, the text and the newline, as print makes them. */
    private void print(String text, Object file) {
        if (file == null) {
            rt.call(rt.builtin("print"), Args.of(text));
            return;
        }
        Object write = Attributes.get(rt, file, "write");
        rt.call(write, text);
        rt.call(write, "\n");
    }

    private PyInstance frameOf(CoroutineFrames.Live live) {
        PyInstance code = new PyInstance(CODE);
        code.attributes.put("co_name", live.name);
        code.attributes.put("co_qualname", live.qualifiedName);
        code.attributes.put("co_filename", rt.filename());
        PyInstance frame = new FrameSnapshot(live.kind);
        frame.attributes.put("f_code", code);
        frame.attributes.put("f_lineno", (long) live.line);
        return frame;
    }

    /** The kind of a frame snapshot of this class; any other frame is taken for a coroutine's, as before. */
    private static String kind(PyInstance frame) {
        return frame instanceof FrameSnapshot snapshot ? snapshot.kind : "async";
    }

    private static Object futureCallGraph(Object future, Object callStack, Object awaitedBy) {
        PyInstance graph = new PyInstance(FUTURE_CALL_GRAPH);
        graph.attributes.put("future", future);
        graph.attributes.put("call_stack", callStack);
        graph.attributes.put("awaited_by", awaitedBy);
        return graph;
    }

    private static Object frameEntry(Object frame) {
        PyInstance entry = new PyInstance(FRAME_CALL_GRAPH_ENTRY);
        entry.attributes.put("frame", frame);
        return entry;
    }

    private static List<Object> head(List<Object> items, int n) {
        return new ArrayList<>(items.subList(0, Math.min(n, items.size())));
    }

    private static List<Object> tail(List<Object> items, int n) {
        return new ArrayList<>(items.subList(Math.max(0, items.size() - n), items.size()));
    }
}
