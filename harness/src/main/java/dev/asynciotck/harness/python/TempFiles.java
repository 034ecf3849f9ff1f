package dev.asynciotck.harness.python;

import dev.asynciotck.harness.ChildProcesses;

import java.io.IOException;
import java.nio.file.Path;

/** A run's temporary directories: made through {@link ChildProcesses}, so that a shutdown removes them too. */
final class TempFiles {

    private TempFiles() {
    }

    /** A new temporary directory named {@code prefix...}; refused once the harness is shutting down. */
    static Path create(String prefix) throws IOException {
        return ChildProcesses.createTempDirectory(prefix);
    }

    /** Deletes {@code directory} and everything under it; never throws, never follows symbolic links. */
    static void deleteQuietly(Path directory) {
        ChildProcesses.delete(directory);
    }
}
