package dev.asynciotck.reports.reliability;

import dev.asynciotck.harness.Targets;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The real interpreter the reliability tests use, and a clear skip where it is not installed. */
final class Pythons {

    /** The newest CPython the TCK knows; the one most machines with pyenv have. */
    static final String TARGET = "cpython-3.13";

    /** An older one, for scenarios that must apply to it and not to the reference (asyncio 3.13). */
    static final String OLDER = "cpython-3.12";

    private Pythons() {
    }

    /** Skips the calling test, saying why, when {@link #TARGET} is not installed here. */
    static void assumeInstalled() {
        assumeInstalled(TARGET);
    }

    /** Skips the calling test, saying why, when {@code target} is not installed here. */
    static void assumeInstalled(String target) {
        var reason = Targets.byName(target).unavailableReason();
        assumeTrue(reason.isEmpty(), () -> target + " is not available here: " + reason.orElse(""));
    }
}
