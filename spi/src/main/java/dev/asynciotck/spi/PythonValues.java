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

    /** Python's {@code a < b}, the only comparison {@code heapq} (and so PriorityQueue) uses. */
    boolean lessThan(Object a, Object b);

    /**
     * Plain Java values: {@code toString} as repr, {@code null}, {@code false}, zero and empty strings and
     * collections are false, and {@link Comparable} ordering.
     */
    static PythonValues javaDefaults() {
        return JavaDefaultValues.INSTANCE;
    }
}
