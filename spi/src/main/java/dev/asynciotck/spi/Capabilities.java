package dev.asynciotck.spi;

/**
 * Names of optional behaviours a provider may declare in {@link AsyncioProvider#capabilities()}.
 * Scenarios that need a capability the provider lacks are reported as not applicable, never as failures.
 */
public final class Capabilities {

    /**
     * {@link RuntimeOptions#virtualClock()} is honoured: when nothing is ready the loop's clock jumps to the
     * next timer instead of sleeping, so time-based scenarios run instantly.
     */
    public static final String VIRTUAL_CLOCK = "virtual-clock";

    /**
     * {@code asyncio.eager_task_factory} and {@code loop.set_task_factory} with eager tasks (asyncio 3.12+):
     * a task runs its first step synchronously inside {@code create_task}.
     */
    public static final String EAGER_TASK_FACTORY = "eager-task-factory";

    /** {@link EventLoop#callSoonThreadsafe} may be called from a thread that is not running the loop. */
    public static final String THREADSAFE_CALLBACKS = "threadsafe-callbacks";

    /**
     * Programs may use real threads together with asyncio: {@link EventLoop#runInExecutor} and the default
     * executor ({@link EventLoop#setDefaultExecutor}, {@link EventLoop#shutdownDefaultExecutor}, its shutdown by
     * {@code asyncio.run}), {@link Asyncio#toThread}, {@link Asyncio#runCoroutineThreadsafe} and
     * {@link Asyncio#wrapFuture}, and {@link EventLoop#callSoonThreadsafe} from other threads (so it implies
     * {@link #THREADSAFE_CALLBACKS}). A Python target has it when its interpreter can start threads (not on
     * WebAssembly).
     */
    public static final String THREADS = "threads";

    private Capabilities() {
    }
}
