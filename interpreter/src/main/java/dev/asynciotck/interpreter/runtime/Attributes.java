package dev.asynciotck.interpreter.runtime;

import dev.asynciotck.spi.exceptions.TypeError;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Attribute access ({@code obj.name}) on every kind of value. */
public final class Attributes {

    private Attributes() {
    }

    public static Object get(Runtime rt, Object object, String name) {
        if (name.equals("__class__")) {
            return rt.typeOf(object);
        }
        return switch (object) {
            case PyModule m when m.name().equals("threading") -> rt.threadingModule.attribute(name);
            case PyModule m when m.name().equals("sys") -> rt.sysModule.attribute(name);
            case PyModule m -> rt.asyncioModule.attribute(name);
            case ProgramThread t -> ThreadingModule.threadAttribute(rt, t, name);
            case ProgramEvent e -> ThreadingModule.eventAttribute(rt, e, name);
            case PyInstance i -> instance(rt, i, name);
            case PyClass c -> classAttribute(rt, c, name);
            case PyWrappers.Super s -> superAttribute(rt, s, name);
            case Throwable t -> ExceptionAttributes.get(rt, t, name);
            case String s -> BuiltinMethods.string(rt, s, name);
            case PyList l -> BuiltinMethods.list(rt, l, name);
            case PyDict d -> BuiltinMethods.dict(rt, d, name);
            case PySet s -> BuiltinMethods.set(rt, s, name);
            case PyTuple t -> BuiltinMethods.tuple(t, name);
            case Long l -> BuiltinMethods.number(object, name);
            case BigInteger b -> BuiltinMethods.number(object, name);
            case Boolean b -> BuiltinMethods.number(object, name);
            case Double d -> BuiltinMethods.number(object, name);
            case PyFunction f -> function(f, name);
            case PyBoundMethod m -> switch (name) {
                case "__self__" -> m.self();
                case "__func__" -> m.function();
                default -> get(rt, m.function(), name);
            };
            case PyBuiltin b -> switch (name) {
                case "__name__", "__qualname__" -> b.name.substring(b.name.lastIndexOf('.') + 1);
                case "__self__" -> b.self;
                default -> throw missing(rt, object, name);
            };
            case PyRange r -> switch (name) {
                case "start" -> r.start();
                case "stop" -> r.stop();
                case "step" -> r.step();
                default -> throw missing(rt, object, name);
            };
            case AwaitIterator a -> a.attribute(name);
            case PyGenerator g -> g.attribute(name);
            case PyAsyncGenerator g -> g.attribute(name);
            case SysModule.HooksValue h -> h.attribute(rt, name);
            case null -> throw missing(rt, null, name);
            default -> AsyncioObjects.get(rt, object, name);
        };
    }

    static RuntimeException missing(Runtime rt, Object object, String name) {
        return Errors.attributeError("'" + rt.typeOf(object).name + "' object has no attribute '" + name + "'");
    }

    /** The name used in call error messages. */
    static String callableName(Object function) {
        return switch (function) {
            case PyFunction f -> f.qualifiedName;
            case PyBoundMethod m -> m.qualifiedName();
            case PyBuiltin b -> b.name;
            case PyClass c -> c.name;
            case null, default -> String.valueOf(function);
        };
    }

    private static Object function(PyFunction f, String name) {
        return switch (name) {
            case "__name__" -> f.name;
            case "__qualname__" -> f.qualifiedName;
            case "__module__" -> "__main__";
            case "__doc__" -> null;
            default -> {
                if (f.attributes.containsKey(name)) {
                    yield f.attributes.get(name);
                }
                throw Errors.attributeError("'function' object has no attribute '" + name + "'");
            }
        };
    }

    private static Object instance(Runtime rt, PyInstance i, String name) {
        Object classValue = i.type.lookup(name);
        if (classValue instanceof PyWrappers.Property p) {
            return rt.call(p.getter(), i);
        }
        if (i.attributes.containsKey(name)) {
            return i.attributes.get(name);
        }
        if (name.equals("__dict__")) {
            PyDict dict = new PyDict();
            i.attributes.forEach(dict::put);
            return dict;
        }
        if (classValue != null || i.type.has(name)) {
            return bind(classValue, i, i.type);
        }
        Object getattr = i.type.lookup("__getattr__");
        if (getattr instanceof PyFunction f) {
            return rt.call(f, i, name);
        }
        throw Errors.attributeError("'" + i.type.name + "' object has no attribute '" + name + "'");
    }

