package dev.asynciotck.reports.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asynciotck.reports.gate.IoProblem;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A report directory held by one run for its whole length, so that two runs never mix their reports:
 *
 * <ul>
 *   <li>an exclusive lock on {@code DIR/.tck.lock} (held by the operating system for this process: released
 *       when it ends, however it ends); a second run that finds it held refuses to start;</li>
 *   <li>a staging folder {@code DIR/.tck-staging-PID/} where every report is written first, Cucumber's own
 *       included;</li>
 *   <li>publication: a complete file or target folder is moved into place by a rename, so the directory only
 *       ever holds complete reports. The first publication removes the previous run's reports (the files of
 *       {@link ReportPaths} and the target folders its {@code manifest.json} names), nothing else.</li>
 * </ul>
 *
 * Until something is published the directory is as it was before the run (plus the lock file, which stays:
 * deleting a lock file races with the next run's locking of it). Staging folders of runs that died without
 * cleaning up are removed by the next run that holds the lock.
 */
public final class ReportDirectory implements AutoCloseable {

    /** The lock file's name. */
    public static final String LOCK_FILE = ".tck.lock";

    /** Staging folders' names start with this. */
    public static final String STAGING_PREFIX = ".tck-staging-";

    private static final List<String> RUN_FILES = List.of(ReportPaths.MATRIX_HTML, ReportPaths.MATRIX_MARKDOWN,
            ReportPaths.MATRIX_JSON, ReportPaths.SUMMARY_JSON, ReportPaths.MANIFEST_JSON, ReportPaths.RESULTS_JSON,
            ReportPaths.DASHBOARD_HTML, ReportPaths.DIFFERENCES_HTML);

    /** The directory cannot be used: it cannot be created or written, or another run holds it. */
    public static final class UnusableException extends Exception {
        UnusableException(String message) {
            super(message);
        }
    }

    private final Path dir;
    private final Path staging;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean previousRemoved;

    private ReportDirectory(Path dir, Path staging, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.staging = staging;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates {@code dir} if needed, takes its lock and makes this run's staging folder.
     *
     * @throws UnusableException one line saying why: not creatable, not writable, or held by another run
     */
    public static ReportDirectory open(Path dir) throws UnusableException {
        Path absolute = dir.toAbsolutePath().normalize();
        for (Path part = absolute; part != null; part = part.getParent()) {
            if (Files.exists(part) && !Files.isDirectory(part)) {
                throw new UnusableException(absolute + " cannot be created: " + part + " is a file, not a directory");
            }
        }
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new UnusableException(absolute + " cannot be created: " + IoProblem.describe(absolute, e));
        }
        Path lockFile = absolute.resolve(LOCK_FILE);
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
        } catch (IOException e) {
            throw new UnusableException(absolute + " is not writable: " + IoProblem.describe(lockFile, e));
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UnusableException(absolute + " cannot be locked: " + IoProblem.describe(lockFile, e));
        }
        if (lock == null) {
            String holder = holder(channel);
            closeQuietly(channel);
            throw new UnusableException(absolute + " is in use by another tck run" + holder
                    + "; wait for it to finish or choose another --report-dir");
        }
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
            removeStaleStaging(absolute);
            Path staging = absolute.resolve(STAGING_PREFIX + ProcessHandle.current().pid());
            Files.createDirectories(staging);
            return new ReportDirectory(absolute, staging, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UnusableException(absolute + " is not writable: " + IoProblem.describe(absolute, e));
        }
    }

    /** The report directory. */
    public Path dir() {
        return dir;
    }

    /** Where a report is written before it is published: {@code relative} inside the staging folder. */
    public Path staged(String relative) {
        return staging.resolve(relative);
    }

    /**
     * Moves the staged file or folder {@code relative} into place, replacing what is there (a folder is
     * replaced whole: the old one is moved aside first, then removed).
     */
    public synchronized void publish(String relative) throws IOException {
        removePreviousRun();
        Path from = staging.resolve(relative);
        Path to = dir.resolve(relative);
        if (Files.isDirectory(from)) {
            if (Files.exists(to)) {
                Path aside = staging.resolve(".replaced-" + System.nanoTime());
                Files.move(to, aside, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(aside);
            }
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } else {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** True once this run has published something (the previous run's reports are gone). */
    public synchronized boolean published() {
        return previousRemoved;
    }

    /** Removes the staging folder and releases the lock; what was published stays. */
    @Override
    public synchronized void close() {
        deleteTree(staging);
        try {
            lock.release();
        } catch (IOException ignored) {
            // Released when the channel closes, or when the process ends.
        }
        closeQuietly(channel);
    }

    /**
     * Removes the staging folder again after {@link #close}: a target thread that was still starting when the run
     * was interrupted (Cucumber opens its report files when it builds its plugins) may have created it anew.
     */
    public void sweepStaging() {
        deleteTree(staging);
    }

    /** The previous run's reports: its cross-target files and the target folders its manifest names. */
    private void removePreviousRun() throws IOException {
        if (previousRemoved) {
            return;
        }
        Set<String> targetDirs = new LinkedHashSet<>();
        Path manifest = dir.resolve(ReportPaths.MANIFEST_JSON);
        if (Files.isRegularFile(manifest)) {
            try {
                JsonNode targets = new ObjectMapper().readTree(manifest.toFile()).path("targets");
                targets.forEach(target -> targetDirs.add(ReportPaths.targetDir(target.path("name").asText("_"))));
            } catch (IOException | RuntimeException unreadable) {
                // Not a manifest of ours: its target folders are unknown, and left alone.
            }
        }
        if (Files.isRegularFile(manifest)) {
            deleteTree(dir.resolve(ReportPaths.RULES_DIR)); // the previous run's rule pages, never a stranger's folder
        }
        for (String file : RUN_FILES) {
            Files.deleteIfExists(dir.resolve(file));
        }
        for (String targetDir : targetDirs) {
            Path folder = dir.resolve(targetDir);
            if (!targetDir.isBlank() && !targetDir.startsWith(".") && Files.isDirectory(folder)
                    && folder.getParent().equals(dir)) {
                deleteTree(folder);
            }
        }
        previousRemoved = true;
    }

    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            channel.read(buffer, 0);
            String pid = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
            return pid.matches("\\d+") ? " (pid " + pid + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void removeStaleStaging(Path dir) throws IOException {
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir, STAGING_PREFIX + "*")) {
            for (Path folder : stale) {
                deleteTree(folder);
            }
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path folder, IOException failure) throws IOException {
                    Files.deleteIfExists(folder);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // Best effort: a leftover staging folder is removed by the next run.
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing to do.
        }
    }
}
