package dev.asynciotck.interpreter.runtime.object;

import java.util.LinkedHashMap;
import java.util.Map;

/** An instance of a class defined in the program (not an exception: those are Java throwables). */
public class PyInstance {

    public final PyClass type;
    public final Map<String, Object> attributes = new LinkedHashMap<>();

    public PyInstance(PyClass type) {
        this.type = type;
    }

    /** Python's hash: {@code __hash__} if the class defines it, else identity. */
    int pythonHash() {
        Object hash = type.lookup("__hash__");
        if (hash instanceof PyFunction f) {
            Object value = f.runtime.call(f, Args.of(this));
            return HashKey.hash(value);
        }
        if (hash == null && type.lookup("__eq__") instanceof PyFunction) {
            throw new dev.asynciotck.spi.exceptions.TypeError("unhashable type: '" + type.name + "'");
        }
        return System.identityHashCode(this);
    }

}
