package dev.asynciotck.reports.merge;

import dev.asynciotck.reports.run.ScenarioResult;
import dev.asynciotck.reports.run.Shard;
import dev.asynciotck.reports.run.TargetResult;
import dev.asynciotck.spec.SpecScenario;
import dev.asynciotck.spec.Specification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Combines the results of several report directories (jobs of a CI matrix: different targets, or shards of the
 * same targets) into one result per target, as one unsharded run would have produced them.
 *
 * <p>Invariant of a merge: for every target, each scenario of the selection was selected by exactly one of the
 * directories that ran the target. A scenario two of them ran is an overlap, one none of them ran is missing;
 * either is a {@link GapException} and nothing is merged. Directories that ran different selections (tag
 * expression, feature files, {@code --repeat}) cannot be merged at all: {@link MismatchException}.
 */
public final class Merger {

    private Merger() {
    }

    /** The directories are not parts of one selection: a usage error. */
    public static final class MismatchException extends Exception {
        MismatchException(String message) {
            super(message);
        }
    }

    /** Results overlap or are missing: the merge fails the gate. Each problem is one line. */
    public static final class GapException extends Exception {
        private final List<String> problems;

        GapException(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** One target's merged results. */
    public record MergedTarget(String name, String version, String unavailable, RunResults.FaultModelInfo faultModel,
                               List<TargetResult> runs) {
    }

    /**
     * What the directories hold in common: their tag expression, {@code --repeat} and feature files.
     *
     * @throws MismatchException naming two directories that differ
     */
    public static RunResults common(List<ReportSource> sources) throws MismatchException {
        ReportSource first = sources.getFirst();
        for (ReportSource other : sources.subList(1, sources.size())) {
            RunResults a = first.results();
            RunResults b = other.results();
            String what = !Objects.equals(a.tags(), b.tags()) ? "--tags '" + a.tags() + "' and '" + b.tags() + "'"
                    : a.repeat() != b.repeat() ? "--repeat " + a.repeat() + " and " + b.repeat()
                    : !a.features().equals(b.features()) ? "--features " + a.features() + " and " + b.features() : null;
            if (what != null) {
                throw new MismatchException(first.dir() + " and " + other.dir() + " are not parts of one selection: they"
                        + " ran " + what);
            }
        }
        return first.results();
    }

    /**
     * Merges {@code sources} against {@code selection}, the selection they should together cover.
     *
     * @throws MismatchException a directory selected a scenario the selection does not have
     * @throws GapException      results overlap or are missing
     */
    public static List<MergedTarget> merge(List<ReportSource> sources, Specification selection)
            throws MismatchException, GapException {
        Map<String, SpecScenario> byIdentity = new LinkedHashMap<>();
        selection.scenarios().forEach(s -> byIdentity.put(Shard.identity(s), s));
        Map<String, List<ReportSource>> byTarget = new LinkedHashMap<>();
        for (ReportSource source : sources) {
            for (RunResults.Selected selected : source.results().selected()) {
                if (!byIdentity.containsKey(selected.identity())) {
                    throw new MismatchException(source.dir() + " selected '" + selected.baselineName() + "' (rule "
                            + selected.ruleId() + ", " + selected.key() + "), which is not in the selection here ("
                            + selection.source() + "): were the jobs run on another specification?");
                }
            }
            for (RunResults.TargetRuns target : source.results().targets()) {
                byTarget.computeIfAbsent(target.name(), t -> new ArrayList<>()).add(source);
            }
        }
        List<String> gaps = new ArrayList<>();
        for (var target : byTarget.entrySet()) {
            gaps.addAll(coverage(target.getKey(), target.getValue(), byIdentity));
        }
        if (!gaps.isEmpty()) {
            throw new GapException(gaps);
        }
        List<MergedTarget> merged = new ArrayList<>();
        for (var target : byTarget.entrySet()) {
            merged.add(combine(target.getKey(), target.getValue(), byIdentity));
        }
        return merged;
    }

    /** One line per overlapping pair of directories and one for the missing scenarios, if any. */
    private static List<String> coverage(String target, List<ReportSource> sources, Map<String, SpecScenario> all) {
        Map<String, ReportSource> ranBy = new LinkedHashMap<>();
        Map<String, List<String>> overlaps = new LinkedHashMap<>();
        for (ReportSource source : sources) {
            for (RunResults.Selected selected : source.results().selected()) {
                ReportSource earlier = ranBy.putIfAbsent(selected.identity(), source);
                if (earlier != null) {
                    overlaps.computeIfAbsent(earlier.label() + " and " + source.label(), k -> new ArrayList<>())
                            .add(describe(all.get(selected.identity())));
                }
            }
        }
        List<String> problems = new ArrayList<>();
        overlaps.forEach((dirs, scenarios) -> problems.add("overlapping results: " + target + " ran " + scenarios.getFirst()
                + (scenarios.size() > 1 ? " and " + (scenarios.size() - 1) + " more scenario(s)" : "")
                + " in both " + dirs));
        List<String> missing = all.keySet().stream().filter(id -> !ranBy.containsKey(id))
                .map(id -> describe(all.get(id))).toList();
        if (!missing.isEmpty()) {
            problems.add("missing results: no directory ran " + missing.getFirst()
                    + (missing.size() > 1 ? " and " + (missing.size() - 1) + " more scenario(s)" : "") + " on " + target
                    + " (it ran in " + sources.stream().map(ReportSource::label).collect(Collectors.joining(", "))
                    + shardsMissing(sources) + ")");
        }
        return problems;
    }

    private static String shardsMissing(List<ReportSource> sources) {
        List<String> shards = sources.stream().map(s -> s.results().shard()).filter(Objects::nonNull).toList();
        if (shards.isEmpty()) {
            return "";
        }
        int count = Shard.parse(shards.getFirst()).count();
        List<String> absent = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            if (!shards.contains(k + "/" + count)) {
                absent.add(k + "/" + count);
            }
        }
        return absent.isEmpty() ? "" : "; shard " + String.join(", ", absent) + " is missing";
    }

