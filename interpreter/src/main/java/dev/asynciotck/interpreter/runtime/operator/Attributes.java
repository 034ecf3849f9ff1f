package dev.asynciotck.interpreter.runtime.operator;

import dev.asynciotck.spi.exceptions.TypeError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.exception.ExceptionClasses;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.object.PyBoundMethod;
import dev.asynciotck.interpreter.runtime.object.PyBuiltin;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyDict;
import dev.asynciotck.interpreter.runtime.object.PyFunction;
import dev.asynciotck.interpreter.runtime.object.PyFutureSubclassInstance;
import dev.asynciotck.interpreter.runtime.object.PyLoopSubclassInstance;
import dev.asynciotck.interpreter.runtime.object.PyPolicySubclassInstance;
import dev.asynciotck.interpreter.runtime.object.PyInstance;
import dev.asynciotck.interpreter.runtime.object.PyModule;
import dev.asynciotck.interpreter.runtime.object.PyRange;
import dev.asynciotck.interpreter.runtime.object.PySet;
import dev.asynciotck.interpreter.runtime.object.PyTuple;
import dev.asynciotck.interpreter.runtime.object.PyWrappers;
import dev.asynciotck.interpreter.runtime.object.Types;

/** Attribute access ({@code obj.name}) on every kind of value. */
public final class Attributes {

    private Attributes() {
    }

    public static Object get(Runtime rt, Object object, String name) {
        if (name.equals("__class__")) {
            return rt.typeOf(object);
        }
        return switch (object) {
            case PyModule m -> rt.model().module(m.name()).orElseThrow(() -> missing(rt, m, name)).apply(name);
            case PyInstance i -> instance(rt, i, name);
            case PyClass c -> classAttribute(rt, c, name);
            case PyWrappers.Super s -> superAttribute(rt, s, name);
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
            case null -> throw missing(rt, null, name);
            default -> rt.model().attributesOf(object).orElseThrow(() -> missing(rt, object, name))
                    .get(rt, object, name);
        };
    }

    public static RuntimeException missing(Runtime rt, Object object, String name) {
        return Errors.attributeError("'" + rt.typeOf(object).name + "' object has no attribute '" + name + "'");
    }

    /** The name used in call error messages. */
    public static String callableName(Object function) {
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
        if (i instanceof PyFutureSubclassInstance future && name.equals("__init__") && !(classValue instanceof PyFunction)) {
            // No program class defines __init__: asyncio.Future's or Task's own (not object's) answers it.
            return futureBaseAttribute(rt, future, name);
        }
        if (classValue != null || i.type.has(name)) {
            return PyBoundMethod.bind(classValue, i, i.type);
        }
        if (i instanceof PyFutureSubclassInstance future) {
            // asyncio.Future's or Task's own attribute: the provider's future answers it.
            return get(rt, future.provided(), name);
        }
        if (i instanceof PyPolicySubclassInstance policy) {
            return policyBaseAttribute(rt, policy, name);
        }
        if (i instanceof PyLoopSubclassInstance loop) {
            // asyncio's loop class's own attribute: the provider's loop answers it.
            return get(rt, loop.provided(), name);
        }
        Object getattr = i.type.lookup("__getattr__");
        if (getattr instanceof PyFunction f) {
            return rt.call(f, i, name);
        }
        throw Errors.attributeError("'" + i.type.name + "' object has no attribute '" + name + "'");
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
        if (c == Types.TASK && (name.equals("current_task") || name.equals("all_tasks")) && !rt.atLeast(3, 9)) {
            return deprecatedTaskClassMethod(rt, name);
        }
        if (c.builtin) {
            throw Errors.unsupported("attribute '" + name + "' of class " + c.name);
        }
        throw Errors.attributeError("type object '" + c.name + "' has no attribute '" + name + "'");
    }

    /**
     * tasks.py before 3.9: the class methods {@code Task.current_task(loop=None)} and {@code Task.all_tasks(loop=None)}
     * (every task of the loop, done ones included while alive), {@code asyncio.current_task}/{@code all_tasks} from
     * 3.7. With no loop they ask get_event_loop(), so outside a running loop current_task answers None. They warn,
     * pointing at the caller ({@code stacklevel=2}): a PendingDeprecationWarning in 3.7, a DeprecationWarning in 3.8.
     */
    private static Object deprecatedTaskClassMethod(Runtime rt, String name) {
        return PyBuiltin.of(name, "loop=None", v -> {
            if (rt.atLeast(3, 7)) {
                rt.warn(rt.atLeast(3, 8) ? ExceptionClasses.DEPRECATION_WARNING : ExceptionClasses.PENDING_DEPRECATION_WARNING,
                        "Task." + name + "() is deprecated, use asyncio." + name + "() instead");
            }
            var loop = v[0] instanceof dev.asynciotck.spi.EventLoop given ? given : rt.asyncio().getEventLoop();
            return name.equals("current_task") ? rt.asyncio().currentTask(loop)
                    : PySet.of(rt.asyncio().allTasksIncludingDone(loop));
        });
    }