    /** A class attribute seen through an instance: functions become bound methods. */
    static Object bind(Object value, Object self, PyClass type) {
        return switch (value) {
            case PyFunction f -> new PyBoundMethod(self, f);
            case PyBuiltin b -> new PyBoundMethod(self, b);
            case PyWrappers.StaticMethod s -> s.function();
            case PyWrappers.ClassMethod c -> new PyBoundMethod(type, c.function());
            case null, default -> value;
        };
    }

    private static Object classAttribute(Runtime rt, PyClass c, String name) {
        switch (name) {
            case "__name__":
                return c.name;
            case "__qualname__":
                return c.qualifiedName;
            case "__module__":
                return c.module;
            case "__mro__":
                return new PyTuple(c.mro);
            case "__bases__":
                return new PyTuple(c.bases);
            case "__doc__":
                return c.dict.get("__doc__");
            default:
                break;
        }
        if (c.has(name)) {
            Object value = c.lookup(name);
            return switch (value) {
                case PyWrappers.ClassMethod m -> new PyBoundMethod(c, m.function());
                case PyWrappers.StaticMethod s -> s.function();
                case null, default -> value;
            };
        }
        if (c.builtin) {
            throw Errors.unsupported("attribute '" + name + "' of class " + c.name);
        }
        throw Errors.attributeError("type object '" + c.name + "' has no attribute '" + name + "'");
    }

    private static Object superAttribute(Runtime rt, PyWrappers.Super s, String name) {
        PyClass type = s.self() instanceof PyClass c ? c : rt.typeOf(s.self());
        List<PyClass> mro = type.mro;
        int start = mro.indexOf(s.type());
        for (int i = start + 1; i < mro.size(); i++) {
            PyClass c = mro.get(i);
            if (c.dict.containsKey(name)) {
                return bind(c.dict.get(name), s.self(), type);
            }
        }
        if (name.equals("__init__")) {
            return PyBuiltin.rawMethod(s.self(), "__init__", args -> null);
        }
        throw Errors.attributeError("'super' object has no attribute '" + name + "'");
    }

    public static void set(Runtime rt, Object object, String name, Object value) {
        switch (object) {
            case PyInstance i -> {
                if (i.type.lookup(name) instanceof PyWrappers.Property p) {
                    if (p.setter() == null) {
                        throw Errors.attributeError("property '" + name + "' of '" + i.type.name + "' object has no setter");
                    }
                    rt.call(p.setter(), i, value);
                    return;
                }
                i.attributes.put(name, value);
            }
            case PyClass c when !c.builtin -> c.dict.put(name, value);
            case PyClass c -> throw new TypeError(rt.atLeast(3, 10) ? "cannot set '" + name + "' attribute of immutable type '" + c.name + "'"
                    : "can't set attributes of built-in/extension type '" + c.name + "'");
            case Throwable t -> ExceptionAttributes.set(rt, t, name, value);
            case PyFunction f -> f.attributes.put(name, value);
            case null, default -> throw Errors.attributeError("'" + rt.typeOf(object).name + "' object has no attribute '" + name + "'"
                    + (rt.atLeast(3, 13) ? " and no __dict__ for setting new attributes" : ""));
        }
    }

    public static void delete(Runtime rt, Object object, String name) {
        Map<String, Object> attributes = switch (object) {
            case PyInstance i -> i.attributes;
            case PyClass c when !c.builtin -> c.dict;
            case PyFunction f -> f.attributes;
            case Throwable t -> Exceptions.attributes(t);
            case null, default -> null;
        };
        if (attributes == null || !attributes.containsKey(name)) {
            throw missing(rt, object, name);
        }
        attributes.remove(name);
    }

    /** {@code dir()}-like listing, for hasattr on program instances. */
    static List<String> names(PyInstance i) {
        List<String> names = new ArrayList<>(i.attributes.keySet());
        for (PyClass c : i.type.mro) {
            names.addAll(c.dict.keySet());
        }
        return names;
    }
}
