package dev.asynciotck.spec;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalog: outlines expanded as Cucumber expands them, keys, baseline names, tag selection. */
class SpecificationLoaderTest {

    private static final String FEATURE = """
            @area
            Feature: F
              Rule: R
                Link: https://docs.python.org/3/library/asyncio.html
                @rule-a.b.c
                Scenario Outline: same name for every row
                  Given the program:
                    \"\"\"python
                    print(<n>)
                    \"\"\"
                  Then the output is:
                    \"\"\"
                    <n>
                    \"\"\"
                  Examples:
                    | n |
                    | 1 |
                    | 2 |

                @rule-a.b.d @since-3.8
                Scenario: <unique>
                  Given the program:
                    \"\"\"python
                    pass
                    \"\"\"
                  Then the output is empty
                  And the program raises ValueError
            """;

    @Test
    void scenariosSharingARuleAndNameAreNumberedForBaselines() {
        SpecFeature feature = SpecificationLoader.parse("classpath:asynciotck/features/x.feature",
                FEATURE.getBytes(StandardCharsets.UTF_8));
        assertThat(feature.scenarios()).extracting(SpecScenario::baselineName)
                .containsExactly("same name for every row [example 1]", "same name for every row [example 2]", "<unique>");
        assertThat(feature.scenarios()).extracting(SpecScenario::key).containsExactly(
                "asynciotck/features/x.feature:17", "asynciotck/features/x.feature:18", "asynciotck/features/x.feature:21");
        SpecScenario first = feature.scenarios().getFirst();
        assertThat(first.ruleId()).isEqualTo("a.b.c");
        assertThat(first.ruleTitle()).isEqualTo("R");
        assertThat(first.program()).isEqualTo("print(1)");
        assertThat(first.expectedOutput()).isEqualTo("1\n");
        assertThat(feature.scenarios().getLast().describeExpectedOutcome()).isEqualTo("raises ValueError");
        assertThat(feature.ruleDescriptions().get("R")).startsWith("Link: https://docs.python.org/3/library/asyncio.html");
    }

    @Test
    void aTagExpressionSelectsScenariosWithInheritedTags() {
        SpecFeature feature = SpecificationLoader.parse("x.feature", FEATURE.getBytes(StandardCharsets.UTF_8));
        Specification catalog = new Specification("test", List.of(feature), null);
        assertThat(catalog.select("@area and @since-3.8").scenarios()).hasSize(1);
        assertThat(catalog.select("@nothing").features()).isEmpty();
        assertThatThrownBy(() -> catalog.select("@a and (")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void locationsAgreeBetweenCucumberUrisAndResourceNames() {
        assertThat(Locations.key("classpath:asynciotck/features/t.feature", 3)).isEqualTo("asynciotck/features/t.feature:3");
        assertThat(Locations.key("file:/tmp/a/../b.feature", 3)).isEqualTo("/tmp/b.feature:3");
    }
}
