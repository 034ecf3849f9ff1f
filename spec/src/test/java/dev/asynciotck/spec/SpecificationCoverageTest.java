package dev.asynciotck.spec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The coverage check: the committed specification is well formed, and the check catches each kind of fault. */
class SpecificationCoverageTest {

    private static final Path SPEC = Path.of("..", "features", "spec");

    private static final String PROGRAM = """
                Given the program:
                  \"\"\"python
                  pass
                  \"\"\"
                Then the output is empty
                And the program completes normally
            """;

    @Test
    void theCommittedSpecificationIsWellFormedAndEveryRuleHasAScenario() {
        Specification specification = SpecificationLoader.fromPaths(List.of(SPEC));
        assertThat(specification.scenarios()).hasSizeGreaterThan(200);
        assertThat(specification.rules().rules()).hasSizeGreaterThan(150);
        assertThat(Coverage.problems(specification)).isEmpty();
    }

    @Test
    void everyScenarioHasAProgramAnExpectedOutputAndAnOutcome() {
        assertThat(SpecificationLoader.load(SPEC)).allSatisfy(s -> {
            assertThat(s.program()).as(s.location()).isNotBlank();
            assertThat(s.expectedOutput()).as(s.location()).isNotNull();
            assertThat(s.expectedOutcome()).as(s.location()).isNotNull();
            s.versions();
        });
    }

    @Test
    void aWellFormedRuleAtEachLevelPasses(@TempDir Path dir) throws IOException {
        assertThat(problems(dir, """
                Feature: f
                  @rule-x.one @required
                  Rule: One.
                    Link: https://docs.python.org/3/x
                    Scenario: a
                """ + PROGRAM + """
                  @rule-x.two @optional @needs-eager-task-factory
                  Rule: Two.
                    Link: https://docs.python.org/3/y
                    Prose after the link.
                    Scenario: b
                """ + PROGRAM + """
                  @rule-x.three @detail
                  Rule: Three.
                    Link: https://docs.python.org/3/z
                    Detail: message text: CPython's wording
                    @since-3.8
                    Scenario: c
                """ + PROGRAM)).isEmpty();
    }

    @Test
    void aDetailRuleSaysWhatIsCPythonsOwnAndOnlyADetailRuleDoes(@TempDir Path dir) throws IOException {
        List<String> problems = problems(dir, """
                Feature: f
                  @rule-x.silent @detail
                  Rule: Silent.
                    Link: https://docs.python.org/3/x
                    Scenario: a
                """ + PROGRAM + """
                  @rule-x.said @detail
                  Rule: Said.
                    Link: https://docs.python.org/3/y
                    Detail: repr: CPython's repr of a task
                    Scenario: b
                """ + PROGRAM + """
                  @rule-x.misplaced @required
                  Rule: Misplaced.
                    Link: https://docs.python.org/3/z
                    Detail: message text
                    Scenario: c
                """ + PROGRAM);
        assertThat(problems).hasSize(2);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("Silent", "is @detail", "Detail: message text"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("Misplaced", "is not @detail"));
        Specification specification = SpecificationLoader.fromPaths(List.of(dir));
        assertThat(specification.rule("x.said")).map(Rule::detailReason).contains("repr: CPython's repr of a task");
        assertThat(specification.rule("x.misplaced")).map(Rule::detailReason).contains("");
    }

