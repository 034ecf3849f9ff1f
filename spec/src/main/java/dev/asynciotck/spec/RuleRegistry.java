package dev.asynciotck.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The registry of rules: every {@code .tsv} file below a directory, one rule a line as
 * {@code id<TAB>required|optional<TAB>documentation URL<TAB>statement}; blank lines and lines starting
 * with {@code #} are ignored. A malformed line or an ID registered twice is an error naming file and line.
 */
public final class RuleRegistry {

    /** Rule IDs: dot-separated lowercase words with hyphens, e.g. {@code task.cancel.before-start}. */
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

    private final Map<String, Rule> rules;

    private RuleRegistry(Map<String, Rule> rules) {
        this.rules = rules;
    }

    public static RuleRegistry load(Path directory) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    Rule rule = parse(line, file + ":" + (i + 1));
                    Rule earlier = rules.putIfAbsent(rule.id(), rule);
                    if (earlier != null) {
                        throw new IllegalArgumentException(rule.origin() + ": rule " + rule.id()
                                + " is already registered at " + earlier.origin());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rule registry below " + directory, e);
        }
        return new RuleRegistry(rules);
    }

    private static Rule parse(String line, String origin) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 4) {
            throw new IllegalArgumentException(origin + ": expected 4 tab-separated fields "
                    + "(id, required|optional, documentation URL, statement), found " + fields.length);
        }
        String id = fields[0].strip();
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(origin + ": '" + id + "' is not a rule ID (e.g. task.cancel.before-start)");
        }
        boolean required = switch (fields[1].strip()) {
            case "required" -> true;
            case "optional" -> false;
            default -> throw new IllegalArgumentException(origin + ": the second field must be required or optional, not '"
                    + fields[1].strip() + "'");
        };
        String url = fields[2].strip();
        if (!url.startsWith("https://docs.python.org/3/")) {
            throw new IllegalArgumentException(origin + ": the documentation URL must point into https://docs.python.org/3/, not '"
                    + url + "'");
        }
        String statement = fields[3].strip();
        if (statement.isEmpty()) {
            throw new IllegalArgumentException(origin + ": the statement is empty");
        }
        return new Rule(id, required, url, statement, origin);
    }

    public Optional<Rule> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** Every rule in registration order. */
    public List<Rule> rules() {
        return new ArrayList<>(rules.values());
    }
}
