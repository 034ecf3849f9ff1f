package dev.asynciotck.interpreter.runtime.exception;

import dev.asynciotck.spi.exceptions.BaseExceptionGroup;
import java.util.List;
import java.util.Map;
import dev.asynciotck.interpreter.runtime.object.ObjectModel;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.object.PyBoundMethod;
import dev.asynciotck.interpreter.runtime.object.PyBuiltin;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyList;
import dev.asynciotck.interpreter.runtime.object.PyTuple;

/** Attributes of exception objects: args, __cause__, __context__, group members, and program-set ones. */
public final class ExceptionAttributes implements ObjectModel.Attributes {

    private final ExceptionTypes types;

    ExceptionAttributes(ExceptionTypes types) {
        this.types = types;
    }

    @Override
    public Object get(Runtime rt, Object value, String name) {
        return get(rt, types, (Throwable) value, name);
    }

    @Override
    public boolean set(Runtime rt, Object value, String name, Object newValue) {
        set(rt, types, (Throwable) value, name, newValue);
        return true;
    }

    @Override
    public Map<String, Object> deletable(Object value) {
        return types.attributes((Throwable) value);
    }

    private static Object get(Runtime rt, ExceptionTypes types, Throwable t, String name) {
        PyClass cls = rt.typeOf(t);
        Map<String, Object> attributes = types.attributes(t);
        if (attributes.containsKey(name) && !name.equals(Exceptions.SUPPRESS_CONTEXT)) {
            return attributes.get(name);
        }
        switch (name) {
            case "args":
                return new PyTuple(Exceptions.args(t));
            case Exceptions.CAUSE:
                return Exceptions.cause(t);
            case Exceptions.CONTEXT:
                return Exceptions.context(t);
            case "__traceback__":
                return null;
            case Exceptions.SUPPRESS_CONTEXT:
                return Boolean.TRUE.equals(attributes.get(name));
            case "with_traceback":
                return PyBuiltin.method(t, "with_traceback", "tb", v -> t);
            case "add_note":
                if (rt.atLeast(3, 11)) {
                    return PyBuiltin.method(t, "add_note", "note", v -> {
                        if (!(v[0] instanceof String)) {
                            throw Errors.typeError("note must be a str, not '" + rt.typeOf(v[0]).name + "'");
                        }
                        Object notes = attributes.computeIfAbsent("__notes__", k -> new PyList());
                        ((PyList) notes).items.add(v[0]);
                        return null;
                    });
                }
                break;
            default:
                break;
        }
        if (t instanceof BaseExceptionGroup group) {
            switch (name) {
                case "exceptions":
                    return new PyTuple(group.exceptions());
                case "message":
                    return group.message();
                case "split":
                    return PyBuiltin.method(t, name, "condition", v -> {
                        Throwable[] parts = GroupSplit.split(rt, types, t, v[0]);
                        return PyTuple.of(parts[0], parts[1]);
                    });
                case "subgroup":
                    return PyBuiltin.method(t, name, "condition", v -> GroupSplit.split(rt, types, t, v[0])[0]);
                case "derive":
                    return PyBuiltin.method(t, name, "excs", v -> GroupSplit.derive(rt, types, group,
                            rt.list(v[0]).stream().map(x -> (Throwable) x).toList()));
                default:
                    break;
            }
        }
        List<Object> args = Exceptions.args(t);
        if (name.equals("value") && cls.isSubclassOf(ExceptionClasses.STOP_ITERATION)) {
            return args.isEmpty() ? null : args.get(0);
        }
        if (name.equals("code") && cls.isSubclassOf(ExceptionClasses.SYSTEM_EXIT)) {
            return args.isEmpty() ? null : args.size() == 1 ? args.get(0) : new PyTuple(args);
        }
        if (cls.has(name)) {
            return PyBoundMethod.bind(cls.lookup(name), t, cls);
        }
        if ((name.equals("__str__") || name.equals("__repr__"))) {
            return PyBuiltin.method(t, name, "", v -> name.equals("__str__") ? rt.str(t) : rt.repr(t));
        }
        throw Errors.attributeError("'" + cls.name + "' object has no attribute '" + name + "'");
    }

    private static void set(Runtime rt, ExceptionTypes types, Throwable t, String name, Object value) {
        switch (name) {
            case "args" -> Exceptions.setArgs(t, rt.list(value));
            case Exceptions.CAUSE -> {
                if (value != null && !(value instanceof Throwable)) {
                    throw Errors.typeError("exception cause must be None or derive from BaseException");
                }
                Exceptions.setCause(types, t, value);
            }
            case Exceptions.CONTEXT -> {
                if (value != null && !(value instanceof Throwable)) {
                    throw Errors.typeError("exception context must be None or derive from BaseException");
                }
                Exceptions.setContext(t, (Throwable) value);
            }
            default -> types.attributes(t).put(name, value);
        }
    }
}
