package dev.asynciotck.harness;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A thread-safe, size-bounded capture of one program's output stream: a runaway program cannot exhaust
 * memory; what exceeds the bound is dropped, and {@link #dropped()} counts it.
 */
public final class BoundedOutput extends OutputStream {

    /** The default bound, far above what any scenario prints. */
    public static final int DEFAULT_LIMIT = 1 << 20;

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final int limit;
    private long dropped;

    public BoundedOutput(int limit) {
        this.limit = limit;
    }

    /** A UTF-8 print stream writing into this capture. */
    public PrintStream printStream() {
        return new PrintStream(this, true, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) {
        if (buffer.size() < limit) {
            buffer.write(b);
        } else {
            dropped++;
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        int room = Math.max(0, limit - buffer.size());
        buffer.write(bytes, offset, Math.min(room, length));
        dropped += Math.max(0, length - room);
    }

    public synchronized boolean overflowed() {
        return dropped > 0;
    }

    /** How many bytes were written beyond the bound and dropped. */
    public synchronized long dropped() {
        return dropped;
    }

    /** {@code "stdout cut after N bytes (M more discarded)"} if this capture overflowed, else empty. */
    public synchronized String cutNote(String stream) {
        return dropped == 0 ? "" : stream + " cut after " + buffer.size() + " bytes (" + dropped + " more discarded)";
    }

    /** What was captured, decoded as UTF-8. */
    public synchronized String text() {
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
