package dev.asynciotck.interpreter.runtime.object;

import dev.asynciotck.spi.exceptions.TypeError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** A Python class: a builtin type, an exception class, an asyncio class, or a class of the program. */
public final class PyClass {

    public final String name;
    public String qualifiedName;
    /** {@code __module__}: builtins, asyncio.exceptions, __main__, ... */
    public final String module;
    public final List<PyClass> bases;
    public final List<PyClass> mro;
    public final Map<String, Object> dict = new LinkedHashMap<>();
    /** True for classes the interpreter provides (their attributes cannot be set). */
    public final boolean builtin;
    /** How calling the class makes an instance, for builtin types; null for program classes and exceptions. */
    public final BiFunction<Runtime, Args, Object> constructor;

    public PyClass(String name, String module, List<PyClass> bases, boolean builtin,
                   BiFunction<Runtime, Args, Object> constructor) {
        this.name = name;
        this.qualifiedName = name;
        this.module = module;
        this.bases = List.copyOf(bases);
        this.builtin = builtin;
        this.constructor = constructor;
        this.mro = linearize(this);
    }

    public static PyClass builtin(String name, String module, PyClass base, BiFunction<Runtime, Args, Object> constructor) {
        return new PyClass(name, module, base == null ? List.of() : List.of(base), true, constructor);
    }

    /** The attribute {@code name} found along the MRO, or null. */
    public Object lookup(String attribute) {
        for (PyClass c : mro) {
            Object value = c.dict.get(attribute);
            if (value != null || c.dict.containsKey(attribute)) {
                return value;
            }
        }
        return null;
    }

    /** Whether some class of the MRO defines {@code attribute}. */
    public boolean has(String attribute) {
        for (PyClass c : mro) {
            if (c.dict.containsKey(attribute)) {
                return true;
            }
        }
        return false;
    }

    /** The class along the MRO that defines {@code attribute}, or null. */
    public PyClass definer(String attribute) {
        for (PyClass c : mro) {
            if (c.dict.containsKey(attribute)) {
                return c;
            }
        }
        return null;
    }

    /** Whether the builtin class {@code name} of module builtins (e.g. KeyError) is along the MRO. */
    public boolean derivesFromBuiltin(String name) {
        for (PyClass c : mro) {
            if (c.builtin && c.name.equals(name) && c.module.equals("builtins")) {
                return true;
            }
        }
        return false;
    }

    public boolean isSubclassOf(PyClass other) {
        return this == other || mro.contains(other);
    }

    /** The name CPython prints for instances of this class in a traceback: qualified unless builtin or __main__. */
    public String tracebackName() {
        return module.equals("builtins") || module.equals("__main__") ? qualifiedName : module + "." + qualifiedName;
    }

    private static List<PyClass> linearize(PyClass cls) {
        List<PyClass> result = new ArrayList<>();
        result.add(cls);
        List<List<PyClass>> sequences = new ArrayList<>();
        for (PyClass base : cls.bases) {
            sequences.add(new ArrayList<>(base.mro));
        }
        sequences.add(new ArrayList<>(cls.bases));
        while (true) {
            sequences.removeIf(List::isEmpty);
            if (sequences.isEmpty()) {
                return List.copyOf(result);
            }
            PyClass candidate = null;
            for (List<PyClass> seq : sequences) {
                PyClass head = seq.get(0);
                boolean inTail = false;
                for (List<PyClass> other : sequences) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                throw new TypeError("Cannot create a consistent method resolution order (MRO) for bases");
            }
            result.add(candidate);
            for (List<PyClass> seq : sequences) {
                if (!seq.isEmpty() && seq.get(0) == candidate) {
                    seq.remove(0);
                }
            }
        }
    }

    @Override
    public String toString() {
        return "<class '" + (module.equals("builtins") ? "" : module + ".") + qualifiedName + "'>";
    }
}
