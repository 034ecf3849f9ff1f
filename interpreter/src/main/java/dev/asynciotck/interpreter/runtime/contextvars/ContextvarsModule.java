package dev.asynciotck.interpreter.runtime.contextvars;

import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.exception.ExceptionClasses;
import dev.asynciotck.interpreter.runtime.object.Args;
import dev.asynciotck.interpreter.runtime.object.ArgumentBinder;
import dev.asynciotck.interpreter.runtime.object.ObjectModel;
import dev.asynciotck.interpreter.runtime.object.PyBuiltin;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyList;
import dev.asynciotck.interpreter.runtime.object.PyModule;
import dev.asynciotck.interpreter.runtime.object.PyTuple;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.object.Types;
import dev.asynciotck.interpreter.runtime.repr.Repr;
import dev.asynciotck.spi.exceptions.RuntimeError;
import dev.asynciotck.spi.exceptions.TypeError;
import dev.asynciotck.spi.exceptions.ValueError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code contextvars} module (3.7+): {@code ContextVar} with {@code get}, {@code set} and {@code reset},
 * {@code Token}, {@code Context} (a read-only mapping with {@code run}, {@code copy} and {@code get}) and
 * {@code copy_context()}. Each Python thread has its current context ({@link CurrentContext}); a provider enters
 * contexts to run callbacks and task steps in. No asyncio behaviour lives here.
 */
public final class ContextvarsModule {

    private final CurrentContext threads;
    private final PyClass contextVarClass = PyClass.builtin("ContextVar", "_contextvars", Types.OBJECT, null);
    private final PyClass contextClass = PyClass.builtin("Context", "_contextvars", Types.OBJECT, null);
    private final PyClass tokenClass = PyClass.builtin("Token", "_contextvars", Types.OBJECT, null);
    /** {@code Token.MISSING}, the old value of a token whose variable had none. */
    private final Object tokenMissing = new Object() {
        @Override
        public String toString() {
            return "<Token.MISSING>";
        }
    };
    private final PyModule module = new PyModule("contextvars");

    public ContextvarsModule(CurrentContext threads) {
        this.threads = threads;
        tokenClass.dict.put("MISSING", tokenMissing);
    }

    /** A new empty context, a thread's first current context. */
    public PyContext emptyContext() {
        return new PyContext(contextClass, threads, Map.of());
    }

    /** A variable of another module of the runtime, without a default (decimal's current context). */
    public PyContextVar newVariable(String name) {
        return new PyContextVar(contextVarClass, name, PyContextVar.MISSING);
    }

    /** {@code var.get(None)} in the calling thread's current context. */
    public Object currentValue(PyContextVar var) {
        Object value = threads.current().get(var, PyContextVar.MISSING);
        return value == PyContextVar.MISSING ? null : value;
    }

    /** {@code var.set(value)} in the calling thread's current context. */
    public void setCurrentValue(PyContextVar var, Object value) {
        threads.current().put(var, value);
    }

    /** Registers the module, its classes' constructors and their instances' attributes with the object model. */
    public void register(ObjectModel model) {
        model.registerModule("contextvars", this::attribute);
        model.registerConstructor(contextVarClass, (rt, args) -> {
            Object[] v = ArgumentBinder.bind("ContextVar", ArgumentBinder.parse("name, *, default=?"), args);
            if (!(v[0] instanceof String name)) {
                throw new TypeError("context variable name must be a str");
            }
            return new PyContextVar(contextVarClass, name, ArgumentBinder.absent(v[1]) ? PyContextVar.MISSING : v[1]);
        });
        model.registerConstructor(contextClass, (rt, args) -> {
            ArgumentBinder.bind("Context", ArgumentBinder.parse(""), args);
            return emptyContext();
        });
        model.registerConstructor(tokenClass, (rt, args) -> {
            throw new RuntimeError("Tokens can only be created by ContextVars");
        });
        model.registerAttributes(PyContextVar.class, (rt, value, name) -> varAttribute(rt, (PyContextVar) value, name));
        model.registerAttributes(PyToken.class, (rt, value, name) -> tokenAttribute(rt, (PyToken) value, name));
        model.registerAttributes(PyContext.class, (rt, value, name) -> contextAttribute(rt, (PyContext) value, name));
    }

    public PyModule module() {
        return module;
    }

