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
 * <p>The argument's grammar is {@link RunSettings#parse}. The plugin binds each test case to these settings
 * in {@link RunBindings} from its start to its end, where the scenario's steps find them.
 */
public final class TckPlugin implements ConcurrentEventListener {

    private final RunSettings settings;

    public TckPlugin(String argument) {
        this.settings = RunSettings.parse(argument);
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseStarted.class,
                event -> RunBindings.bind(event.getTestCase().getId().toString(), settings));
        publisher.registerHandlerFor(TestCaseFinished.class,
                event -> RunBindings.unbind(event.getTestCase().getId().toString()));
    }
}