    @Test
    void aRuleNeedsExactlyOneIdOneLevelALinkAndAScenario(@TempDir Path dir) throws IOException {
        List<String> problems = problems(dir, """
                Feature: f
                  @required
                  Rule: No ID.
                    Link: https://docs.python.org/3/x
                    Scenario: a
                """ + PROGRAM + """
                  @rule-x.one @rule-x.two @required
                  Rule: Two IDs.
                    Link: https://docs.python.org/3/x
                    Scenario: b
                """ + PROGRAM + """
                  @rule-x.three
                  Rule: No level.
                    Link: https://docs.python.org/3/x
                    Scenario: c
                """ + PROGRAM + """
                  @rule-x.four @required @optional
                  Rule: Two levels.
                    Link: https://docs.python.org/3/x
                    Scenario: d
                """ + PROGRAM + """
                  @rule-x.five @required
                  Rule: No link.
                    Prose only.
                    Scenario: e
                """ + PROGRAM + """
                  @rule-x.six @required
                  Rule: No scenario.
                    Link: https://docs.python.org/3/x
                """);
        assertThat(problems).hasSize(6);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("a.feature:3", "No ID", "has 0 @rule- tags"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("a.feature:13", "has 2 @rule- tags [x.one, x.two]"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("a.feature:23", "has 0 level tags",
                "[@required, @optional, @detail]"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("a.feature:33", "has 2 level tags [@required, @optional]"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("a.feature:43", "Link: https://docs.python.org/3/"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("a.feature:53", "x.six", "has no scenario"));
    }

    @Test
    void aRuleIdIsStatedByOneRuleOnly(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.feature"), """
                Feature: g
                  @rule-x.one @required
                  Rule: One again.
                    Link: https://docs.python.org/3/x
                    Scenario: b
                """ + PROGRAM);
        List<String> problems = problems(dir, """
                Feature: f
                  @rule-x.one @required
                  Rule: One.
                    Link: https://docs.python.org/3/x
                    Scenario: a
                """ + PROGRAM);
        assertThat(problems).singleElement().asString().contains("b.feature:3", "x.one", "already stated",
                "a.feature:3");
    }

    @Test
    void aScenarioSitsInARuleInheritsItsIdAndUsesTheVocabulary(@TempDir Path dir) throws IOException {
        List<String> problems = problems(dir, """
                Feature: f
                  Scenario: outside
                """ + PROGRAM + """
                  @rule-x.one @required
                  Rule: One.
                    Link: https://docs.python.org/3/x
                    @rule-x.other
                    Scenario: own tag
                """ + PROGRAM + """
                    Scenario: odd step
                      Given the program:
                        \"\"\"python
                        pass
                        \"\"\"
                      Then the output contains "x"
                """);
        assertThat(problems).hasSize(3);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("a.feature:2", "outside any Rule"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("a.feature:13", "own tag", "[@rule-x.other]"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("a.feature:20", "unknown step",
                "the output contains \"x\"", "the program raises <ExceptionName>"));
    }

    @Test
    void aCapabilityMustBeKnownItsRuleOptionalAndAnOptionalRuleNeedsOne(@TempDir Path dir) throws IOException {
        List<String> problems = problems(dir, """
                Feature: f
                  @rule-x.plain @required @needs-threadsafe-callbacks
                  Rule: Plain.
                    Link: https://docs.python.org/3/x
                    Scenario: required rule
                """ + PROGRAM + """
                  @rule-x.extra @optional @needs-eager-task-factory
                  Rule: Extra.
                    Link: https://docs.python.org/3/y
                    @needs-teleportation
                    Scenario: unknown capability
                """ + PROGRAM + """
                  @rule-x.bare @optional
                  Rule: Bare.
                    Link: https://docs.python.org/3/z
                    Scenario: optional without a capability
                """ + PROGRAM);
        assertThat(problems).hasSize(3);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("a.feature:5", "threadsafe-callbacks",
                "x.plain is @required"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("a.feature:16", "@needs-teleportation",
                "names no capability"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("a.feature:", "Bare", "is @optional but names "
                + "no capability"));
        assertThat(CapabilityTags.required(List.of("@rule-x.extra", "@needs-eager-task-factory", "@since-3.12")))
                .containsExactly("eager-task-factory");
    }

    private static List<String> problems(Path dir, String feature) throws IOException {
        Files.writeString(dir.resolve("a.feature"), feature);
        return Coverage.problems(SpecificationLoader.fromPaths(List.of(dir)));
    }
}
