package dev.asynciotck.spec;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No {@code required} or {@code optional} scenario of the committed specification expects text that CPython composes
 * rather than the program: asyncio's and the interpreter's exception messages, the exception handler's messages,
 * reprs of asyncio's objects and default task names. Such text is CPython's detail (its pure-Python asyncio, PyPy and
 * GraalPy word it otherwise), so it belongs to a {@code @detail} rule; a required scenario prints the exception's
 * type instead (features/README.md, Levels). The phrases are taken from CPython's asyncio and interpreter sources
 * (3.6–3.13); the check is cheap and has no false positives on the specification, so it runs with the build.
 */
class RequiredOutputWordingTest {

    private static final Path SPEC = Path.of("..", "features", "spec");

    /** Text CPython composes: never in a program's own output. Each a literal piece of a CPython message. */
    static final List<String> CPYTHON_PHRASES = List.of(
            // asyncio's futures and tasks
            "Result is not set", "Exception is not set", "Result is not ready", "Exception is not ready",
            "invalid state", "Task does not support set_", "Task cannot await on itself", "attached to a different loop",
            "StopIteration interacts badly", "await wasn't used with future", "Task got bad yield",
            "yield was used instead of yield from", "The future belongs to a different loop",
            "loop argument must agree with Future", "An asyncio.Future, a coroutine or an awaitable is required",
            "task factory must be a callable",
            // the loop
            "Event loop is closed", "no running event loop", "This event loop is already running",
            "Cannot close a running event loop", "cannot be called from a running event loop",
            "Cannot run the event loop while another loop is running", "Event loop stopped before Future completed",
            "A callable object or None is expected", "There is no current event loop",
            // the exception handler's messages
            "Exception in callback", "exception was never retrieved", "Task was destroyed but it is pending",
            "unhandled exception during asyncio.run() shutdown",
            "an error occurred during closing of asynchronous generator",
            // combinators and structured concurrency
            "expect a list of futures", "Set of Tasks/Futures is empty", "Set of coroutines/Futures is empty",
            "unhandled errors in a TaskGroup", "has not been entered", "has already been entered", "is shutting down",
            "Cannot change state of",
            // the interpreter
            "coroutine is being awaited already", "cannot reuse already awaited coroutine", "ignored GeneratorExit",
            "can't be used in 'await' expression", "was never awaited",
            // reprs of asyncio's objects
            "<Task ", "<Future ", "<Timeout ", "<TaskGroup", "<_UnixSelectorEventLoop", "<Handle ", "<TimerHandle ");

    /** Default task names (Task-1, …) are CPython's counter. */
    static final Pattern DEFAULT_TASK_NAME = Pattern.compile("\\bTask-\\d+\\b");

    /**
     * Required rules known to print CPython's text whose split is under way elsewhere, with why; an entry that no
     * longer matches anything fails the test, so it is removed when the split lands.
     */
    static final Map<String, String> BEING_SPLIT = Map.of();

    @Test
    void noRequiredScenarioExpectsTextCPythonComposes() {
        List<String> found = new ArrayList<>();
        TreeSet<String> exemptionsUsed = new TreeSet<>();
        for (SpecScenario scenario : SpecificationLoader.load(SPEC)) {
            Rule rule = scenario.rule() == null ? null : scenario.rule().rule().orElse(null);
            if (rule == null || rule.level() == RuleLevel.DETAIL || scenario.expectedOutput() == null) {
                continue;
            }
            List<String> phrases = phrasesIn(scenario.expectedOutput());
            if (phrases.isEmpty()) {
                continue;
            }
            if (BEING_SPLIT.containsKey(rule.id())) {
                exemptionsUsed.add(rule.id());
            } else {
                found.add(scenario.location() + " [" + rule.id() + ", " + rule.level().tag() + "] " + scenario.name()
                        + ": expects CPython's " + phrases + "; print the exception's type and move the text to a "
                        + "@detail companion rule");
            }
        }
        assertThat(found).as("required scenarios expecting CPython's wording").isEmpty();
        assertThat(exemptionsUsed).as("exemptions still needed").containsExactlyInAnyOrderElementsOf(BEING_SPLIT.keySet());
    }

    @Test
    void thePhrasesAreFoundWhereCPythonsWordingIsSpecified() {
        // Each detail rule that states a message prints one of the phrases: the list is not empty of meaning.
        long wordingScenarios = SpecificationLoader.load(SPEC).stream()
                .filter(s -> s.ruleId().endsWith(".wording") && s.expectedOutput() != null)
                .filter(s -> !phrasesIn(s.expectedOutput()).isEmpty()).count();
        assertThat(wordingScenarios).isGreaterThan(15);
        assertThat(phrasesIn("handler: Task was destroyed but it is pending!\nTask-3 ran")).hasSize(2);
        assertThat(phrasesIn("refused with RuntimeError\nmy-Task-name")).isEmpty();
    }

    static List<String> phrasesIn(String output) {
        List<String> phrases = new ArrayList<>(CPYTHON_PHRASES.stream().filter(output::contains).toList());
        var names = DEFAULT_TASK_NAME.matcher(output);
        if (names.find()) {
            phrases.add(names.group());
        }
        return phrases;
    }
}