    private static Object superAttribute(Runtime rt, PyWrappers.Super s, String name) {
        PyClass type = s.self() instanceof PyClass c ? c : rt.typeOf(s.self());
        List<PyClass> mro = type.mro;
        int start = mro.indexOf(s.type());
        for (int i = start + 1; i < mro.size(); i++) {
            PyClass c = mro.get(i);
            if ((c == Types.FUTURE || c == Types.TASK) && s.self() instanceof PyFutureSubclassInstance future) {
                return futureBaseAttribute(rt, future, name);
            }
            if (c == Types.EVENT_LOOP && s.self() instanceof PyLoopSubclassInstance loop && !name.equals("__init__")) {
                return get(rt, loop.provided(), name);
            }
            if (c.builtin && c != Types.OBJECT && s.self() instanceof PyPolicySubclassInstance policy
                    && !name.equals("__init__")) {
                return policyBaseAttribute(rt, policy, name);
            }
            if (c.dict.containsKey(name)) {
                return PyBoundMethod.bind(c.dict.get(name), s.self(), type);
            }
        }
        if (name.equals("__init__")) {
            return PyBuiltin.rawMethod(s.self(), "__init__", args -> null);
        }
        throw Errors.attributeError("'super' object has no attribute '" + name + "'");
    }

    /**
     * An attribute of asyncio.Future or Task reached past a program subclass's own classes ({@code super().name}):
     * {@code __init__} makes the provider's half, anything else is the provider's future's.
     */
    private static Object futureBaseAttribute(Runtime rt, PyFutureSubclassInstance future, String name) {
        if (name.equals("__init__")) {
            return PyBuiltin.withRuntime("__init__", (r, args) -> {
                future.initFromArguments(r, args);
                return null;
            });
        }
        return get(rt, future.provided(), name);
    }

    /**
     * An attribute of asyncio's policy class reached past a program subclass's own classes: the provider's default
     * policy answers it; a subclass of {@code AbstractEventLoopPolicy} alone gets the abstract methods, which raise
     * {@code NotImplementedError} (events.py).
     */
    private static Object policyBaseAttribute(Runtime rt, PyPolicySubclassInstance policy, String name) {
        if (policy.provided() != null) {
            return get(rt, policy.provided(), name);
        }
        return switch (name) {
            case "get_event_loop", "new_event_loop" -> PyBuiltin.method(policy, name, "", v -> {
                throw Errors.of(ExceptionClasses.NOT_IMPLEMENTED_ERROR);
            });
            case "set_event_loop" -> PyBuiltin.method(policy, name, "loop", v -> {
                throw Errors.of(ExceptionClasses.NOT_IMPLEMENTED_ERROR);
            });
            default -> throw Errors.attributeError("'" + policy.type.name + "' object has no attribute '" + name + "'");
        };
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
            case PyFunction f -> f.attributes.put(name, value);
            case null -> throw Errors.attributeError("'" + rt.typeOf(null).name + "' object has no attribute '" + name + "'"
                    + (rt.atLeast(3, 13) ? " and no __dict__ for setting new attributes" : ""));
            default -> {
                if (rt.model().attributesOf(object).filter(access -> access.set(rt, object, name, value)).isPresent()) {
                    return;
                }
                throw Errors.attributeError("'" + rt.typeOf(object).name + "' object has no attribute '" + name + "'"
                    + (rt.atLeast(3, 13) ? " and no __dict__ for setting new attributes" : ""));
            }
        }
    }

    public static void delete(Runtime rt, Object object, String name) {
        Map<String, Object> attributes = switch (object) {
            case PyInstance i -> i.attributes;
            case PyClass c when !c.builtin -> c.dict;
            case PyFunction f -> f.attributes;
            case null -> null;
            default -> rt.model().attributesOf(object).map(access -> access.deletable(object)).orElse(null);
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
