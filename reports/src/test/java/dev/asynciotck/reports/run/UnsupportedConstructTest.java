package dev.asynciotck.reports.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A program outside the interpreter's subset fails its own scenario, with its place; the others still run. */
class UnsupportedConstructTest {

    @Test
    void anUnsupportedConstructFailsOnlyItsScenarioAndNamesItsPlace(@TempDir Path dir) throws IOException {
        Path feature = dir.resolve("mixed.feature");
        Files.writeString(feature, """
                Feature: one scenario outside the subset, one inside
                  @rule-test.subset.outside
                  Scenario: a module other than asyncio
                    Given the program:
                      \"\"\"python
                      print("before")
                      import os
                      \"\"\"
                    Then the output is:
                      \"\"\"
                      before
                      \"\"\"

                  @rule-test.subset.inside
                  Scenario: plain asyncio
                    Given the program:
                      \"\"\"python
                      import asyncio
                      async def main():
                          await asyncio.sleep(0)
                          print("inside")
                      asyncio.run(main())
                      \"\"\"
                    Then the output is:
                      \"\"\"
                      inside
                      \"\"\"
                    And the program completes normally
                """);
        TargetResult result = SuiteRunner.run("reference", SuiteOptions.defaults().withFeatures(List.of(feature)));

        assertThat(result.scenarios()).hasSize(2);
        assertThat(result.scenarios()).filteredOn(s -> s.tags().contains("rule-test.subset.outside"))
                .singleElement().satisfies(s -> {
                    assertThat(s.verdict()).isEqualTo(Verdict.UNSUPPORTED);
                    assertThat(s.message()).contains("unsupported Python construct: import of module 'os' at line 2, column 8");
                });
        assertThat(result.scenarios()).filteredOn(s -> s.tags().contains("rule-test.subset.inside"))
                .singleElement().extracting(ScenarioResult::verdict).isEqualTo(Verdict.PASSED);
    }
}
