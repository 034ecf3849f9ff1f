package dev.asynciotck.interpreter.runtime.object;

import dev.asynciotck.spi.WaitResult;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Conversions at the SPI boundary, truth values, and object addresses. */
public final class Values {

    /** Python's NotImplemented. */
    public static final Object NOT_IMPLEMENTED = new Object() {
        @Override
        public String toString() {
            return "NotImplemented";
        }
    };

    private Values() {
    }

    /** A value coming back from a provider as a Python value. */
    public static Object fromJava(Object value) {
        return switch (value) {
            case null -> null;
            case Integer i -> (long) i;
            case Short s -> (long) s;
            case Byte b -> (long) b;
            case Float f -> (double) f;
            case Character c -> c.toString();
            case BigInteger b -> b.bitLength() < 64 ? (Object) b.longValue() : b;
            case WaitResult w -> PyTuple.of(PySet.of(w.done()), PySet.of(w.pending()));
            case List<?> l -> new PyList(l.stream().map(Values::fromJava).toList());
            case Set<?> s -> PySet.of(s.stream().map(Values::fromJava).toList());
            case Map<?, ?> m -> PyDict.fromJava(m);
            case Collection<?> c -> new PyList(c.stream().map(Values::fromJava).toList());
            default -> value;
        };
    }

    /** Python's {@code bool(value)}. */
    public static boolean truth(Object value) {
        return switch (value) {
            case null -> false;
            case Boolean b -> b;
            case Long l -> l != 0;
            case BigInteger b -> b.signum() != 0;
            case Double d -> d != 0.0;
            case String s -> !s.isEmpty();
            case PyList l -> !l.items.isEmpty();
            case PyTuple t -> !t.items.isEmpty();
            case PyDict d -> d.size() != 0;
            case PySet s -> !s.members.isEmpty();
            case PyRange r -> r.length() != 0;
            case PyDictView v -> v.dict().size() != 0;
            case PyInstance i -> instanceTruth(i);
            case NumericValue n -> n.truth();
            case Integer i -> i != 0;
            case Collection<?> c -> !c.isEmpty();
            case Map<?, ?> m -> !m.isEmpty();
            default -> true;
        };
    }

    private static boolean instanceTruth(PyInstance instance) {
        Object bool = instance.type.lookup("__bool__");
        if (bool instanceof PyFunction f) {
            Object result = f.runtime.call(f, Args.of(instance));
            if (!(result instanceof Boolean b)) {
                throw new dev.asynciotck.spi.exceptions.TypeError("__bool__ should return bool, returned "
                        + f.runtime.typeOf(result).name);
            }
            return b;
        }
        Object len = instance.type.lookup("__len__");
        if (len instanceof PyFunction f) {
            return truth(f.runtime.call(f, Args.of(instance)));
        }
        return true;
    }

    /**
     * Python's {@code id(value)}: a stable fake address, {@code 0x7f0000000000} plus sixteen times the identity hash
     * (an address-like number, as CPython's ids are). It is also what providers show in their reprs
     * ({@code PythonValues.id}), so {@code hex(id(q)) in repr(q)} holds for their objects too.
     */
    public static long id(Object value) {
        return 0x7f0000000000L + Integer.toUnsignedLong(System.identityHashCode(value)) * 16;
    }

    /** {@code hex(id(value))}, the address in reprs such as {@code <function f at 0x7f...>}. */
    public static String address(Object value) {
        return "0x" + Long.toHexString(id(value));
    }
}
