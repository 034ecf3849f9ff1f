package dev.asynciotck.reports.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asynciotck.reports.report.ReportPaths;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One report directory given to {@code tck merge}, read: its {@code results.json}, checked against its
 * {@code manifest.json} (both must be whole JSON of the same run).
 *
 * @param dir     the directory
 * @param results what its run ran
 */
public record ReportSource(Path dir, RunResults results) {

    /** A directory that is not a tck report directory, or one of whose files is corrupt: a usage error. */
    public static final class UnreadableException extends Exception {
        UnreadableException(String message) {
            super(message);
        }
    }

    /** Reads {@code dir}; every problem names the directory or the file. */
    public static ReportSource read(Path dir) throws UnreadableException {
        if (!Files.isDirectory(dir)) {
            throw new UnreadableException(dir + " is not a directory" + (Files.exists(dir) ? "" : " (it does not exist)"));
        }
        Path results = dir.resolve(ReportPaths.RESULTS_JSON);
        Path manifest = dir.resolve(ReportPaths.MANIFEST_JSON);
        if (!Files.isRegularFile(results)) {
            throw new UnreadableException(dir + " is not a tck report directory: it has no " + ReportPaths.RESULTS_JSON
                    + (Files.isRegularFile(manifest) ? " (written by tck run since tck merge exists; run again)" : ""));
        }
        RunResults read;
        try {
            read = ResultsJson.read(results);
        } catch (ResultsJson.CorruptException e) {
            throw new UnreadableException("corrupt file " + e.getMessage());
        }
        JsonNode manifestJson;
        try {
            manifestJson = new ObjectMapper().readTree(manifest.toFile());
        } catch (IOException e) {
            throw new UnreadableException("corrupt file " + manifest + ": " + (Files.exists(manifest)
                    ? "not readable as JSON: " + e.getMessage().lines().findFirst().orElse("") : "missing"));
        }
        String id = String.valueOf(read.run().get("id"));
        String manifestId = manifestJson == null ? null : manifestJson.path("run").path("id").asText(null);
        if (!id.equals(manifestId)) {
            throw new UnreadableException("corrupt file " + manifest + ": its run (" + manifestId + ") is not the run of "
                    + results.getFileName() + " (" + id + "): the directory mixes reports of two runs");
        }
        return new ReportSource(dir, read);
    }

    /** {@code DIR} or {@code DIR (shard K/N)}. */
    public String label() {
        return dir + (results.shard() == null ? "" : " (shard " + results.shard() + ")");
    }
}
