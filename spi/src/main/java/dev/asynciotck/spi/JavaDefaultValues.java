package dev.asynciotck.spi;

import java.util.Collection;
import java.util.Map;

/** {@link PythonValues#javaDefaults()}: Python-like semantics for plain Java values. */
enum JavaDefaultValues implements PythonValues {
    INSTANCE;

    /**
     * Java's {@code String.valueOf}: Python's repr rules are the interpreter's, which supplies them through
     * {@link RuntimeOptions#values()} whenever a program runs; these defaults serve providers driven from Java.
     */
    @Override
    public String repr(Object value) {
        return String.valueOf(value);
    }

    @Override
    public boolean truth(Object value) {
        return switch (value) {
            case null -> false;
            case Boolean b -> b;
            case Number n -> n.doubleValue() != 0;
            case CharSequence s -> !s.isEmpty();
            case Collection<?> c -> !c.isEmpty();
            case Map<?, ?> m -> !m.isEmpty();
            default -> true;
        };
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public boolean lessThan(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() < y.doubleValue();
        }
        if (a instanceof Comparable x && a.getClass().isInstance(b)) {
            return x.compareTo(b) < 0;
        }
        throw new dev.asynciotck.spi.exceptions.TypeError("'<' not supported between instances of '"
                + a.getClass().getSimpleName() + "' and '" + b.getClass().getSimpleName() + "'");
    }
}
