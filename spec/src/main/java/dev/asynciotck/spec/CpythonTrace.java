package dev.asynciotck.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The trace of CPython's own asyncio tests to the rules of this specification: one table per CPython test file
 * ({@code features/trace/test_*.tsv}), each row a test body with its status and the rules that exercise it.
 * Reads the tables, recounts their figures and renders them as {@code docs/cpython-tests-trace.md}.
 */
public record CpythonTrace(List<TraceFile> files) {

    /** What a trace row says about one CPython test body. */
    public enum Status {
        EXERCISED("exercised"), GAP("gap"), NOT_OBSERVABLE("not-observable"), OUT_OF_SCOPE("out-of-scope");

        final String label;

        Status(String label) {
            this.label = label;
        }

        static Status parse(String text, String where) {
            for (Status s : values()) {
                if (s.label.equals(text)) {
                    return s;
                }
            }
            throw new IllegalArgumentException(where + ": unknown status '" + text
                    + "' (exercised, gap, not-observable or out-of-scope)");
        }
    }

    /** One test body: {@code Class::test_name}, the CPython versions that have it, its status, rule IDs, a note. */
    public record Row(String test, String versions, Status status, List<String> rules, String note) {}

    /** The figures of one table (or of all): observable = exercised + gap. */
    public record Figures(int bodies, int exercised, int gap, int notObservable, int outOfScope) {
        public int observable() {
            return exercised + gap;
        }

        /** Exercised share of the observable bodies, rounded to a whole percent (100 when none is observable). */
        public int percent() {
            return observable() == 0 ? 100 : Math.round(100f * exercised / observable());
        }

        Figures plus(Figures o) {
            return new Figures(bodies + o.bodies, exercised + o.exercised, gap + o.gap,
                    notObservable + o.notObservable, outOfScope + o.outOfScope);
        }
    }

    /**
     * One table: the CPython test file it traces, its rows, and the figures its header states (the counts of
     * "test bodies", "observable" and "exercised", in either of the two header spellings the tables use).
     */
    public record TraceFile(String name, List<Row> rows, Map<String, Integer> statedFigures,
                            Map<String, String> renamedClasses) {

        /**
         * The row that traces a body named as in some CPython's source: its own name, or, when its class was renamed
         * in a later CPython (a header line "# class renamed: NEW was OLD"), the row of the old name.
         */
        public String rowNameOf(String body) {
            String[] parts = body.split("::", 2);
            String old = parts.length == 2 ? renamedClasses.get(parts[0]) : null;
            return old == null ? body : old + "::" + parts[1];
        }

        /** The stated figures that differ from the recount, each as "name: stated N, recounted M". */
        public List<String> misstatedFigures() {
            Figures f = figures();
            Map<String, Integer> actual = Map.of("test bodies", f.bodies(), "observable", f.observable(),
                    "exercised", f.exercised());
            List<String> wrong = new ArrayList<>();
            actual.forEach((key, value) -> {
                Integer stated = statedFigures.get(key);
                if (!value.equals(stated)) {
                    wrong.add(key + ": stated " + stated + ", recounted " + value);
                }
            });
            return wrong;
        }

        public Figures figures() {
            int e = 0, g = 0, n = 0, o = 0;
            for (Row r : rows) {
                switch (r.status()) {
                    case EXERCISED -> e++;
                    case GAP -> g++;
                    case NOT_OBSERVABLE -> n++;
                    case OUT_OF_SCOPE -> o++;
                }
            }
            return new Figures(rows.size(), e, g, n, o);
        }
    }

    /** Where the features module puts the trace tables on the class path. */
    public static final String TRACE_RESOURCE = "asynciotck/trace";

    /** The trace tables bundled with the specification (the features jar); empty when the class path has none. */
    public static CpythonTrace bundled() {
        List<TraceFile> files = new ArrayList<>();
        SpecificationLoader.withResourceDir(CpythonTrace.class.getClassLoader(), TRACE_RESOURCE,
                dir -> files.addAll(read(dir).files()));
        return new CpythonTrace(List.copyOf(files));
    }

    /** Reads every {@code *.tsv} of a directory; a malformed row is one clear error naming file and line. */
    public static CpythonTrace read(Path directory) {
        try (Stream<Path> paths = Files.list(directory)) {
            List<TraceFile> files = new ArrayList<>();
            for (Path p : paths.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList()) {
                files.add(readFile(p));
            }
            return new CpythonTrace(List.copyOf(files));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the trace tables in " + directory, e);
        }
    }

