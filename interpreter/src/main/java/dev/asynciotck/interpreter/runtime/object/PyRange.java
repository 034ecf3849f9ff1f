package dev.asynciotck.interpreter.runtime.object;

/** Python's range over longs. */
public record PyRange(long start, long stop, long step) {

    public long length() {
        if (step > 0) {
            return start < stop ? (stop - start + step - 1) / step : 0;
        }
        return start > stop ? (start - stop - step - 1) / -step : 0;
    }

    public long get(long index) {
        return start + index * step;
    }

    @Override
    public String toString() {
        return "range(" + start + ", " + stop + (step == 1 ? "" : ", " + step) + ")";
    }
}
