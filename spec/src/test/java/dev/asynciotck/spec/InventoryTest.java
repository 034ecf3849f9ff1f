package dev.asynciotck.spec;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/api-coverage.md, the inventory of asyncio's documented API, cannot rot: the last column of each of its
 * table rows names rules (in backticks) that exist in features/spec, or says "none:" and why.
 */
class InventoryTest {

    private static final Path INVENTORY = Path.of("..", "docs", "api-coverage.md");
    private static final Pattern QUOTED = Pattern.compile("`([^`]+)`");

    @Test
    void everyRowNamesExistingRulesOrSaysWhyNone() throws IOException {
        Specification specification = SpecificationLoader.fromPaths(List.of(Path.of("..", "features", "spec")));
        List<String> problems = new ArrayList<>();
        int rows = 0;
        List<String> lines = Files.readAllLines(INVENTORY);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("|") || line.startsWith("|---") || line.startsWith("| item ")
                    || line.startsWith("| version ")) {
                continue;
            }
            rows++;
            String[] cells = line.split("\\|");
            String rules = cells[cells.length - 1].strip();
            String place = INVENTORY.getFileName() + ":" + (i + 1);
            if (rules.startsWith("none:")) {
                continue;
            }
            Matcher m = QUOTED.matcher(rules);
            int named = 0;
            while (m.find()) {
                named++;
                if (specification.rule(m.group(1)).isEmpty()) {
                    problems.add(place + ": no rule " + m.group(1));
                }
            }
            if (named == 0) {
                problems.add(place + ": names no rule and does not say 'none:' and why");
            }
        }
        assertThat(rows).as("table rows in " + INVENTORY).isGreaterThan(100);
        assertThat(problems).as("rows of " + INVENTORY).isEmpty();
    }
}
