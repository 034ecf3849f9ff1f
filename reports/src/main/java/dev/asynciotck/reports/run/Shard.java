package dev.asynciotck.reports.run;

import dev.asynciotck.spec.SpecFeature;
import dev.asynciotck.spec.SpecScenario;
import dev.asynciotck.spec.Specification;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Part {@code index} of {@code count} of a selection ({@code tck run --shard K/N}), for spreading one run over
 * the jobs of a CI matrix.
 *
 * <p>The assignment is round-robin over the selected scenarios sorted by their {@linkplain #identity identity}
 * (rule ID, then the scenario's baseline name): the i-th scenario of that order (from 0) belongs to shard
 * {@code i mod N + 1}. It depends on the specification and the selection only, not on the machine, the checkout's
 * path or the run, so the N shards of one selection cover each selected scenario exactly once, and their sizes
 * differ by at most one. Sorting by rule spreads each rule's scenarios over the shards.
 *
 * @param index which part, from 1
 * @param count how many parts, at least 1
 */
public record Shard(int index, int count) {

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N, not " + index + "/" + count);
        }
    }

    /**
     * Parses {@code K/N}.
     *
     * @throws IllegalArgumentException naming what is wrong with it
     */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 2 || !parts[0].matches("\\d{1,9}") || !parts[1].matches("\\d{1,9}")) {
            throw new IllegalArgumentException("'" + text + "' is not K/N (shard K of N, e.g. 2/4)");
        }
        int index = Integer.parseInt(parts[0]);
        int count = Integer.parseInt(parts[1]);
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("'" + text + "': K/N needs 1 <= K <= N");
        }
        return new Shard(index, count);
    }

    /** A scenario's machine-independent name: its rule ID and baseline name (unique in a specification). */
    public static String identity(SpecScenario scenario) {
        return scenario.ruleId() + "\t" + scenario.baselineName();
    }

    /** The keys of this shard's scenarios of {@code selection}. */
    public Set<String> keys(Specification selection) {
        List<SpecScenario> sorted = selection.scenarios().stream()
                .sorted(Comparator.comparing(Shard::identity).thenComparing(SpecScenario::key)).toList();
        Set<String> mine = new HashSet<>();
        for (int i = index - 1; i < sorted.size(); i += count) {
            mine.add(sorted.get(i).key());
        }
        return mine;
    }

    /** {@code selection} restricted to this shard's scenarios (features left without scenarios are dropped). */
    public Specification select(Specification selection) {
        Set<String> mine = keys(selection);
        List<SpecFeature> features = selection.features().stream()
                .map(f -> new SpecFeature(f.uri(), f.name(), f.description(), f.rules(),
                        f.scenarios().stream().filter(s -> mine.contains(s.key())).toList()))
                .filter(f -> !f.scenarios().isEmpty())
                .toList();
        return new Specification(selection.source() + ", shard " + this, features, selection.rules());
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
