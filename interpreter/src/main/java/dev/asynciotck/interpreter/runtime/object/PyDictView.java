package dev.asynciotck.interpreter.runtime.object;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code dict.keys()}, {@code dict.values()}, {@code dict.items()}: live views of a dict. */
public record PyDictView(PyDict dict, String kind) {

    /** The current items of the view. */
    public List<Object> items() {
        List<Object> out = new ArrayList<>(dict.size());
        for (Map.Entry<HashKey, Object> e : dict.map.entrySet()) {
            out.add(switch (kind) {
                case "keys" -> e.getKey().value;
                case "values" -> e.getValue();
                default -> PyTuple.of(e.getKey().value, e.getValue());
            });
        }
        return out;
    }

    public String typeName() {
        return "dict_" + kind;
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

}
