package dev.asynciotck.harness;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * The standard streams a program gets when it runs the way {@code python FILE} runs it ({@code tck exec}):
 * input passed through, output and error streamed as they are written, without a bound.
 *
 * @param in             what the program reads as standard input
 * @param out            where its standard output goes
 * @param err            where its standard error goes
 * @param processStreams the three are this JVM's own standard streams, so a child process may inherit them
 *                       directly (the program then reads and writes the very file descriptors the command has)
 */
public record Console(InputStream in, OutputStream out, OutputStream err, boolean processStreams) {

    public Console {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }

    /** This JVM's standard input, output and error. */
    public static Console ofProcess() {
        return new Console(System.in, System.out, System.err, true);
    }

    /** Streams of the caller's (a test's, an embedding program's); a child process's output is copied into them. */
    public static Console of(InputStream in, OutputStream out, OutputStream err) {
        return new Console(in, out, err, false);
    }
}
