package dev.asynciotck.reports.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asynciotck.reports.report.ReportDirectory;
import dev.asynciotck.reports.report.ReportPaths;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** What a report directory holds: a fingerprint of it, and the check that it is one run's complete reports. */
final class ReportCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportCheck() {
    }

    /** Every file under {@code dir} (the lock file aside) with a digest of its content. */
    static Map<String, String> snapshot(Path dir) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String relative = dir.relativize(file).toString();
                if (!relative.equals(ReportDirectory.LOCK_FILE)) {
                    files.put(relative, digest(Files.readAllBytes(file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * Checks that {@code dir} holds the complete reports of exactly one run: every JSON report parses and names
     * the same run, every target folder the manifest lists holds parseable Cucumber reports that were closed
     * (one {@code </html>}, JSON lines up to {@code testRunFinished}, XML that parses), the dashboard's pages are
     * closed, no folder but the target folders and the rule pages' is there, and no staging folder. Returns the run's id.
     */
    static String assertComplete(Path dir) {
        JsonNode matrix = json(dir.resolve(ReportPaths.MATRIX_JSON));
        JsonNode manifest = json(dir.resolve(ReportPaths.MANIFEST_JSON));
        json(dir.resolve(ReportPaths.SUMMARY_JSON));
        String id = matrix.path("run").path("id").asText();
        if (id.isEmpty() || !id.equals(manifest.path("run").path("id").asText())) {
            throw new AssertionError(dir + ": matrix.json and manifest.json are not from one run: " + id + " vs "
                    + manifest.path("run").path("id").asText());
        }
        closedHtml(dir.resolve(ReportPaths.MATRIX_HTML));
        closedHtml(dir.resolve(ReportPaths.DASHBOARD_HTML));
        closedHtml(dir.resolve(ReportPaths.DIFFERENCES_HTML));
        try (Stream<Path> rulePages = Files.list(dir.resolve(ReportPaths.RULES_DIR))) {
            rulePages.forEach(ReportCheck::closedHtml);
        } catch (IOException e) {
            throw new AssertionError(dir + ": no rule pages folder: " + e.getMessage(), e);
        }
        Set<String> targetDirs = new TreeSet<>();
        targetDirs.add(ReportPaths.RULES_DIR); // the rule pages' folder, beside the target folders
        for (JsonNode target : manifest.path("targets")) {
            String folder = ReportPaths.targetDir(target.path("name").asText());
            targetDirs.add(folder);
            Path targetDir = dir.resolve(folder);
            closedHtml(targetDir.resolve(ReportPaths.DETAILS_HTML));
            if (target.path("harnessError").isNull()) {
                closedHtml(targetDir.resolve(ReportPaths.CUCUMBER_HTML));
                messages(targetDir.resolve(ReportPaths.MESSAGES));
                xml(targetDir.resolve(ReportPaths.JUNIT_XML));
            }
        }
        try (Stream<Path> entries = Files.list(dir)) {
            Set<String> present = new TreeSet<>();
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (name.startsWith(ReportDirectory.STAGING_PREFIX)) {
                    throw new AssertionError(dir + ": a staging folder is left: " + name);
                }
                if (Files.isDirectory(entry)) {
                    present.add(name);
                }
            }
            if (!present.equals(targetDirs)) {
                throw new AssertionError(dir + ": target folders " + present + ", but the manifest lists " + targetDirs);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return id;
    }

    static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new AssertionError(file + " is not JSON: " + e.getMessage(), e);
        }
    }

    private static void closedHtml(Path file) {
        String html = text(file);
        int closing = html.indexOf("</html>");
        if (closing < 0 || closing != html.lastIndexOf("</html>") || !html.strip().endsWith("</html>")) {
            throw new AssertionError(file + " is not one complete HTML document");
        }
    }

    private static void messages(Path file) {
        List<String> lines = text(file).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            try {
                JSON.readTree(lines.get(i));
            } catch (IOException e) {
                throw new AssertionError(file + ":" + (i + 1) + " is not a JSON line", e);
            }
        }
        if (lines.isEmpty() || !lines.getLast().contains("\"testRunFinished\"")) {
            throw new AssertionError(file + " does not end with testRunFinished");
        }
    }

    private static void xml(Path file) {
        try {
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new AssertionError(file + " is not XML: " + e.getMessage(), e);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(file + " cannot be read: " + e, e);
        }
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
