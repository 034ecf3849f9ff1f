package dev.asynciotck.graalpy.server;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

/**
 * One program's standard output or error: kept up to a limit, the rest counted and dropped, so that a program
 * printing in a loop cannot exhaust the server's memory before its time limit ends it. Thread-safe (a program's
 * threads all write here).
 */
final class CappedOutput extends OutputStream {

    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final int limit;
    private long dropped;

    CappedOutput(int limit) {
        this.limit = limit;
    }

    @Override
    public synchronized void write(int b) {
        if (kept.size() < limit) {
            kept.write(b);
        } else {
            dropped++;
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        int room = Math.max(0, limit - kept.size());
        kept.write(bytes, offset, Math.min(room, length));
        dropped += Math.max(0, length - room);
    }

    synchronized byte[] bytes() {
        return kept.toByteArray();
    }

    synchronized long dropped() {
        return dropped;
    }
}
