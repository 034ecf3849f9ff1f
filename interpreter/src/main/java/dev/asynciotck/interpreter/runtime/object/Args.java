package dev.asynciotck.interpreter.runtime.object;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The arguments of one call: positional values and keyword values in call order. */
public record Args(List<Object> positional, Map<String, Object> keywords) {

    public static final Args NONE = new Args(List.of(), Map.of());

    public static Args of(Object... positional) {
        return new Args(Arrays.asList(positional), Map.of());
    }

    public Args withSelf(Object self) {
        List<Object> all = new java.util.ArrayList<>(positional.size() + 1);
        all.add(self);
        all.addAll(positional);
        return new Args(all, keywords);
    }

    public static Map<String, Object> keywordMap() {
        return new LinkedHashMap<>();
    }

    public Object get(int i) {
        return positional.get(i);
    }

    public int size() {
        return positional.size();
    }
}
