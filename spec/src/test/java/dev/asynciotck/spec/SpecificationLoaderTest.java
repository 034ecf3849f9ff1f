package dev.asynciotck.spec;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The loader: outlines expanded as Cucumber expands them, keys, baseline names, rules, tag selection. */
class SpecificationLoaderTest {

    private static final String FEATURE = """
            @area
            Feature: F
              @rule-a.b.c @required
              Rule: R
                Link: https://docs.python.org/3/library/asyncio.html
                Prose.

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

              @rule-a.b.d @optional @needs-virtual-clock
              Rule: S
                Link: https://docs.python.org/3/library/asyncio-task.html

                @since-3.8
                Scenario: <unique>
                  Given the program:
                    \"\"\"python
                    pass
                    \"\"\"
                  Then the output is empty
                  And the program raises ValueError
            """;

    private static SpecFeature parse(String uri) {
        return FeatureParser.parse(uri, FEATURE.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void scenariosSharingARuleAndNameAreNumberedForBaselines() {
        SpecFeature feature = parse("classpath:asynciotck/features/x.feature");
        assertThat(feature.scenarios()).extracting(SpecScenario::baselineName)
                .containsExactly("same name for every row [example 1]", "same name for every row [example 2]", "<unique>");
        assertThat(feature.scenarios()).extracting(SpecScenario::key).containsExactly(
                "asynciotck/features/x.feature:19", "asynciotck/features/x.feature:20", "asynciotck/features/x.feature:27");
        SpecScenario first = feature.scenarios().getFirst();
        assertThat(first.ruleId()).isEqualTo("a.b.c");
        assertThat(first.ruleTitle()).isEqualTo("R");
        assertThat(first.program()).isEqualTo("print(1)");
        assertThat(first.expectedOutput()).isEqualTo("1\n");
        assertThat(first.steps()).containsExactly("the program:", "the output is:");
        assertThat(feature.scenarios().getLast().describeExpectedOutcome()).isEqualTo("raises ValueError");
    }

    @Test
    void scenariosInheritTheirRulesTagsAndTheRegistryComesFromTheRules() {
        Specification specification = Specification.of("test", List.of(parse("x.feature")));
        SpecScenario last = specification.scenarios().getLast();
        assertThat(last.ruleId()).isEqualTo("a.b.d");
        assertThat(last.tags()).contains("@area", "@rule-a.b.d", "@optional", "@needs-virtual-clock", "@since-3.8");
        assertThat(CapabilityTags.required(last.tags())).containsExactly("virtual-clock");
        assertThat(specification.rules().rules()).containsExactly(
                new Rule("a.b.c", RuleLevel.REQUIRED, "https://docs.python.org/3/library/asyncio.html", "R", "x.feature:4"),
                new Rule("a.b.d", RuleLevel.OPTIONAL, "https://docs.python.org/3/library/asyncio-task.html", "S",
                        "x.feature:23"));
        assertThat(specification.features().getFirst().rules().getFirst().description()).endsWith("Prose.");
    }

    @Test
    void aTagExpressionSelectsScenariosWithInheritedTags() {
        Specification specification = Specification.of("test", List.of(parse("x.feature")));
        assertThat(specification.select("@area and @since-3.8").scenarios()).hasSize(1);
        assertThat(specification.select("@required").scenarios()).hasSize(2);
        assertThat(specification.select("@nothing").features()).isEmpty();
        assertThatThrownBy(() -> specification.select("@a and (")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void locationsAgreeBetweenCucumberUrisAndResourceNames() {
        assertThat(Locations.key("classpath:asynciotck/features/t.feature", 3)).isEqualTo("asynciotck/features/t.feature:3");
        assertThat(Locations.key("file:/tmp/a/../b.feature", 3)).isEqualTo("/tmp/b.feature:3");
    }
}
