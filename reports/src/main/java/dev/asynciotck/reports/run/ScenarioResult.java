package dev.asynciotck.reports.run;

import java.util.Set;

/**
 * One scenario on one target.
 *
 * @param location the feature resource and line, e.g. {@code asynciotck/features/tasks/x.feature:12}
 * @param name     the scenario's name (an outline's example name included)
 * @param tags     its tags, without the leading {@code @}
 * @param verdict  what it came to
 * @param message  why, for anything but a pass; empty for a pass
 */
public record ScenarioResult(String location, String name, Set<String> tags, Verdict verdict, String message) {
}
