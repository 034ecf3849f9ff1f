package dev.asynciotck.interpreter.runtime.object;

import java.util.ArrayList;
import java.util.List;

/** Python's slice object with {@code indices(length)}. */
public record PySlice(Object start, Object stop, Object step) {

    /** start, stop, step clamped to a sequence of {@code length}, as slice.indices(). */
    public long[] indices(long length) {
        long st = step == null ? 1 : toLong(step);
        if (st == 0) {
            throw new dev.asynciotck.spi.exceptions.ValueError("slice step cannot be zero");
        }
        long lower = st < 0 ? -1 : 0;
        long upper = st < 0 ? length - 1 : length;
        long b = start == null ? (st < 0 ? upper : lower) : clamp(toLong(start), length, lower, upper);
        long e = stop == null ? (st < 0 ? lower : upper) : clamp(toLong(stop), length, lower, upper);
        return new long[] {b, e, st};
    }

    private static long clamp(long i, long length, long lower, long upper) {
        if (i < 0) {
            i += length;
            return Math.max(i, lower);
        }
        return Math.min(i, upper);
    }

    private static long toLong(Object v) {
        if (!Numbers.isInt(v)) {
            throw new dev.asynciotck.spi.exceptions.TypeError("slice indices must be integers or None or have an __index__ method");
        }
        return Numbers.big(v).longValue();
    }

    /** The positions the slice selects in a sequence of {@code length}. */
    public List<Integer> positions(int length) {
        long[] r = indices(length);
        List<Integer> out = new ArrayList<>();
        if (r[2] > 0) {
            for (long i = r[0]; i < r[1]; i += r[2]) {
                out.add((int) i);
            }
        } else {
            for (long i = r[0]; i > r[1]; i += r[2]) {
                out.add((int) i);
            }
        }
        return out;
    }

}
