package dev.asynciotck.reports.cli;

import dev.asynciotck.reports.gate.Baseline;
import dev.asynciotck.reports.run.Shard;
import dev.asynciotck.reports.run.SuiteOptions;
import dev.asynciotck.spec.Specification;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the options of {@code tck run} say, checked ({@link RunCommand} builds it; a problem is a usage error). */
record RunPlan(List<String> targets, List<Path> classpath, Specification specification, Specification selection,
               Map<String, Baseline> baselines, Map<String, Path> writeBaselines, SuiteOptions options,
               Path reportDir, int targetsAtOnce, Set<String> strictTargets, Shard shard,
               Map<String, Duration> targetTimeouts) {

    /** The time limit per scenario on {@code target}: its {@code --target-timeout}, else {@code --timeout}. */
    Duration timeout(String target) {
        return targetTimeouts.getOrDefault(target, options.timeout());
    }

    /** Whether {@code target} is gated on detail scenarios too. */
    boolean strict(String target) {
        return strictTargets.contains(GateOptions.ALL_TARGETS) || strictTargets.contains(target);
    }

    /** {@code --target-timeout TARGET=SECONDS} values, per target of the run. */
    static Map<String, Duration> targetTimeouts(List<String> values, List<String> targets) throws UsageException {
        Map<String, Duration> perTarget = new LinkedHashMap<>();
        for (String value : values) {
            String target = targets.stream().filter(t -> value.startsWith(t + "=")).findFirst().orElse(null);
            if (target == null) {
                throw new UsageException("--target-timeout " + value + ": not TARGET=SECONDS for a target of this run "
                        + targets);
            }
            String seconds = value.substring(target.length() + 1);
            double limit;
            try {
                limit = Double.parseDouble(seconds);
            } catch (NumberFormatException e) {
                limit = Double.NaN;
            }
            if (!(limit > 0) || !Double.isFinite(limit)) {
                throw new UsageException("--target-timeout " + value + ": the time limit must be a positive number of "
                        + "seconds, not " + seconds);
            }
            perTarget.put(target, Duration.ofMillis((long) (limit * 1000)));
        }
        return Map.copyOf(perTarget);
    }

    /** The run's information in every report: these options, and the raw {@code --timeout}, tags and repeat. */
    Map<String, Object> info(String tags, double timeoutSeconds, int repeat) {
        Map<String, Object> info = new LinkedHashMap<>();
        // Names the run in every report it writes, so reports of two runs can never pass for one.
        info.put("id", java.util.UUID.randomUUID().toString());
        info.put("started", Instant.now().toString());
        info.put("targets", targets);
        info.put("tags", tags);
        info.put("timeoutSeconds", timeoutSeconds);
        if (!targetTimeouts.isEmpty()) {
            info.put("targetTimeouts", targetTimeouts.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue().toMillis() / 1000.0).sorted().toList());
        }
        info.put("repeat", repeat);
        info.put("jobs", options.parallelism());
        info.put("targetsAtOnce", targetsAtOnce);
        info.put("specification", selection.source());
        if (shard != null) {
            info.put("shard", shard.toString());
        }
        info.put("strict", targets.stream().filter(this::strict).toList());
        info.put("baselines", baselines.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().source()).toList());
        return info;
    }
}
