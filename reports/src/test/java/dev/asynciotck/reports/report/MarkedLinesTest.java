package dev.asynciotck.reports.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.asynciotck.reports.report.MarkedLines.Mark.DIFFERS;
import static dev.asynciotck.reports.report.MarkedLines.Mark.MISSING;
import static dev.asynciotck.reports.report.MarkedLines.Mark.SAME;
import static org.assertj.core.api.Assertions.assertThat;

/** The marking of a target's output against CPython's on the rule pages. */
class MarkedLinesTest {

    @Test
    void aChangedLineIsMarkedWhereItStandsAndCPythonsLineShownAsMissing() {
        assertThat(MarkedLines.of("a\nb\nc\n", "a\nB\nc\n")).containsExactly(
                new MarkedLines.Line(SAME, "a"), new MarkedLines.Line(DIFFERS, "B"),
                new MarkedLines.Line(MISSING, "b"), new MarkedLines.Line(SAME, "c"));
    }

    @Test
    void reorderedLinesKeepTheLongestCommonRunAndMarkTheRest() {
        List<MarkedLines.Line> lines = MarkedLines.of("1\n2\n3\n4\n", "2\n1\n3\n4\n");
        assertThat(lines).filteredOn(l -> l.mark() == SAME).extracting(MarkedLines.Line::text)
                .containsExactly("1", "3", "4");
        assertThat(lines).filteredOn(l -> l.mark() == DIFFERS).extracting(MarkedLines.Line::text).containsExactly("2");
        assertThat(lines).filteredOn(l -> l.mark() == MISSING).extracting(MarkedLines.Line::text).containsExactly("2");
    }

    @Test
    void extraAndMissingTailsAndEmptyOutputs() {
        assertThat(MarkedLines.of("a\n", "a\nextra\n")).containsExactly(
                new MarkedLines.Line(SAME, "a"), new MarkedLines.Line(DIFFERS, "extra"));
        assertThat(MarkedLines.of("a\nb\n", "")).containsExactly(
                new MarkedLines.Line(MISSING, "a"), new MarkedLines.Line(MISSING, "b"));
        assertThat(MarkedLines.of("", "")).isEmpty();
        assertThat(MarkedLines.of(null, "x\n")).containsExactly(new MarkedLines.Line(DIFFERS, "x"));
    }
}