    private static String describe(SpecScenario scenario) {
        return "'" + scenario.baselineName() + "' (rule " + scenario.ruleId() + ", " + scenario.key() + ")";
    }

    /** A target's runs from every directory that ran it, keys rewritten to this machine's specification. */
    private static MergedTarget combine(String target, List<ReportSource> sources, Map<String, SpecScenario> all) {
        int repeat = sources.getFirst().results().repeat();
        String version = "?";
        String unavailable = null;
        RunResults.FaultModelInfo faultModel = null;
        List<List<ScenarioResult>> scenarios = new ArrayList<>();
        List<Duration> elapsed = new ArrayList<>();
        List<List<String>> crashes = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
            scenarios.add(new ArrayList<>());
            elapsed.add(Duration.ZERO);
            crashes.add(new ArrayList<>());
        }
        for (ReportSource source : sources) {
            Map<String, String> localKey = new LinkedHashMap<>();
            source.results().selected().forEach(s -> localKey.put(s.key(), all.get(s.identity()).key()));
            RunResults.TargetRuns runs = source.results().targets().stream().filter(t -> t.name().equals(target))
                    .findFirst().orElseThrow();
            version = "?".equals(version) ? runs.version() : version;
            unavailable = unavailable == null ? runs.unavailable() : unavailable;
            faultModel = faultModel == null ? runs.faultModel() : faultModel;
            for (int i = 0; i < Math.min(repeat, runs.runs().size()); i++) {
                TargetResult run = runs.runs().get(i);
                for (ScenarioResult result : run.scenarios()) {
                    String key = localKey.getOrDefault(result.location(), result.location());
                    scenarios.get(i).add(new ScenarioResult(key, result.name(), result.tags(), result.verdict(),
                            result.message(), result.evidence()));
                }
                elapsed.set(i, elapsed.get(i).plus(run.elapsed()));
                if (run.crash() != null) {
                    crashes.get(i).add(source.label() + ": " + run.crash());
                }
            }
        }
        List<TargetResult> runs = new ArrayList<>();
        if (unavailable == null) {
            for (int i = 0; i < repeat; i++) {
                runs.add(new TargetResult(target, version, scenarios.get(i), elapsed.get(i),
                        crashes.get(i).isEmpty() ? null : String.join("; ", crashes.get(i))));
            }
        }
        return new MergedTarget(target, version, unavailable, faultModel, runs);
    }
}
