package dev.asynciotck.reports.report;

import dev.asynciotck.reports.gate.Cell;
import dev.asynciotck.reports.gate.TargetOutcome;
import dev.asynciotck.reports.run.Verdict;
import dev.asynciotck.spec.SpecScenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's feature areas: a scenario's area is the folder its feature file sits in ({@code tasks} for
 * {@code features/spec/tasks/cancel.feature}), so an area is what a reader browsing {@code features/spec/} sees.
 * The folder was chosen over the rule ID's first segment because the folders are few (a dozen) and curated,
 * while rule prefixes are many and uneven.
 *
 * @param areas each area in order of first appearance in the specification, with every target's figures
 */
record FeatureAreas(List<Area> areas) {

    /** One area: its name, how many scenarios it has, and per target (in run order) its figures. */
    record Area(String name, int scenarios, List<Rate> rates) {
    }

    /**
     * A target's figures in one area.
     *
     * @param passed     scenarios that passed
     * @param applicable scenarios that apply to the target (all but the not-applicable)
     */
    record Rate(String target, long passed, long applicable) {

        /** The pass rate in percent, or -1 when nothing applies. */
        double percent() {
            return applicable == 0 ? -1 : 100.0 * passed / applicable;
        }

        /** {@code 97.5% (117/120)}, or {@code n/a} when nothing applies. */
        String label() {
            return applicable == 0 ? "n/a (none applicable)"
                    : String.format(java.util.Locale.ROOT, "%.1f%% (%d/%d)", percent(), passed, applicable);
        }
    }

    /** The area of a scenario: the name of the folder of its feature file. */
    static String areaOf(SpecScenario scenario) {
        String uri = scenario.featureUri().replace('\\', '/');
        int slash = uri.lastIndexOf('/');
        if (slash <= 0) {
            return "(top level)";
        }
        String folder = uri.substring(0, slash);
        return folder.substring(folder.lastIndexOf('/') + 1);
    }

    static FeatureAreas of(List<SpecScenario> scenarios, List<TargetOutcome> outcomes) {
        return of(scenarios, outcomes, FeatureAreas::areaOf);
    }

    /** Every scenario as one area named {@code name}: the whole selection's figures. */
    static Area overall(String name, List<SpecScenario> scenarios, List<TargetOutcome> outcomes) {
        return of(scenarios, outcomes, s -> name).areas().getFirst();
    }

    private static FeatureAreas of(List<SpecScenario> scenarios, List<TargetOutcome> outcomes,
                                   java.util.function.Function<SpecScenario, String> areaOfScenario) {
        Map<String, List<String>> keysByArea = new LinkedHashMap<>();
        scenarios.forEach(s -> keysByArea.computeIfAbsent(areaOfScenario.apply(s), a -> new ArrayList<>()).add(s.key()));
        if (keysByArea.isEmpty()) {
            keysByArea.put("(no scenarios)", List.of());
        }
        Map<String, Map<String, Cell>> cells = JsonReports.cellsByTarget(outcomes);
        List<Area> areas = new ArrayList<>();
        keysByArea.forEach((area, keys) -> {
            List<Rate> rates = new ArrayList<>();
            for (TargetOutcome outcome : outcomes) {
                Map<String, Cell> byKey = cells.get(outcome.target());
                long passed = 0;
                long applicable = 0;
                for (String key : keys) {
                    Cell cell = byKey.get(key);
                    if (cell != null && cell.verdict() != Verdict.NOT_APPLICABLE) {
                        applicable++;
                        passed += cell.verdict() == Verdict.PASSED ? 1 : 0;
                    }
                }
                rates.add(new Rate(outcome.target(), passed, applicable));
            }
            areas.add(new Area(area, keys.size(), rates));
        });
        return new FeatureAreas(List.copyOf(areas));
    }
}