    /** {@code contextvars.<name>}. */
    public Object attribute(String name) {
        return switch (name) {
            case "__name__" -> "contextvars";
            case "ContextVar" -> contextVarClass;
            case "Context" -> contextClass;
            case "Token" -> tokenClass;
            case "copy_context" -> PyBuiltin.of("copy_context", "", v -> threads.current().copy());
            default -> throw Errors.attributeError("module 'contextvars' has no attribute '" + name + "'");
        };
    }

    static PyContextVar requireVar(Object key) {
        if (key instanceof PyContextVar var) {
            return var;
        }
        throw new TypeError("a ContextVar key was expected, got " + Repr.repr(key));
    }

    private Object varAttribute(Runtime rt, PyContextVar var, String name) {
        return switch (name) {
            case "name" -> var.name;
            case "get" -> PyBuiltin.method(var, name, "default=?", v -> {
                Object value = threads.current().get(var, PyContextVar.MISSING);
                if (value != PyContextVar.MISSING) {
                    return value;
                }
                if (!ArgumentBinder.absent(v[0])) {
                    return v[0];
                }
                if (var.defaultValue != PyContextVar.MISSING) {
                    return var.defaultValue;
                }
                throw Errors.of(ExceptionClasses.LOOKUP_ERROR, var);
            });
            case "set" -> PyBuiltin.method(var, name, "value", v -> {
                PyContext context = threads.current();
                PyToken token = new PyToken(tokenClass, context, var, context.get(var, PyContextVar.MISSING));
                context.put(var, v[0]);
                return token;
            });
            case "reset" -> PyBuiltin.method(var, name, "token", v -> {
                reset(var, v[0]);
                return null;
            });
            default -> throw Errors.attributeError("'ContextVar' object has no attribute '" + name + "'");
        };
    }

    /** {@code ContextVar.reset(token)}: the value before the token's set, in the context it was made in. */
    private void reset(PyContextVar var, Object given) {
        if (!(given instanceof PyToken token)) {
            throw new TypeError("expected an instance of Token, got " + Repr.repr(given));
        }
        if (token.used) {
            throw new RuntimeError(token + " has already been used once");
        }
        if (token.var != var) {
            throw new ValueError(token + " was created by a different ContextVar");
        }
        PyContext context = threads.current();
        if (token.context != context) {
            throw new ValueError(token + " was created in a different Context");
        }
        token.used = true;
        if (token.oldValue == PyContextVar.MISSING) {
            context.remove(var);
        } else {
            context.put(var, token.oldValue);
        }
    }

    private Object tokenAttribute(Runtime rt, PyToken token, String name) {
        return switch (name) {
            case "var" -> token.var;
            case "old_value" -> token.oldValue == PyContextVar.MISSING ? tokenMissing : token.oldValue;
            case "MISSING" -> tokenMissing;
            default -> throw Errors.attributeError("'Token' object has no attribute '" + name + "'");
        };
    }

    private Object contextAttribute(Runtime rt, PyContext context, String name) {
        return switch (name) {
            case "run" -> PyBuiltin.withRuntime("Context.run", (r, args) -> {
                if (args.positional().isEmpty()) {
                    throw new TypeError("run() missing 1 required positional argument");
                }
                Object callable = args.positional().get(0);
                Args rest = new Args(new ArrayList<>(args.positional().subList(1, args.positional().size())),
                        args.keywords());
                return context.run(() -> r.call(callable, rest));
            });
            case "copy" -> PyBuiltin.method(context, name, "", v -> context.copy());
            case "get" -> PyBuiltin.method(context, name, "key, default=None",
                    v -> context.get(requireVar(v[0]), v[1]));
            case "keys" -> PyBuiltin.method(context, name, "", v -> new PyList(new ArrayList<>(context.keys())));
            case "values" -> PyBuiltin.method(context, name, "", v -> new PyList(values(context)));
            case "items" -> PyBuiltin.method(context, name, "", v -> {
                List<Object> items = new ArrayList<>();
                for (PyContextVar var : context.keys()) {
                    items.add(new PyTuple(List.of(var, context.get(var, null))));
                }
                return new PyList(items);
            });
            default -> throw Errors.attributeError("'_contextvars.Context' object has no attribute '" + name + "'");
        };
    }

    private static List<Object> values(PyContext context) {
        List<Object> out = new ArrayList<>();
        for (PyContextVar var : context.keys()) {
            out.add(context.get(var, null));
        }
        return out;
    }
}
