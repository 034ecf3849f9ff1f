package dev.asynciotck.reports.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a finished {@code tck} left behind: processes that still run and mention its temporary folder (every
 * Python child the harness starts has a file of that folder on its command line, or it as working directory),
 * and entries in that folder.
 */
final class Leftovers {

    private Leftovers() {
    }

    /** Fails if a process or a temporary file of the child at {@code workDir} is left, after a short grace. */
    static void assertNone(Path workDir) {
        Path tmp = TckProcess.tmp(workDir).toAbsolutePath();
        long deadline = System.nanoTime() + 3_000_000_000L;
        List<String> processes = processesUsing(tmp);
        while (!processes.isEmpty() && System.nanoTime() < deadline) {
            sleep();
            processes = processesUsing(tmp);
        }
        if (!processes.isEmpty()) {
            throw new AssertionError("processes outlived tck: " + processes);
        }
        List<String> files = entries(tmp);
        if (!files.isEmpty()) {
            throw new AssertionError("temporary files outlived tck in " + tmp + ": " + files);
        }
    }

    /** Processes whose command line or working directory is inside {@code folder} (pid and command line). */
    static List<String> processesUsing(Path folder) {
        List<String> found = new ArrayList<>();
        String marker = folder.toString();
        try (Stream<Path> proc = Files.list(Path.of("/proc"))) {
            for (Path entry : proc.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String commandLine = new String(Files.readAllBytes(entry.resolve("cmdline")),
                            StandardCharsets.UTF_8).replace('\0', ' ').strip();
                    String cwd = "";
                    try {
                        cwd = Files.readSymbolicLink(entry.resolve("cwd")).toString();
                    } catch (IOException | UnsupportedOperationException unreadable) {
                        // A process that ended meanwhile.
                    }
                    boolean zombie = Files.readString(entry.resolve("stat")).replaceFirst(".*\\) ", "").startsWith("Z");
                    if (!zombie && (commandLine.contains(marker) || cwd.startsWith(marker))) {
                        found.add(entry.getFileName() + " " + commandLine);
                    }
                } catch (IOException ended) {
                    // The process ended while it was being read.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static List<String> entries(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
