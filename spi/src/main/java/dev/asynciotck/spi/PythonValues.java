package dev.asynciotck.spi;

/**
 * The few Python value semantics a provider needs but cannot know, supplied by whoever runs the program
 * (the suite's interpreter, or a Java test). A provider never decides these itself.
 */
public interface PythonValues {

    /** Python's {@code repr(value)}, used where asyncio shows a value in a message or a repr. */
    String repr(Object value);

    /**
     * Python's {@code reprlib.repr(value)}: the repr shortened with {@code ...} beyond reprlib's default limits
     * (six levels, six items, four dict entries, 30 characters of a string or of another object's repr, 40 digits).
     * asyncio shows a future's result this way ({@code base_futures._future_repr_info}). The default is the whole
     * {@link #repr}: only the host knows its containers.
     */
    default String limitedRepr(Object value) {
        return repr(value);
    }

    /** Python's truth value of {@code value} ({@code bool(value)}). */
    boolean truth(Object value);

    /**
     * Python's {@code a < b}, the only comparison {@code heapq} (and so PriorityQueue) uses, and the one a queue
     * compares its {@code maxsize} with (see {@link Queue}).
     */
    boolean lessThan(Object a, Object b);

    /**
     * Python's {@code id(value)}, for any object, a provider's own included: the one address convention of a run.
     * Wherever asyncio's repr of an object shows an address, it is {@code id(self)} in hex ({@code '%#x' % id(self)}),
     * and a provider shows this number there, as {@code "0x" + Long.toHexString(id(this))}, never an address of its
     * own making, so that a program's {@code hex(id(obj)) in repr(obj)} holds as on CPython. The reprs with an
     * address: a queue's ({@code <Queue at 0x… maxsize=0>}, queues.py {@code Queue.__repr__}; its {@code str} has
     * none), the locks' ({@code <asyncio.locks.Lock object at 0x… [unlocked]>}, also {@code Event}, {@code Semaphore},
     * {@code BoundedSemaphore}, {@code Condition}, {@code Barrier}: locks.py builds them on
     * {@code object.__repr__}) and a coroutine's ({@code <coroutine object main at 0x…>}). A future's, a task's
     * (apart from its coroutine's), a loop's and a handle's have none.
     *
     * <p>The host's {@code id()} of the object the program holds must be this number: the suite's interpreter
     * answers its own {@code id()}; a host that hands the program another object for a provider's (a proxy)
     * answers the {@code id()} of that one. The default, for a provider driven from Java, is
     * {@link System#identityHashCode}.
     *
     * @see <a href="https://docs.python.org/3/library/functions.html#id">id()</a>
     */
    default long id(Object value) {
        return Integer.toUnsignedLong(System.identityHashCode(value));
    }

    /**
     * Plain Java values: {@code toString} as repr, {@code null}, {@code false}, zero and empty strings and
     * collections are false, and {@link Comparable} ordering.
     */
    static PythonValues javaDefaults() {
        return JavaDefaultValues.INSTANCE;
    }
}
