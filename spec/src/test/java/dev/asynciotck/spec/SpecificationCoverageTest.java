package dev.asynciotck.spec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The coverage check: the committed specification is complete, and the check catches each kind of gap. */
class SpecificationCoverageTest {

    private static final Path FEATURES = Path.of("..", "features");

    @Test
    void everyScenarioNamesARegisteredRuleAndEveryRuleHasAScenario() {
        RuleRegistry registry = RuleRegistry.load(FEATURES.resolve("rules"));
        List<SpecScenario> scenarios = SpecificationLoader.load(FEATURES.resolve("spec"));
        assertThat(scenarios).isNotEmpty();
        assertThat(Coverage.problems(registry, scenarios)).isEmpty();
    }

    @Test
    void everyScenarioHasAProgramAnExpectedOutputAndAnOutcome() {
        assertThat(SpecificationLoader.load(FEATURES.resolve("spec"))).allSatisfy(s -> {
            assertThat(s.program()).as(s.location()).isNotBlank();
            assertThat(s.expectedOutput()).as(s.location()).isNotNull();
            assertThat(s.expectedOutcome()).as(s.location()).isNotNull();
            s.versions();
        });
    }

    @Test
    void reportsAnUnregisteredRuleARuleWithoutScenarioAndAScenarioWithoutRule(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.tsv"), "x.covered\trequired\thttps://docs.python.org/3/x\tCovered.\n"
                + "x.lonely\toptional\thttps://docs.python.org/3/y\tNo scenario.\n");
        Files.writeString(dir.resolve("a.feature"), """
                Feature: f
                  @rule-x.covered
                  Scenario: covered
                    Given the program:
                      \"\"\"python
                      pass
                      \"\"\"
                  @rule-x.unknown
                  Scenario: unregistered
                    Given the program:
                      \"\"\"python
                      pass
                      \"\"\"
                  Scenario: no rule
                    Given the program:
                      \"\"\"python
                      pass
                      \"\"\"
                """);
        List<String> problems = Coverage.problems(RuleRegistry.load(dir), SpecificationLoader.load(dir));
        assertThat(problems).hasSize(3);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("a.feature:9", "x.unknown", "not registered"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("a.feature:14", "names 0 rules"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("a.tsv:2", "x.lonely", "no scenario"));
    }

    @Test
    void aCapabilityTagMustNameAKnownCapabilityOnAnOptionalRule(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.tsv"), "x.plain\trequired\thttps://docs.python.org/3/x\tPlain.\n"
                + "x.extra\toptional\thttps://docs.python.org/3/y\tExtra.\n");
        Files.writeString(dir.resolve("a.feature"), """
                Feature: f
                  @rule-x.extra @needs-eager-task-factory
                  Scenario: fine
                    Given the program:
                      \"\"\"python
                      pass
                      \"\"\"
                  @rule-x.plain @needs-threadsafe-callbacks
                  Scenario: required rule
                    Given the program:
                      \"\"\"python
                      pass
                      \"\"\"
                  @rule-x.extra @needs-teleportation
                  Scenario: unknown capability
                    Given the program:
                      \"\"\"python
                      pass
                      \"\"\"
                """);
        List<String> problems = Coverage.problems(RuleRegistry.load(dir), SpecificationLoader.load(dir));
        assertThat(problems).hasSize(2);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("a.feature:9", "threadsafe-callbacks", "required rule x.plain"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("a.feature:15", "@needs-teleportation", "names no capability"));
        assertThat(CapabilityTags.required(List.of("@rule-x.extra", "@needs-eager-task-factory", "@since-3.12")))
                .containsExactly("eager-task-factory");
    }

    @Test
    void aDuplicateIdOrAMalformedLineNamesFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.tsv"), "# comment\nx.one\trequired\thttps://docs.python.org/3/x\tOne.\n");
        Files.writeString(dir.resolve("b.tsv"), "x.one\trequired\thttps://docs.python.org/3/x\tAgain.\n");
        assertThatThrownBy(() -> RuleRegistry.load(dir)).hasMessageContaining("b.tsv:1")
                .hasMessageContaining("already registered").hasMessageContaining("a.tsv:2");

        Files.writeString(dir.resolve("b.tsv"), "x.two\tsometimes\thttps://docs.python.org/3/x\tTwo.\n");
        assertThatThrownBy(() -> RuleRegistry.load(dir)).hasMessageContaining("b.tsv:1")
                .hasMessageContaining("required or optional");
    }
}
