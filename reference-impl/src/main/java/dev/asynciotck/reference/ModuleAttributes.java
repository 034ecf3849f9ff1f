package dev.asynciotck.reference;

import dev.asynciotck.spi.PythonVersion;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names {@code dir(asyncio)} lists in each CPython version on Linux (3.6.15, 3.7.16, 3.8.18, 3.9.18,
 * 3.10.13, 3.11.7, 3.12.1, 3.13.0 native; 3.14.2 and 3.15.0rc1 from Pyodide, whose list lacks only
 * {@code open_unix_connection} and {@code start_unix_server} against Linux's, as 3.13's shows), for {@code hasattr(asyncio, name)}: 3.6's list, then what each version added and removed.
 */
final class ModuleAttributes {

    private ModuleAttributes() {
    }

    /** One version's changes to the list before it. */
    private record Change(int minor, List<String> added, List<String> removed) {
    }

    private static final List<String> PYTHON_3_6 = List.of(
        "ALL_COMPLETED", "AbstractChildWatcher", "AbstractEventLoop", "AbstractEventLoopPolicy", "AbstractServer",
        "BaseEventLoop", "BaseProtocol", "BaseTransport", "BoundedSemaphore", "CancelledError", "Condition",
        "DatagramProtocol", "DatagramTransport", "DefaultEventLoopPolicy", "Event", "FIRST_COMPLETED",
        "FIRST_EXCEPTION", "FastChildWatcher", "Future", "Handle", "IncompleteReadError", "InvalidStateError",
        "LifoQueue", "LimitOverrunError", "Lock", "PriorityQueue", "Protocol", "Queue", "QueueEmpty", "QueueFull",
        "ReadTransport", "SafeChildWatcher", "SelectorEventLoop", "Semaphore", "StreamReader",
        "StreamReaderProtocol", "StreamWriter", "SubprocessProtocol", "SubprocessTransport", "Task", "TimeoutError",
        "TimerHandle", "Transport", "WriteTransport", "__all__", "__builtins__", "__cached__", "__doc__", "__file__",
        "__loader__", "__name__", "__package__", "__path__", "__spec__", "_get_running_loop", "_set_running_loop",
        "as_completed", "async", "base_events", "base_futures", "base_subprocess", "base_tasks", "compat",
        "constants", "coroutine", "coroutines", "create_subprocess_exec", "create_subprocess_shell", "ensure_future",
        "events", "futures", "gather", "get_child_watcher", "get_event_loop", "get_event_loop_policy", "iscoroutine",
        "iscoroutinefunction", "isfuture", "locks", "log", "new_event_loop", "open_connection",
        "open_unix_connection", "protocols", "queues", "run_coroutine_threadsafe", "selector_events", "selectors",
        "set_child_watcher", "set_event_loop", "set_event_loop_policy", "shield", "sleep", "sslproto",
        "start_server", "start_unix_server", "streams", "subprocess", "sys", "tasks", "transports", "unix_events",
        "wait", "wait_for", "wrap_future");

    private static final List<Change> CHANGES = List.of(
        new Change(7, List.of(
                "BufferedProtocol", "SendfileNotAvailableError", "_all_tasks_compat", "_enter_task", "_leave_task",
                "_register_task", "_unregister_task", "all_tasks", "create_task", "current_task", "format_helpers",
                "get_running_loop", "run", "runners"),
                List.of("async", "compat", "selectors")),
        new Change(8, List.of(
                "MultiLoopChildWatcher", "ThreadedChildWatcher", "exceptions", "staggered", "trsock"),
                List.of()),
        new Change(9, List.of(
                "PidfdChildWatcher", "Server", "threads", "to_thread"),
                List.of()),
        new Change(10, List.of(
                "mixins"),
                List.of("_all_tasks_compat")),
        new Change(11, List.of(
                "Barrier", "BrokenBarrierError", "Runner", "TaskGroup", "Timeout", "taskgroups", "timeout",
                "timeout_at", "timeouts"),
                List.of("coroutine")),
        new Change(12, List.of(
                "create_eager_task_factory", "eager_task_factory"),
                List.of()),
        new Change(13, List.of(
                "EventLoop", "QueueShutDown"),
                List.of()),
        // 3.14 dropped the child watchers; AbstractEventLoopPolicy and DefaultEventLoopPolicy left dir() but
        // hasattr still finds them, through the module's __getattr__ (deprecated, removal in 3.16), so they stay.
        new Change(14, List.of(
                "FrameCallGraphEntry", "FutureCallGraph", "__getattr__", "capture_call_graph", "format_call_graph",
                "future_add_to_awaited_by", "future_discard_from_awaited_by", "graph", "print_call_graph"),
                List.of("AbstractChildWatcher",
                        "FastChildWatcher",
                        "MultiLoopChildWatcher",
                        "PidfdChildWatcher",
                        "SafeChildWatcher",
                        "ThreadedChildWatcher",
                        "get_child_watcher",
                        "set_child_watcher")),
        new Change(15, List.of(),
                List.of("__cached__")));

    private static final Map<PythonVersion, Set<String>> BY_VERSION = new HashMap<>();

    static {
        Set<String> names = new HashSet<>(PYTHON_3_6);
        BY_VERSION.put(new PythonVersion(3, 6), Set.copyOf(names));
        for (Change change : CHANGES) {
            names.addAll(change.added());
            change.removed().forEach(names::remove);
            BY_VERSION.put(new PythonVersion(3, change.minor()), Set.copyOf(names));
        }
    }

    /** The names of {@code version} (one of {@link ReferenceVersions#FOLLOWED}). */
    static Set<String> of(PythonVersion version) {
        Set<String> names = BY_VERSION.get(version);
        if (names == null) {
            throw new IllegalArgumentException("no list of asyncio's names for " + version);
        }
        return names;
    }
}
