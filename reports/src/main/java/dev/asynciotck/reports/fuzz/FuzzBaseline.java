package dev.asynciotck.reports.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A target's known deviations for the fuzzer: one a line, {@code CONSTRUCT<TAB>reason}, blank lines and
 * {@code #} comments ignored. A construct is a kind of generated statement ({@code Wait}, {@code CallSoon},
 * {@code TaskGroupBlock}, …) or a kind with its variant ({@code AwaitTask.WAIT_FOR_ZERO}, {@code Try.CANCELLED});
 * a difference whose shrunk program uses a listed construct is counted as explained, apart from the others.
 */
public record FuzzBaseline(Map<String, String> reasons) {

    public FuzzBaseline {
        reasons = Map.copyOf(reasons);
    }

    public static FuzzBaseline empty() {
        return new FuzzBaseline(Map.of());
    }

    /** Reads a baseline; a malformed line is an {@link IllegalArgumentException} naming file and line. */
    public static FuzzBaseline read(Path file) throws IOException {
        Map<String, String> reasons = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Set<String> known = constructs();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = lines.get(n).split("\t", -1);
            String where = file + ":" + (n + 1);
            if (fields.length != 2 || fields[1].isBlank()) {
                throw new IllegalArgumentException(where + ": expected CONSTRUCT<TAB>reason");
            }
            if (!known.contains(fields[0].strip())) {
                throw new IllegalArgumentException(where + ": unknown construct '" + fields[0].strip()
                        + "' (one of " + String.join(", ", known) + ")");
            }
            if (reasons.put(fields[0].strip(), fields[1].strip()) != null) {
                throw new IllegalArgumentException(where + ": construct '" + fields[0].strip() + "' listed twice");
            }
        }
        return new FuzzBaseline(reasons);
    }

    /** The listed construct the program uses, with its reason, if any. */
    public Optional<String> explain(FuzzProgram program) {
        Set<String> used = used(program);
        return reasons.entrySet().stream().filter(e -> used.contains(e.getKey())).map(e -> e.getKey() + ": "
                + e.getValue()).sorted().findFirst();
    }

    /** Every construct name a baseline may list. */
    static Set<String> constructs() {
        Set<String> out = new TreeSet<>();
        for (Class<?> kind : Stmt.class.getPermittedSubclasses()) {
            out.add(kind.getSimpleName());
        }
        for (Stmt.AwaitKind k : Stmt.AwaitKind.values()) {
            out.add("AwaitTask." + k);
        }
        for (Stmt.SpawnKind k : Stmt.SpawnKind.values()) {
            out.add("Spawn." + k);
        }
        for (Stmt.Catch k : Stmt.Catch.values()) {
            out.add("Try." + k);
        }
        return out;
    }

    /** The constructs a program uses. */
    static Set<String> used(FuzzProgram program) {
        Set<String> out = new TreeSet<>();
        for (List<Stmt> body : program.tasks()) {
            collect(body, out);
        }
        return out;
    }

    private static void collect(List<Stmt> body, Set<String> out) {
        for (Stmt s : body) {
            out.add(s.getClass().getSimpleName());
            switch (s) {
                case Stmt.AwaitTask a -> out.add("AwaitTask." + a.kind());
                case Stmt.Spawn a -> out.add("Spawn." + a.kind());
                case Stmt.Try a -> out.add("Try." + a.caught());
                default -> {
                }
            }
            collect(s.body(), out);
        }
    }
}
