package dev.asynciotck.reports.reliability;

import java.nio.file.Path;

/** The small gate specification of the reports tests: three scenarios, two of which run on the reference. */
final class Gates {

    static final Path FEATURES = Path.of("src", "test", "resources", "gate", "features").toAbsolutePath();

    private Gates() {
    }
}
