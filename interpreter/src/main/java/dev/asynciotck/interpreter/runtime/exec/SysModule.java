package dev.asynciotck.interpreter.runtime.exec;

import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.exception.ExceptionClasses;
import dev.asynciotck.interpreter.runtime.object.Numbers;
import dev.asynciotck.interpreter.runtime.object.ObjectModel;
import dev.asynciotck.interpreter.runtime.object.PyBuiltin;
import dev.asynciotck.interpreter.runtime.object.PyModule;
import dev.asynciotck.spi.exceptions.TypeError;
import dev.asynciotck.spi.exceptions.ValueError;
import java.math.BigInteger;

/**
 * The {@code sys} subset: {@code getrecursionlimit()} and {@code setrecursionlimit(n)}, the program's view of
 * the limit {@link CallDepth} enforces. Any other attribute is a construct outside the subset.
 */
final class SysModule {

    private final ProgramRuntime rt;
    private final CallDepth depth;
    private final PyModule module = new PyModule("sys");

    SysModule(ProgramRuntime rt, CallDepth depth) {
        this.rt = rt;
        this.depth = depth;
    }

    void register(ObjectModel model) {
        model.registerModule("sys", this::attribute);
    }

    PyModule module() {
        return module;
    }

    /** {@code sys.<name>}. */
    Object attribute(String name) {
        return switch (name) {
            case "__name__" -> "sys";
            case "getrecursionlimit" -> PyBuiltin.of(name, "", v -> (long) depth.limit());
            case "setrecursionlimit" -> PyBuiltin.of(name, "limit", v -> {
                depth.setLimit(checkedLimit(v[0]));
                return null;
            });
            default -> throw Errors.unsupported("sys." + name
                    + " (only getrecursionlimit and setrecursionlimit are supported)");
        };
    }

    /**
     * {@code limit} as CPython's {@code setrecursionlimit} accepts it: an int of at least 1, above the current
     * depth (before 3.9, above the lower water mark CPython keeps below the limit).
     */
    private int checkedLimit(Object limit) {
        if (!Numbers.isInt(limit)) {
            throw new TypeError(rt.atLeast(3, 10)
                    ? "'" + rt.typeOf(limit).name + "' object cannot be interpreted as an integer"
                    : limit instanceof Double ? "integer argument expected, got float"
                    : "an integer is required (got type " + rt.typeOf(limit).name + ")");
        }
        BigInteger value = Numbers.big(limit);
        if (value.signum() <= 0) {
            throw new ValueError("recursion limit must be greater or equal than 1");
        }
        if (value.bitLength() > 31) {
            throw Errors.of(ExceptionClasses.OVERFLOW_ERROR, "Python int too large to convert to C int");
        }
        int wanted = value.intValue();
        int current = depth.current();
        int mark = rt.atLeast(3, 9) ? wanted : wanted > 200 ? wanted - 50 : 3 * (wanted >> 2);
        if (current >= mark) {
            throw Errors.of(ExceptionClasses.RECURSION_ERROR, "cannot set the recursion limit to " + wanted
                    + " at the recursion depth " + current + ": the limit is too low");
        }
        return wanted;
    }
}
