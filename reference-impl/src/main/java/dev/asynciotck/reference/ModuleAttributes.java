package dev.asynciotck.reference;

import java.util.Set;

/** The names {@code dir(asyncio)} lists in CPython 3.13.0 on Linux, for {@code hasattr(asyncio, name)}. */
final class ModuleAttributes {

    private ModuleAttributes() {
    }

    static final Set<String> PYTHON_3_13 = Set.of(
        "ALL_COMPLETED", "AbstractChildWatcher", "AbstractEventLoop", "AbstractEventLoopPolicy",
        "AbstractServer", "Barrier", "BaseEventLoop", "BaseProtocol", "BaseTransport", "BoundedSemaphore",
        "BrokenBarrierError", "BufferedProtocol", "CancelledError", "Condition", "DatagramProtocol",
        "DatagramTransport", "DefaultEventLoopPolicy", "Event", "EventLoop", "FIRST_COMPLETED",
        "FIRST_EXCEPTION", "FastChildWatcher", "Future", "Handle", "IncompleteReadError",
        "InvalidStateError", "LifoQueue", "LimitOverrunError", "Lock", "MultiLoopChildWatcher",
        "PidfdChildWatcher", "PriorityQueue", "Protocol", "Queue", "QueueEmpty", "QueueFull",
        "QueueShutDown", "ReadTransport", "Runner", "SafeChildWatcher", "SelectorEventLoop", "Semaphore",
        "SendfileNotAvailableError", "Server", "StreamReader", "StreamReaderProtocol", "StreamWriter",
        "SubprocessProtocol", "SubprocessTransport", "Task", "TaskGroup", "ThreadedChildWatcher", "Timeout",
        "TimeoutError", "TimerHandle", "Transport", "WriteTransport", "__all__", "__builtins__",
        "__cached__", "__doc__", "__file__", "__loader__", "__name__", "__package__", "__path__", "__spec__",
        "_enter_task", "_get_running_loop", "_leave_task", "_register_task", "_set_running_loop",
        "_unregister_task", "all_tasks", "as_completed", "base_events", "base_futures", "base_subprocess",
        "base_tasks", "constants", "coroutines", "create_eager_task_factory", "create_subprocess_exec",
        "create_subprocess_shell", "create_task", "current_task", "eager_task_factory", "ensure_future",
        "events", "exceptions", "format_helpers", "futures", "gather", "get_child_watcher", "get_event_loop",
        "get_event_loop_policy", "get_running_loop", "iscoroutine", "iscoroutinefunction", "isfuture",
        "locks", "log", "mixins", "new_event_loop", "open_connection", "open_unix_connection", "protocols",
        "queues", "run", "run_coroutine_threadsafe", "runners", "selector_events", "set_child_watcher",
        "set_event_loop", "set_event_loop_policy", "shield", "sleep", "sslproto", "staggered",
        "start_server", "start_unix_server", "streams", "subprocess", "sys", "taskgroups", "tasks",
        "threads", "timeout", "timeout_at", "timeouts", "to_thread", "transports", "trsock", "unix_events",
        "wait", "wait_for", "wrap_future");
}
