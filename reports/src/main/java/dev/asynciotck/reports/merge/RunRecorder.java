package dev.asynciotck.reports.merge;

import dev.asynciotck.harness.FaultModel;
import dev.asynciotck.reports.gate.TargetOutcome;
import dev.asynciotck.reports.run.TargetResult;
import dev.asynciotck.spec.Specification;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps each target's raw runs as {@code tck run} finishes them, and renders {@code results.json} for the targets
 * whose reports are published (thread-safe: targets finish on their own threads).
 */
public final class RunRecorder {

    private final Map<String, RunResults.TargetRuns> byTarget = new ConcurrentHashMap<>();
    private final Map<String, Object> run;
    private final List<String> features;
    private final String tags;
    private final String shard;
    private final int repeat;
    private final Specification selection;

    /**
     * @param run       the run information
     * @param features  the {@code --features} paths as given (empty: the bundled specification)
     * @param tags      the tag expression, or {@code null}
     * @param shard     the shard, {@code K/N}, or {@code null}
     * @param repeat    runs per scenario
     * @param selection the scenarios this run (shard) selected
     */
    public RunRecorder(Map<String, Object> run, List<String> features, String tags, String shard, int repeat,
                       Specification selection) {
        this.run = new java.util.LinkedHashMap<>(run);
        this.features = List.copyOf(features);
        this.tags = tags;
        this.shard = shard;
        this.repeat = repeat;
        this.selection = Objects.requireNonNull(selection);
    }

    /** The target ran: its results, one per repetition. */
    public void ran(String target, String version, List<TargetResult> runs, FaultModel model) {
        byTarget.put(target, new RunResults.TargetRuns(target, version, null, info(model), runs));
    }

    /** The target could not run here. */
    public void unavailable(String target, String version, String reason, FaultModel model) {
        byTarget.put(target, new RunResults.TargetRuns(target, version, reason, info(model), List.of()));
    }

    /** {@code results.json} for {@code outcomes}, the targets published so far, in their order. */
    public String render(List<TargetOutcome> outcomes) {
        List<RunResults.TargetRuns> targets = outcomes.stream().map(o -> byTarget.get(o.target()))
                .filter(Objects::nonNull).toList();
        List<RunResults.Selected> selected = selection.scenarios().stream()
                .map(s -> new RunResults.Selected(s.key(), s.ruleId(), s.baselineName())).toList();
        return ResultsJson.render(new RunResults(run, features, tags, shard, repeat, selected,
                targets), selection.byKey());
    }

    private static RunResults.FaultModelInfo info(FaultModel model) {
        return model == null ? null : new RunResults.FaultModelInfo(model.deviation(), model.mustBeCaughtBy());
    }
}
