package dev.asynciotck.reports.merge;

import dev.asynciotck.reports.run.TargetResult;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one {@code tck run} ran and what came of it, before any baseline or level judged it: the content of
 * {@code results.json}, from which {@code tck merge} rebuilds every report.
 *
 * @param run       the run information (as in {@code matrix.json}'s {@code run})
 * @param features  the feature files or directories the run read, as given; empty for the bundled specification
 * @param tags      its tag expression, or {@code null}
 * @param shard     its shard ({@code K/N}), or {@code null} for the whole selection
 * @param repeat    how many times each scenario ran
 * @param selected  the scenarios the run (its shard) selected, in specification order
 * @param targets   each target that finished, in the order of the run's targets
 */
public record RunResults(Map<String, Object> run, List<String> features, String tags, String shard, int repeat,
                         List<Selected> selected, List<TargetRuns> targets) {

    /** The results file's format, written into it and checked when it is read. */
    public static final String FORMAT = "asyncio-tck results 1";

    public RunResults {
        features = List.copyOf(features);
        selected = List.copyOf(selected);
        targets = List.copyOf(targets);
    }

    /**
     * A selected scenario.
     *
     * @param key          its key where it ran (a path for {@code --features}: machine-dependent)
     * @param ruleId       its rule's ID
     * @param baselineName its name as a baseline names it; with the rule ID, its machine-independent identity
     */
    public record Selected(String key, String ruleId, String baselineName) {

        /** The identity {@link dev.asynciotck.reports.run.Shard#identity} gives the same scenario. */
        public String identity() {
            return ruleId + "\t" + baselineName;
        }
    }

    /**
     * One target's runs.
     *
     * @param name        the target
     * @param version     its asyncio version, or {@code ?}
     * @param unavailable why it could not run here, or {@code null} when it ran
     * @param faultModel  what it deliberately breaks, when it is a fault model, else {@code null}
     * @param runs        one per repetition; empty when it could not run
     */
    public record TargetRuns(String name, String version, String unavailable, FaultModelInfo faultModel,
                             List<TargetResult> runs) {

        public TargetRuns {
            runs = List.copyOf(runs);
        }
    }

    /** A fault model's deviation and the rules that must catch it. */
    public record FaultModelInfo(String deviation, Set<String> mustBeCaughtBy)
            implements dev.asynciotck.harness.FaultModel {

        public FaultModelInfo {
            mustBeCaughtBy = Set.copyOf(mustBeCaughtBy);
        }
    }
}
