package dev.asynciotck.harness;

import java.util.Set;

/**
 * Implemented by a provider that is deliberately broken to prove that the suite catches a deviation: a copy of a
 * conforming implementation with exactly one behaviour changed. The SPI does not know about it; the reports
 * list such targets in a "Fault models" section with the scenarios that caught each.
 *
 * <p>A fault model is caught when the gate rejects it and every rule it names has at least one failing scenario
 * (other rules may fail too; none of the named ones may pass entirely).
 */
public interface FaultModel {

    /** The one deviation from asyncio's behaviour, in a sentence. */
    String deviation();

    /** The rule IDs (from the features' Rule blocks) of which at least one scenario each must fail on this model. */
    Set<String> mustBeCaughtBy();
}
