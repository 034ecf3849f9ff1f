package dev.asynciotck.reports.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A target's output lines set against CPython's, for the side-by-side columns of a rule page: each line the target
 * printed is {@code same} (part of the longest common subsequence of lines with CPython's output) or
 * {@code differs}, and each of CPython's lines the target did not print shows as {@code missing} where it would
 * have come. Outputs are a few dozen lines, so the quadratic table is cheap.
 */
final class MarkedLines {

    /** How a shown line relates to CPython's output. */
    enum Mark { SAME, DIFFERS, MISSING }

    /** One shown line. */
    record Line(Mark mark, String text) {
    }

    private MarkedLines() {
    }

    static List<Line> of(String expected, String actual) {
        List<String> want = lines(expected);
        List<String> got = lines(actual);
        int[][] common = new int[want.size() + 1][got.size() + 1];
        for (int i = want.size() - 1; i >= 0; i--) {
            for (int j = got.size() - 1; j >= 0; j--) {
                common[i][j] = want.get(i).equals(got.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> shown = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < want.size() || j < got.size()) {
            if (i < want.size() && j < got.size() && want.get(i).equals(got.get(j))) {
                shown.add(new Line(Mark.SAME, got.get(j++)));
                i++;
            } else if (j < got.size() && (i == want.size() || common[i][j + 1] >= common[i + 1][j])) {
                shown.add(new Line(Mark.DIFFERS, got.get(j++)));
            } else {
                shown.add(new Line(Mark.MISSING, want.get(i++)));
            }
        }
        return shown;
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : text.lines().toList();
    }
}
