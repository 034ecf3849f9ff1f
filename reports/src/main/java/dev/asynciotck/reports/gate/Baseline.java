package dev.asynciotck.reports.gate;

import dev.asynciotck.spec.RuleRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A target's expected failures: the scenarios it is known to fail, each with the reason. A baseline file is
 * UTF-8 text, one entry a line, three tab-separated fields:
 *
 * <pre>
 * rule ID &lt;TAB&gt; scenario name &lt;TAB&gt; reason
 * </pre>
 *
 * Blank lines and lines starting with {@code #} are ignored. The scenario name is the scenario's name as
 * written (an outline's with its placeholders filled in); when several scenarios of one rule share a name,
 * the {@code n}-th of them in file order is named {@code name [example n]}. A malformed line, or an entry
 * given twice, is an error naming the file and line.
 *
 * <p>A reason that starts with {@value #INTERMITTENT} marks a deviation that shows only now and then (a race the
 * target loses under load, say): the gate accepts the scenario passing as well as failing, so a correct run is
 * never red for it, and the entry is not stale while it passes.
 *
 * @param source  where it was read from (for messages), or {@code "(none)"}
 * @param entries the entries in file order
 */
public record Baseline(String source, List<Entry> entries) {

    /** What {@link #write} puts as the reason of a failure the baseline did not list before. */
    public static final String TODO_REASON = "TODO: explain";

    /** The start of the reason of an entry for a deviation that shows only now and then. */
    public static final String INTERMITTENT = "intermittent:";

    /**
     * One expected failure.
     *
     * @param ruleId       the scenario's rule ID
     * @param scenarioName the scenario's name
     * @param reason       why the target fails it
     * @param origin       {@code file:line}, or {@code ""} for an entry not read from a file
     */
    public record Entry(String ruleId, String scenarioName, String reason, String origin) {

        /** Whether the target fails the scenario only now and then: a pass is accepted too. */
        public boolean intermittent() {
            return reason.startsWith(INTERMITTENT);
        }

        /** The key an entry is matched by. */
        public String key() {
            return key(ruleId, scenarioName);
        }

        public static String key(String ruleId, String scenarioName) {
            return ruleId + "\t" + scenarioName;
        }
    }

    public Baseline {
        entries = List.copyOf(entries);
    }

    public static Baseline empty() {
        return new Baseline("(none)", List.of());
    }

    /** Reads a baseline file. */
    public static Baseline read(Path file) throws BaselineException {
        List<String> lines = lines(file);
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String origin = file + ":" + (i + 1);
            Entry entry = parse(line, origin);
            Entry earlier = entries.putIfAbsent(entry.key(), entry);
            if (earlier != null) {
                throw new BaselineException(origin + ": the entry for rule " + entry.ruleId() + ", scenario '"
                        + entry.scenarioName() + "' is already given at " + earlier.origin());
            }
        }
        return new Baseline(file.toString(), new ArrayList<>(entries.values()));
    }

    /** The file's lines, decoded strictly as UTF-8 (a leading byte order mark is allowed and dropped). */
    private static List<String> lines(Path file) throws BaselineException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BaselineException("cannot read the baseline " + file + ": " + IoProblem.describe(file, e));
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString().lines().toList();
        } catch (CharacterCodingException e) {
            int line = 1;
            for (int i = start; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    try {
                        decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                    } catch (CharacterCodingException bad) {
                        break;
                    }
                    line++;
                    start = i + 1;
                }
            }
            throw new BaselineException(file + ":" + line + ": not UTF-8 text (a baseline is UTF-8)");
        }
    }

    private static Entry parse(String line, String origin) throws BaselineException {
        String[] fields = line.split("\t", -1);
        if (fields.length != 3) {
            throw new BaselineException(origin + ": expected 3 tab-separated fields (rule ID, scenario name, "
                    + "reason), found " + fields.length);
        }
        String ruleId = fields[0].strip();
        if (!RuleRegistry.ID.matcher(ruleId).matches()) {
            throw new BaselineException(origin + ": '" + ruleId + "' is not a rule ID (e.g. task.cancel.before-start)");
        }
        String name = fields[1].strip();
        if (name.isEmpty()) {
            throw new BaselineException(origin + ": the scenario name is empty");
        }
        String reason = fields[2].strip();
        if (reason.isEmpty()) {
            throw new BaselineException(origin + ": the reason is empty; say why the target fails this scenario");
        }
        return new Entry(ruleId, name, reason, origin);
    }

    /** The entry for a scenario, if the baseline lists it. */
    public Optional<Entry> find(String ruleId, String scenarioName) {
        String key = Entry.key(ruleId, scenarioName);
        return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    /** Writes {@code entries} as a baseline file for {@code target}, with a header explaining the format. */
    public static void write(Path file, String target, List<Entry> entries) {
        List<String> lines = new ArrayList<>(List.of(
                "# asyncio-tck baseline for " + target + ": the scenarios it is known to fail, one a line:",
                "# rule ID <TAB> scenario name <TAB> reason. A listed failure does not fail the gate; a listed",
                "# scenario that passes, or an entry that names no scenario, does. See reports/README.md."));
        for (Entry entry : entries) {
            lines.add(entry.ruleId() + "\t" + entry.scenarioName() + "\t" + entry.reason());
        }
        try {
            Path absolute = file.toAbsolutePath();
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            // Written beside the file, then renamed over it: a failure never leaves half a baseline.
            Path temporary = absolute.resolveSibling("." + absolute.getFileName() + ".tmp-" + ProcessHandle.current().pid());
            try {
                Files.write(temporary, lines, StandardCharsets.UTF_8);
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the baseline " + file, e);
        }
    }

    /** A malformed or unreadable baseline: a usage error, its message naming file and line. */
    public static final class BaselineException extends Exception {
        public BaselineException(String message) {
            super(message);
        }
    }
}
