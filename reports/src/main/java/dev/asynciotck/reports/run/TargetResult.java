package dev.asynciotck.reports.run;

import java.time.Duration;
import java.util.List;

/**
 * Every scenario on one target.
 *
 * @param target    the target's name
 * @param version   its asyncio version, or {@code ?} when it could not be found
 * @param scenarios one result per scenario, in the order they finished
 * @param elapsed   the wall time of the run
 * @param crash     why the engine stopped before the end, or {@code null} when it ran to the end
 */
public record TargetResult(String target, String version, List<ScenarioResult> scenarios, Duration elapsed,
                           String crash) {

    public TargetResult {
        scenarios = List.copyOf(scenarios);
    }

    public TargetResult(String target, String version, List<ScenarioResult> scenarios, Duration elapsed) {
        this(target, version, scenarios, elapsed, null);
    }

    public long count(Verdict verdict) {
        return scenarios.stream().filter(s -> s.verdict() == verdict).count();
    }

    /** The scenarios that fail a gate. */
    public List<ScenarioResult> problems() {
        return scenarios.stream().filter(s -> s.verdict().isProblem()).toList();
    }

    /** One line: name, version, passed / failed / not applicable, and any other verdict that occurred. */
    public String summaryLine() {
        StringBuilder line = new StringBuilder(String.format("%-22s %-5s %3d passed, %3d failed, %3d not applicable",
                target, version, count(Verdict.PASSED), count(Verdict.FAILED), count(Verdict.NOT_APPLICABLE)));
        for (Verdict other : List.of(Verdict.TIMEOUT, Verdict.UNSUPPORTED, Verdict.ERROR, Verdict.MISSING)) {
            long n = count(other);
            if (n > 0) {
                line.append(", ").append(n).append(' ').append(other.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return line.append(String.format(" (%.1f s)", elapsed.toMillis() / 1000.0)).toString();
    }
}
