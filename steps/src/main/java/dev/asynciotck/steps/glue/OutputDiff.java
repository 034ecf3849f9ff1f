package dev.asynciotck.steps.glue;

import java.util.ArrayList;
import java.util.List;

/**
 * A readable line-by-line comparison of expected and actual output for failure messages: each line is
 * marked {@code  } (same), {@code -} (expected only) or {@code +} (actual only), aligned on the longest
 * common subsequence of lines.
 */
public final class OutputDiff {

    private OutputDiff() {
    }

    public static String render(String expected, String actual) {
        String[] a = lines(expected);
        String[] b = lines(actual);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                out.add("  " + a[i++]);
                j++;
            } else if (j < b.length && (i == a.length || common[i][j + 1] >= common[i + 1][j])) {
                out.add("+ " + b[j++]);
            } else {
                out.add("- " + a[i++]);
            }
        }
        return String.join("\n", out);
    }

    /** The lines of a text, showing a missing final newline as its own marker line. */
    private static String[] lines(String text) {
        if (text.isEmpty()) {
            return new String[0];
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (lines.getLast().isEmpty()) {
            lines.removeLast();
        } else {
            lines.add("\\ no newline at end of output");
        }
        return lines.toArray(String[]::new);
    }
}
