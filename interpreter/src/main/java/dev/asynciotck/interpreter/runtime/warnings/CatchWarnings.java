package dev.asynciotck.interpreter.runtime.warnings;

import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.operator.WithAttributes;

/**
 * {@code warnings.catch_warnings(record=..., action=..., category=..., lineno=..., append=...)}: {@code with}
 * saves the filters and where warnings go, gives a fresh list that collects the shown warnings when
 * {@code record} is true (else {@code None}), applies {@code simplefilter(action, ...)} when an action is given
 * (3.11+), and restores everything on exit. Entered once only, as in CPython.
 */
final class CatchWarnings implements WithAttributes.Manager {

    private final WarningsModule module;
    private final PyClass pyClass;
    private final boolean record;
    /** {@code (action, category, lineno, append)} for simplefilter on entry, or null. */
    private final Object[] simplefilter;
    private WarningsModule.Saved saved;
    private boolean entered;

    CatchWarnings(WarningsModule module, PyClass pyClass, boolean record, Object[] simplefilter) {
        this.module = module;
        this.pyClass = pyClass;
        this.record = record;
        this.simplefilter = simplefilter;
    }

    @Override
    public PyClass pyClass() {
        return pyClass;
    }

    @Override
    public Object enter() {
        if (entered) {
            throw Errors.of(dev.asynciotck.interpreter.runtime.exception.ExceptionClasses.RUNTIME_ERROR,
                    "Cannot enter " + "catch_warnings" + " twice");
        }
        entered = true;
        saved = module.save(record);
        if (simplefilter != null) {
            module.simplefilter(simplefilter[0], simplefilter[1], simplefilter[2], simplefilter[3]);
        }
        return record ? module.log() : null;
    }

    @Override
    public void exit() {
        if (!entered) {
            throw Errors.of(dev.asynciotck.interpreter.runtime.exception.ExceptionClasses.RUNTIME_ERROR,
                    "Cannot exit catch_warnings without entering first");
        }
        module.restore(saved);
    }
}
