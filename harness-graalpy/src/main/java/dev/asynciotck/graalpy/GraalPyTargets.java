package dev.asynciotck.graalpy;

import dev.asynciotck.harness.MissingTarget;
import dev.asynciotck.harness.Target;
import dev.asynciotck.harness.TargetFamily;
import dev.asynciotck.harness.python.TargetAvailability;
import dev.asynciotck.spi.PythonVersion;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code graalpy-3.X} targets. The build pins one GraalPy (see {@code harness-graalpy/pom.xml}), so one name
 * can run: {@code graalpy-} and the Python version that GraalPy implements (GraalPy 25.0: {@code graalpy-3.12}).
 * Another {@code graalpy-3.X} is a target that is missing, with the reason. One target per JVM, so that every
 * run of it shares one server.
 */
public final class GraalPyTargets implements TargetFamily {

    private static final Pattern NAME = Pattern.compile("graalpy-(\\d+)\\.(\\d+)");

    /** The pinned GraalPy's target, created on first use. */
    private static final class Pinned {
        static final GraalPyRuntime RUNTIME = GraalPyRuntime.pinned();
        static final GraalPyTarget TARGET = new GraalPyTarget(nameFor(RUNTIME.pythonVersion()), RUNTIME,
                GraalPyTarget.setting("tck.graalpy.contexts", "TCK_GRAALPY_CONTEXTS",
                        Runtime.getRuntime().availableProcessors()),
                GraalPyTarget.setting("tck.graalpy.warmup", "TCK_GRAALPY_WARMUP", 1), System.err);
    }

    @Override
    public String title() {
        return "GraalPy (Python on the JVM, the version the build pins)";
    }

    @Override
    public String nameForms() {
        return "graalpy-3.X";
    }

    @Override
    public Optional<Target> byName(String name) {
        Matcher matcher = NAME.matcher(name == null ? "" : name);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        var version = new PythonVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        if (version.equals(Pinned.RUNTIME.pythonVersion())) {
            return Optional.of(Pinned.TARGET);
        }
        return Optional.of(new MissingTarget(name, version, otherVersion(version)));
    }

    @Override
    public List<TargetAvailability> list() {
        GraalPyTarget target = Pinned.TARGET;
        Optional<String> problem = target.unavailableReason();
        return List.of(new TargetAvailability(target.name(), problem.isEmpty(),
                problem.orElseGet(target::describe)));
    }

    static String nameFor(PythonVersion version) {
        return "graalpy-" + version;
    }

    private static String otherVersion(PythonVersion version) {
        return "this build pins GraalPy " + Pinned.RUNTIME.graalVersion() + ", which implements Python "
                + Pinned.RUNTIME.pythonVersion() + " (target " + nameFor(Pinned.RUNTIME.pythonVersion())
                + "), not " + version;
    }
}
