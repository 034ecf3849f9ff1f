package dev.asynciotck.harness.python;

import dev.asynciotck.harness.Target;
import dev.asynciotck.harness.TargetFamily;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Python targets on a third-party event loop, {@code cpython-3.X+loop=MODULE:CALLABLE} and
 * {@code python:PATH+loop=MODULE:CALLABLE} ({@link LoopFactory}), as a family so that {@code tck list-targets}
 * shows the form. The names themselves are {@link PythonTargets}' (asked first); this family answers the same.
 * Its list is the form, and the {@code +uvloop} targets available here under their {@code +loop=} name.
 */
public final class LoopTargets implements TargetFamily {

    private static final String FORM = "cpython-3.X" + LoopFactory.SUFFIX + "MODULE:CALLABLE";

    @Override
    public String title() {
        return "Python targets on an event loop of your choice (" + LoopFactory.SUFFIX + "MODULE:CALLABLE: the callable"
                + " that returns a new loop, importable by that interpreter)";
    }

    @Override
    public String nameForms() {
        return FORM + ", python:PATH" + LoopFactory.SUFFIX + "MODULE:CALLABLE";
    }

    @Override
    public Optional<Target> byName(String name) {
        return name.contains(LoopFactory.SUFFIX) ? PythonTargets.byName(name) : Optional.empty();
    }

    @Override
    public List<TargetAvailability> list() {
        List<TargetAvailability> listed = new ArrayList<>();
        listed.add(new TargetAvailability(FORM, false, "the form: any CPython 3.X listed above, or python:PATH" + LoopFactory.SUFFIX
                + "MODULE:CALLABLE for a virtual environment's interpreter, on which MODULE imports"));
        String uvloop = PythonVariant.UVLOOP.loopFactory().orElseThrow().suffix();
        for (TargetAvailability candidate : PythonTargets.list()) {
            if (candidate.available() && candidate.name().endsWith(PythonVariant.UVLOOP.suffix())) {
                String name = PythonVariant.UVLOOP.strip(candidate.name()) + uvloop;
                listed.add(new TargetAvailability(name, true, candidate.reason()));
            }
        }
        return listed;
    }
}
