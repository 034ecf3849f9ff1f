package dev.asynciotck.interpreter.runtime.object;

import java.util.LinkedHashMap;
import java.util.Map;

/** Python's dict, in insertion order. */
public final class PyDict {

    public final Map<HashKey, Object> map = new LinkedHashMap<>();

    public PyDict() {
    }

    /** A dict with the entries of a Java map, keys and values converted to Python values. */
    public static PyDict fromJava(Map<?, ?> source) {
        PyDict dict = new PyDict();
        source.forEach((k, v) -> dict.put(Values.fromJava(k), Values.fromJava(v)));
        return dict;
    }

    public Object get(Object key) {
        return map.get(new HashKey(key));
    }

    public boolean containsKey(Object key) {
        return map.containsKey(new HashKey(key));
    }

    public void put(Object key, Object value) {
        map.put(new HashKey(key), value);
    }

    public int size() {
        return map.size();
    }

}
