package dev.asynciotck.reports.gate;

import dev.asynciotck.spec.Specification;
import dev.asynciotck.spec.SpecScenario;
import dev.asynciotck.reports.run.ScenarioResult;
import dev.asynciotck.reports.run.TargetResult;
import dev.asynciotck.reports.run.Verdict;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Judges a target's runs against the specification and the target's baseline.
 *
 * <ul>
 *   <li>A failure (or timeout, error, unsupported construct) the baseline lists is an expected failure; one it
 *       does not list fails the gate. A listed scenario that passes is an unexpected pass, and fails it.</li>
 *   <li>A baseline entry that names no scenario of the specification, or one that does not apply to the target,
 *       is stale, and fails the gate. Entries for scenarios that a tag expression left out are not checked.</li>
 *   <li>The manifest check: every selected scenario must have a result (not applicable counts); one without is
 *       {@link Verdict#NOT_RUN}. A run where no scenario ran at all fails, whatever the reason.</li>
 *   <li>With several runs ({@code --repeat}), a scenario whose verdicts differ is {@link Verdict#FLAKY}.</li>
 *   <li>A scenario of a {@code detail} rule is judged like any other, but only fails the gate when
 *       {@code strict}; otherwise it is a reported difference ({@link TargetOutcome#detailDifferences()}).</li>
 * </ul>
 */
public final class Gate {

    private Gate() {
    }

    /**
     * @param specification the whole specification (stale entries are judged against it)
     * @param selection     the scenarios selected for this run
     * @param runs          one result per repetition, at least one
     * @param baseline      the target's expected failures
     * @param strict        whether detail scenarios fail the gate too
     */
    public static TargetOutcome judge(Specification specification, Specification selection, List<TargetResult> runs,
                                      Baseline baseline, boolean strict) {
        TargetResult first = runs.getFirst();
        List<Map<String, ScenarioResult>> byKey = runs.stream().map(Gate::byKey).toList();
        List<String> problems = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        Set<String> usedEntries = new HashSet<>();
        for (SpecScenario scenario : selection.scenarios()) {
            Cell cell = judge(scenario, byKey, baseline, first.target());
            if (cell.baselineEntry() != null) {
                usedEntries.add(cell.baselineEntry().key());
                if (cell.verdict() == Verdict.NOT_APPLICABLE) {
                    problems.add(cell.baselineEntry().origin() + ": stale baseline entry: '" + scenario.baselineName()
                            + "' does not apply to " + first.target() + " (" + scenario.versions() + ")");
                }
            }
            cells.add(cell);
        }
        staleEntries(specification, selection, baseline, usedEntries, first.target(), problems);
        Set<String> known = selection.byKey().keySet();
        for (ScenarioResult extra : first.scenarios()) {
            if (!known.contains(extra.location())) {
                problems.add("the engine ran '" + extra.name() + "' (" + extra.location()
                        + "), which the specification does not list: the runner and the specification disagree");
            }
        }
        if (first.crash() != null) {
            problems.add("the run on " + first.target() + " stopped early: " + first.crash());
        }
        manifest(selection, cells, first.target(), problems);
        Duration elapsed = runs.stream().map(TargetResult::elapsed).reduce(Duration.ZERO, Duration::plus);
        return new TargetOutcome(first.target(), first.version(), cells, problems, null, elapsed, strict);
    }

    /** A target that cannot run here: every selected scenario is missing, and the run is a harness error. */
    public static TargetOutcome cannotRun(Specification selection, String target, String version, String reason,
                                          boolean strict) {
        List<Cell> cells = selection.scenarios().stream().map(s -> new Cell(s, Verdict.MISSING, Verdict.MISSING,
                target + " cannot run: " + reason, null, null, List.of(Verdict.MISSING), List.of())).toList();
        return new TargetOutcome(target, version, cells, List.of(target + " cannot run: " + reason), reason,
                Duration.ZERO, strict);
    }

    private static Cell judge(SpecScenario scenario, List<Map<String, ScenarioResult>> runs, Baseline baseline,
                              String target) {
        List<ScenarioResult> results = runs.stream().map(run -> run.get(scenario.key())).toList();
        ScenarioResult first = results.getFirst();
        Baseline.Entry entry = baseline.find(scenario.ruleId(), scenario.baselineName()).orElse(null);
        if (first == null) {
            return new Cell(scenario, Verdict.NOT_RUN, Verdict.NOT_RUN, "selected and applicable to " + target
                    + ", but the engine reported no result for it", null, entry, List.of(Verdict.NOT_RUN), List.of());
        }
        List<Verdict> history = results.stream().map(r -> r == null ? Verdict.NOT_RUN : r.verdict()).toList();
        Verdict raw = first.verdict();
        Verdict verdict;
        String message = first.message();
        if (entry != null && entry.intermittent()
                && history.stream().allMatch(v -> v == Verdict.PASSED || v.isBaselinable())) {
            verdict = history.stream().allMatch(v -> v == Verdict.PASSED) ? Verdict.PASSED : Verdict.EXPECTED_FAILURE;
        } else if (new HashSet<>(history).size() > 1) {
            verdict = Verdict.FLAKY;
            message = "verdicts differ between runs: " + history.stream().map(Verdict::label)
                    .collect(Collectors.joining(", ")) + describeFirstProblem(results);
        } else if (entry != null && raw.isBaselinable()) {
            verdict = Verdict.EXPECTED_FAILURE;
        } else if (entry != null && raw == Verdict.PASSED) {
            verdict = Verdict.UNEXPECTED_PASS;
            message = "passes, but " + entry.origin() + " lists it as an expected failure (" + entry.reason()
                    + "): remove the entry";
        } else {
            verdict = raw;
        }
        return new Cell(scenario, verdict, raw, message, first.evidence(), entry, history, first.leakedThreads());
    }

    private static String describeFirstProblem(List<ScenarioResult> results) {
        return results.stream().filter(r -> r != null && r.verdict().isProblem()).findFirst()
                .map(r -> "\nfirst failing run: " + r.message()).orElse("");
    }

    private static void staleEntries(Specification specification, Specification selection, Baseline baseline, Set<String> used,
                                     String target, List<String> problems) {
        Set<String> everyScenario = new HashSet<>();
        specification.scenarios().forEach(s -> everyScenario.add(Baseline.Entry.key(s.ruleId(), s.baselineName())));
        Set<String> selected = new HashSet<>();
        selection.scenarios().forEach(s -> selected.add(Baseline.Entry.key(s.ruleId(), s.baselineName())));
        for (Baseline.Entry entry : baseline.entries()) {
            if (!everyScenario.contains(entry.key())) {
                problems.add(entry.origin() + ": stale baseline entry: no scenario of rule " + entry.ruleId()
                        + " is named '" + entry.scenarioName() + "'");
            } else if (selected.contains(entry.key()) && !used.contains(entry.key())) {
                problems.add(entry.origin() + ": stale baseline entry for " + target + ": '" + entry.scenarioName()
                        + "' did not run");
            }
        }
    }

    private static void manifest(Specification selection, List<Cell> cells, String target, List<String> problems) {
        if (selection.scenarios().isEmpty()) {
            problems.add("no scenario selected for " + target + ": " + selection.source()
                    + " has none (a tag expression that matches nothing?)");
            return;
        }
        long ran = cells.stream().filter(c -> c.verdict() != Verdict.NOT_APPLICABLE && c.verdict() != Verdict.NOT_RUN
                && c.verdict() != Verdict.MISSING).count();
        long notRun = cells.stream().filter(c -> c.verdict() == Verdict.NOT_RUN).count();
        if (ran == 0) {
            problems.add("no scenario ran on " + target + ": " + cells.size() + " selected, "
                    + (cells.size() - notRun) + " not applicable to its version or capabilities, " + notRun + " without a result");
        } else if (notRun > 0) {
            problems.add(notRun + " selected scenario(s) did not run on " + target + " (see the not-run cells)");
        }
    }

    private static Map<String, ScenarioResult> byKey(TargetResult run) {
        Map<String, ScenarioResult> map = new LinkedHashMap<>();
        run.scenarios().forEach(s -> map.putIfAbsent(s.location(), s));
        return map;
    }
}