    static TraceFile readFile(Path path) throws IOException {
        String name = path.getFileName().toString().replaceFirst("\\.tsv$", "");
        List<String> lines = Files.readAllLines(path);
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> stated = new TreeMap<>();
        Map<String, String> renamed = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = path + ":" + (i + 1);
            stateFigures(line, stated);
            Matcher rename = RENAMED.matcher(line);
            if (rename.matches()) {
                renamed.put(rename.group(1), rename.group(2));
            }
            if (line.isBlank() || line.startsWith("#") || line.startsWith("test\t")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 5) {
                throw new IllegalArgumentException(where + ": expected 5 tab-separated columns "
                        + "(test, versions, status, rules, note), found " + cols.length);
            }
            Status status = Status.parse(cols[2], where);
            List<String> rules = cols[3].isBlank() ? List.of() : List.of(cols[3].split(","));
            if (status == Status.EXERCISED && rules.isEmpty()) {
                throw new IllegalArgumentException(where + ": an exercised row names no rule");
            }
            if ((status == Status.NOT_OBSERVABLE || status == Status.OUT_OF_SCOPE) && cols[4].isBlank()) {
                throw new IllegalArgumentException(where + ": a " + status.label + " row needs its one-line reason");
            }
            rows.add(new Row(cols[0], cols[1], status, rules, cols[4]));
        }
        return new TraceFile(name, List.copyOf(rows), Map.copyOf(stated), Map.copyOf(renamed));
    }

    /** "# class renamed: NEW was OLD ..." in a table's header: a later CPython's name for a traced class. */
    private static final Pattern RENAMED = Pattern.compile("# class renamed: (\\w+) was (\\w+)\\b.*");
    private static final Pattern ONE_LINE = Pattern.compile(
            "# test bodies: (\\d+); observable \\(exercised \\+ gap\\): (\\d+); exercised: (\\d+) .*");
    private static final Pattern PER_LINE = Pattern.compile(
            "# (total test bodies|observable \\(exercised \\+ gap\\)|exercised): (\\d+)");

    /** Header figures come as one line ("# test bodies: N; observable ...: N; exercised: N (P%) ...") or one per line. */
    private static void stateFigures(String line, Map<String, Integer> stated) {
        Matcher one = ONE_LINE.matcher(line);
        if (one.matches()) {
            stated.put("test bodies", Integer.parseInt(one.group(1)));
            stated.put("observable", Integer.parseInt(one.group(2)));
            stated.put("exercised", Integer.parseInt(one.group(3)));
            return;
        }
        Matcher per = PER_LINE.matcher(line);
        if (per.matches()) {
            String key = per.group(1).startsWith("total") ? "test bodies"
                    : per.group(1).startsWith("observable") ? "observable" : "exercised";
            stated.put(key, Integer.parseInt(per.group(2)));
        }
    }

    public Figures total() {
        return files.stream().map(TraceFile::figures).reduce(new Figures(0, 0, 0, 0, 0), Figures::plus);
    }

    /** Rule ID to the CPython tests ({@code file::Class::test}) that it exercises, both sorted. */
    public Map<String, Set<String>> testsByRule() {
        Map<String, Set<String>> byRule = new TreeMap<>();
        for (TraceFile f : files) {
            for (Row r : f.rows()) {
                for (String rule : r.rules()) {
                    byRule.computeIfAbsent(rule, k -> new TreeSet<>()).add(f.name() + "::" + r.test());
                }
            }
        }
        return byRule;
    }

    /** The Markdown document; deterministic, so the committed copy can be compared with a fresh rendering. */
    public String render() {
        StringBuilder md = new StringBuilder();
        md.append("# CPython's asyncio tests traced to the rules\n\n")
                .append("Generated from `features/trace/*.tsv` by `CpythonTraceTest` in the spec module; do not edit by hand.\n")
                .append("Regenerate with `mvn -B -q -pl spec -am verify -Dtest=CpythonTraceTest ")
                .append("-Dsurefire.failIfNoSpecifiedTests=false -Dtrace.write=true`.\n\n")
                .append("Each test body of CPython's `test_asyncio` files is `exercised` (a scenario of the listed rules ")
                .append("observes its main assertion), a `gap` (observable, no scenario yet), `not-observable` (mocks, ")
                .append("private state, GC, debug internals, test machinery) or `out-of-scope` (I/O, platform, removed APIs).\n\n")
                .append("The test bodies of CPython 3.6 to 3.13 are read from the CPythons installed under pyenv, those of ")
                .append("3.14 and 3.15 from the lists in `features/trace/bodies/` (written by `scripts/cpython-test-bodies.sh` ")
                .append("from Debian's test-suite packages of those versions); `CpythonTraceTest` fails on a body without a row.\n\n")
                .append("## Figures\n\n")
                .append("| file | test bodies | observable | exercised | gap | not observable | out of scope | exercised of observable |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (TraceFile f : files) {
            figuresRow(md, "[" + f.name() + "](#" + f.name() + ")", f.figures());
        }
        figuresRow(md, "**total**", total());
        md.append('\n');
        for (TraceFile f : files) {
            md.append("## ").append(f.name()).append("\n\n")
                    .append("| test | versions | status | rules | note |\n|---|---|---|---|---|\n");
            for (Row r : f.rows()) {
                md.append("| `").append(r.test()).append("` | ").append(r.versions()).append(" | ")
                        .append(r.status().label).append(" | ")
                        .append(String.join(", ", r.rules().stream().map(id -> "`" + id + "`").toList()))
                        .append(" | ").append(cell(r.note())).append(" |\n");
            }
            md.append('\n');
        }
        md.append("## Per rule\n\nThe CPython tests each rule's scenarios exercise.\n\n| rule | CPython tests |\n|---|---|\n");
        testsByRule().forEach((rule, tests) -> md.append("| `").append(rule).append("` | ")
                .append(String.join("<br>", tests.stream().map(t -> "`" + t + "`").toList())).append(" |\n"));
        return md.toString();
    }

    private static void figuresRow(StringBuilder md, String name, Figures f) {
        md.append("| ").append(name).append(" | ").append(f.bodies()).append(" | ").append(f.observable())
                .append(" | ").append(f.exercised()).append(" | ").append(f.gap()).append(" | ")
                .append(f.notObservable()).append(" | ").append(f.outOfScope()).append(" | ")
                .append(f.percent()).append("% |\n");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
