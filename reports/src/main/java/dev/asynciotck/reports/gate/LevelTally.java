package dev.asynciotck.reports.gate;

import dev.asynciotck.spec.RuleLevel;

import java.util.Locale;

/**
 * How a target did at one rule level: of the scenarios of that level that apply to it, how many passed.
 *
 * @param level      the rule level
 * @param passed     scenarios of the level that passed (an expected failure does not count)
 * @param applicable scenarios of the level that apply to the target (all selected ones but the not-applicable)
 */
public record LevelTally(RuleLevel level, long passed, long applicable) {

    /** The level's name as reports show it: {@code required}, {@code optional}, {@code detail}. */
    public String name() {
        return level.name().toLowerCase(Locale.ROOT);
    }

    /** {@code required 231/239}. */
    @Override
    public String toString() {
        return name() + " " + passed + "/" + applicable;
    }
}
