package dev.asynciotck.steps.glue;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;

/**
 * The Cucumber plugin that tells the step definitions which target to run on, so that one JVM can run the
 * suite on several targets at once, each run with its own settings. Configure it with the Cucumber
 * configuration parameter {@code cucumber.plugin}, for example in a JUnit Platform suite:
 *
 * <pre>{@code
 * @ConfigurationParameter(key = PLUGIN_PROPERTY_NAME,
 *         value = "dev.asynciotck.steps.glue.TckPlugin:target=my-loop;timeout=5")
 * }</pre>
 *
 * <p>The argument's grammar is {@link RunSettings#parse}. Cucumber delivers {@link TestCaseStarted} and
 * {@link TestCaseFinished} on the thread that runs the scenario, before its first hook and after its last,
 * so the plugin hands the settings to that scenario's steps through {@link CurrentScenario}, and collects
 * what the scenario ran for the runner's {@linkplain EvidenceSinks sink}.
 */
public final class TckPlugin implements ConcurrentEventListener {

    private final RunSettings settings;

    public TckPlugin(String argument) {
        this.settings = RunSettings.parse(argument);
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseStarted.class, event -> CurrentScenario.begin(settings));
        publisher.registerHandlerFor(TestCaseFinished.class, event -> CurrentScenario.finish(event));
    }
}
