package dev.asynciotck.steps.suite;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

/**
 * Every feature on the target named by the system property {@code asynciotck.target} (default: the
 * bundled reference provider). Cucumber runs strict: an undefined or pending step fails.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("asynciotck.features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "dev.asynciotck.steps.glue")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "summary")
@ConfigurationParameter(key = "cucumber.publish.quiet", value = "true")
@ConfigurationParameter(key = "cucumber.junit-platform.naming-strategy", value = "long")
public class ReferenceConformanceTest {
}
