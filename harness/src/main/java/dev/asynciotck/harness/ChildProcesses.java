package dev.asynciotck.harness;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Every child process and temporary directory the harness makes, so that none outlives the command, however
 * it ends. Every target that starts processes (interpreter probes, fork servers, fresh interpreters, any
 * other worker a target adds) starts them through {@link #start} and makes its temporary directories with
 * {@link #createTempDirectory}.
 *
 * <p>{@link #shutDown()} — run by a JVM shutdown hook (normal exit, {@code System.exit}, SIGINT, SIGTERM,
 * SIGHUP), and by a command that is interrupted before it reports — sets the "shutting down" flag, kills every
 * registered process with all its descendants (a fork server's forked children are its descendants), and
 * removes every registered temporary directory. From then on {@link #start} and {@link #createTempDirectory}
 * refuse ({@link ShuttingDownException}), so no fallback can start a process the shutdown would miss; a
 * target checks {@link #shuttingDown()} before reporting a failure or falling back.
 *
 * <p>This is the one piece of JVM-wide mutable state in the harness, deliberately: child processes belong to
 * the JVM, and the shutdown hook must see all of them. Invariant: a process or directory is registered before
 * the flag is set, or it is never created (registration and the flag share one lock).
 *
 * <p>Not covered: SIGKILL of the JVM runs no code. A fork server then sees its input end and kills its
 * children; an interpreter started directly (a probe, a fresh interpreter) is left to finish on its own.
 */
public final class ChildProcesses {

    /** Thrown instead of starting a process or making a directory once the harness is shutting down. */
    public static final class ShuttingDownException extends IOException {
        ShuttingDownException(String what) {
            super("the harness is shutting down: " + what + " not started");
        }
    }

    private static final Object LOCK = new Object();
    private static final Set<Process> PROCESSES = new LinkedHashSet<>();
    private static final Set<Path> DIRECTORIES = new LinkedHashSet<>();
    private static final List<Runnable> CLOSERS = new ArrayList<>();
    private static final CountDownLatch DONE = new CountDownLatch(1);
    private static boolean shuttingDown;

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(ChildProcesses::shutDown, "asyncio-tck child processes"));
        } catch (IllegalStateException alreadyShuttingDown) {
            // First used by another shutdown hook, which calls shutDown() itself; nothing was started yet.
        }
    }

    private ChildProcesses() {
    }

    /**
     * Starts {@code builder}'s process and registers it until it ends.
     *
     * @throws ShuttingDownException the harness is shutting down: nothing was started
     */
    public static Process start(ProcessBuilder builder) throws IOException {
        synchronized (LOCK) {
            if (shuttingDown) {
                throw new ShuttingDownException(String.join(" ", builder.command()));
            }
            Process process = builder.start();
            PROCESSES.add(process);
            process.onExit().thenRun(() -> {
                synchronized (LOCK) {
                    PROCESSES.remove(process);
                }
            });
            return process;
        }
    }

    /**
     * A new temporary directory (in {@code java.io.tmpdir}), removed at shutdown unless {@link #delete}d before.
     *
     * @throws ShuttingDownException the harness is shutting down: nothing was made
     */
    public static Path createTempDirectory(String prefix) throws IOException {
        synchronized (LOCK) {
            if (shuttingDown) {
                throw new ShuttingDownException("temporary directory " + prefix);
            }
            Path directory = Files.createTempDirectory(prefix);
            DIRECTORIES.add(directory);
            return directory;
        }
    }

    /** Removes {@code directory} and everything under it, never following links; never throws. */
    public static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        deleteTree(directory);
        synchronized (LOCK) {
            DIRECTORIES.remove(directory);
        }
    }

    /**
     * Runs {@code closer} at shutdown, before the processes are killed (e.g. a server that stops its own
     * children in order). It must return quickly; the processes are killed afterwards whatever it did.
     */
    public static void onShutdown(Runnable closer) {
        synchronized (LOCK) {
            if (!shuttingDown) {
                CLOSERS.add(closer);
                return;
            }
        }
        closer.run();
    }

    /** True once {@link #shutDown()} has begun: start nothing, report nothing, fall back to nothing. */
    public static boolean shuttingDown() {
        synchronized (LOCK) {
            return shuttingDown;
        }
    }

    /**
     * Kills every registered process tree and removes every registered temporary directory; idempotent. A
     * second caller waits (up to ten seconds) until the first has finished.
     */
    public static void shutDown() {
        List<Process> processes;
        List<Path> directories;
        List<Runnable> closers;
        synchronized (LOCK) {
            if (shuttingDown) {
                processes = null;
                directories = null;
                closers = null;
            } else {
                shuttingDown = true;
                processes = List.copyOf(PROCESSES);
                directories = List.copyOf(DIRECTORIES);
                closers = List.copyOf(CLOSERS);
            }
        }
        if (processes == null) {
            try {
                DONE.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        try {
            for (Runnable closer : closers) {
                try {
                    closer.run();
                } catch (RuntimeException ignored) {
                    // The processes are killed below whatever the closer did.
                }
            }
            processes.parallelStream().forEach(process -> killTree(process.toHandle()));
            directories.forEach(ChildProcesses::deleteTree);
        } finally {
            DONE.countDown();
        }
    }

    /**
     * Kills a process and every process descended from it. Descendants are listed before the root dies (an
     * orphan is no longer its descendant), and the listing is repeated for any that appeared meanwhile. Returns
     * once none of them runs any more (a zombie waiting for its parent to reap it counts as gone) or after about
     * a second.
     */
    public static void killTree(ProcessHandle root) {
        Set<ProcessHandle> known = new LinkedHashSet<>();
        known.add(root);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        do {
            for (ProcessHandle handle : List.copyOf(known)) {
                handle.descendants().forEach(known::add);
            }
            known.forEach(ProcessHandle::destroyForcibly);
            if (known.stream().noneMatch(ChildProcesses::isRunning)) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        } while (System.nanoTime() < deadline);
    }

    /** True if the process exists and is not a zombie (dead, waiting for its parent to reap it). */
    public static boolean isRunning(ProcessHandle handle) {
        if (!handle.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(handle.pid()), "stat"));
            int afterName = stat.lastIndexOf(')');
            return afterName < 0 || afterName + 2 >= stat.length() || stat.charAt(afterName + 2) != 'Z';
        } catch (IOException | RuntimeException noProcfs) {
            return handle.isAlive();
        }
    }

    private static void deleteTree(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    dir.toFile().setWritable(true, true);
                    dir.toFile().setExecutable(true, true);
                    dir.toFile().setReadable(true, true);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failure) {
                    deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException failure) {
                    deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | RuntimeException ignored) {
            // Best effort: a leftover temporary directory must not fail a run.
        }
    }

    private static void deleteIfExists(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // Best effort.
        }
    }
}
