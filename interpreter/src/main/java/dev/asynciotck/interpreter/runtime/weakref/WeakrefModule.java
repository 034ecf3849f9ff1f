package dev.asynciotck.interpreter.runtime.weakref;

import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.object.ObjectModel;
import dev.asynciotck.interpreter.runtime.object.PyBuiltin;
import dev.asynciotck.interpreter.runtime.object.PyDict;
import dev.asynciotck.interpreter.runtime.object.PyList;
import dev.asynciotck.interpreter.runtime.object.PyTuple;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import java.lang.ref.WeakReference;
import java.math.BigInteger;

/**
 * The {@code weakref} subset: {@code ref(obj)} only, a weak reference whose call returns the object while it is
 * alive and {@code None} once the Java collector has reclaimed it (when that happens is the collector's, as in
 * CPython). As in CPython, the builtin values without a weak-reference slot ({@code int}, {@code float},
 * {@code bool}, {@code str}, {@code tuple}, {@code list}, {@code dict}, {@code None}) raise {@code TypeError};
 * every other object (instances of the program's classes, functions, the provider's loops, handles, futures and
 * tasks) can be weakly referenced. The reference itself is a callable, not a {@code weakref.ref} instance:
 * {@code isinstance(r, weakref.ref)}, callbacks and the rest of the module are unsupported.
 */
public final class WeakrefModule {

    private final Runtime rt;

    public WeakrefModule(Runtime rt) {
        this.rt = rt;
    }

    public void register(ObjectModel model) {
        model.registerModule("weakref", this::attribute);
    }

    /** {@code weakref.<name>}. */
    public Object attribute(String name) {
        return switch (name) {
            case "__name__" -> "weakref";
            case "ref" -> PyBuiltin.of("ref", "obj", v -> ref(v[0]));
            default -> throw Errors.unsupported("weakref." + name + " (only weakref.ref(obj) is supported)");
        };
    }

    private PyBuiltin ref(Object referent) {
        if (!weaklyReferenceable(referent)) {
            throw Errors.typeError("cannot create weak reference to '" + rt.typeOf(referent).name + "' object");
        }
        WeakReference<Object> reference = new WeakReference<>(referent);
        return PyBuiltin.of("weakref", "", v -> reference.get());
    }

    /** CPython's types without {@code __weakref__} among those the interpreter has. */
    private static boolean weaklyReferenceable(Object value) {
        return !(value == null || value instanceof Boolean || value instanceof Long || value instanceof BigInteger
                || value instanceof Double || value instanceof String || value instanceof PyTuple
                || value instanceof PyList || value instanceof PyDict);
    }
}
