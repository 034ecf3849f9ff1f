package dev.example.loop;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

/**
 * The whole asyncio-tck specification on this provider, in this project's own build: every scenario is one
 * test; a scenario whose output or outcome differs from CPython's fails it. Scenarios tagged for asyncio
 * versions other than the provider's are skipped. The suite fails when it finds no scenario at all.
 */
@Suite(failIfNoTests = true)
@IncludeEngines("cucumber")
@SelectPackages("asynciotck.features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "dev.asynciotck.steps.glue")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME,
        value = "dev.asynciotck.steps.glue.TckPlugin:target=" + WrappingProvider.NAME + ";timeout=10")
@ConfigurationParameter(key = "cucumber.publish.quiet", value = "true")
@ConfigurationParameter(key = "cucumber.junit-platform.naming-strategy", value = "long")
class WrappingProviderConformanceTest {
}
