package dev.asynciotck.reports.report;

import dev.asynciotck.spec.SpecificationLoader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The living documentation shows, per rule, the CPython tests the bundled trace maps to it. */
class MatrixRowsTraceTest {

    @Test
    void aRuleRowCarriesTheCpythonTestsTracedToIt() {
        MatrixRows rows = MatrixRows.of(SpecificationLoader.bundled());
        MatrixRows.RuleRow negativeDelay = rows.features().stream().flatMap(f -> f.rules().stream())
                .filter(r -> r.id().equals("loop.timer.negative-delay")).findFirst().orElseThrow();
        assertThat(negativeDelay.cpythonTests())
                .contains("test_base_events::BaseEventLoopTests::test_call_later_negative_delays");
    }
}
