package dev.asynciotck.interpreter.runtime.decimal;

import dev.asynciotck.interpreter.runtime.contextvars.ContextvarsModule;
import dev.asynciotck.interpreter.runtime.contextvars.PyContextVar;
import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.object.Args;
import dev.asynciotck.interpreter.runtime.object.ArgumentBinder;
import dev.asynciotck.interpreter.runtime.object.ObjectModel;
import dev.asynciotck.interpreter.runtime.object.PyBuiltin;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.object.Types;
import dev.asynciotck.interpreter.runtime.operator.Attributes;
import dev.asynciotck.interpreter.runtime.operator.WithAttributes;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The {@code decimal} subset: {@code Decimal} (finite numbers made from an int, a float, a str or a Decimal, with
 * {@code + - * /}, comparisons, hash, truth, str and repr), {@code Context} with {@code prec},
 * {@code getcontext()}, {@code setcontext()} and {@code localcontext()}. As in CPython 3.7+, the current decimal
 * context lives in a context variable ({@code decimal_context}), so each thread and each asyncio task that runs in
 * its own {@code contextvars} context has its own; no asyncio behaviour lives here.
 */
public final class DecimalModule {

    private final Runtime rt;
    private final ContextvarsModule contextvars;
    private final PyClass decimalClass = PyClass.builtin("Decimal", "decimal", Types.OBJECT, null);
    private final PyClass contextClass = PyClass.builtin("Context", "decimal", Types.OBJECT, null);
    private final PyClass managerClass = PyClass.builtin("ContextManager", "decimal", Types.OBJECT, null);
    /** CPython's {@code _current_context_var}. */
    private final PyContextVar currentContextVar;

    public DecimalModule(Runtime rt, ContextvarsModule contextvars) {
        this.rt = rt;
        this.contextvars = contextvars;
        this.currentContextVar = contextvars.newVariable("decimal_context");
    }

    PyClass decimalClass() {
        return decimalClass;
    }

    /** Registers the module, its classes' constructors and their instances' attributes with the object model. */
    public void register(ObjectModel model) {
        model.registerModule("decimal", this::attribute);
        model.registerConstructor(decimalClass, (runtime, args) -> {
            Object[] v = ArgumentBinder.bind("Decimal", ArgumentBinder.parse("value='0', context=None"), args);
            return newDecimal(v[0]);
        });
        model.registerConstructor(contextClass, (runtime, args) -> {
            Object[] v = ArgumentBinder.bind("Context", ArgumentBinder.parse("prec=None"), args);
            PyDecimalContext context = new PyDecimalContext(contextClass, 28);
            if (v[0] != null) {
                context.setPrecision(precisionArgument(v[0]));
            }
            return context;
        });
        model.registerAttributes(PyDecimal.class, (runtime, value, name) -> {
            throw Errors.unsupported("decimal.Decimal." + name + " (a Decimal has only its operators here)");
        });
        model.registerAttributes(PyDecimalContext.class, new ObjectModel.Attributes() {
            @Override
            public Object get(Runtime runtime, Object value, String name) {
                PyDecimalContext context = (PyDecimalContext) value;
                return switch (name) {
                    case "prec" -> (long) context.precision();
                    case "rounding" -> "ROUND_HALF_EVEN";
                    case "copy" -> PyBuiltin.method(value, name, "", v -> context.copy());
                    default -> throw Errors.unsupported("decimal.Context." + name + " (only prec, rounding and copy are supported)");
                };
            }

            @Override
            public boolean set(Runtime runtime, Object value, String name, Object newValue) {
                if (!name.equals("prec")) {
                    throw Errors.unsupported("setting decimal.Context." + name + " (only prec can be set)");
                }
                ((PyDecimalContext) value).setPrecision(precisionArgument(newValue));
                return true;
            }
        });
        model.registerAttributes(LocalContextManager.class,
                (runtime, value, name) -> WithAttributes.of(runtime, (LocalContextManager) value, name));
    }

    /** {@code decimal.<name>}. */
    public Object attribute(String name) {
        return switch (name) {
            case "__name__" -> "decimal";
            case "Decimal" -> decimalClass;
            case "Context" -> contextClass;
            case "MAX_PREC" -> PyDecimalContext.MAX_PREC;
            case "HAVE_CONTEXTVAR" -> Boolean.TRUE;
            case "ROUND_HALF_EVEN" -> "ROUND_HALF_EVEN";
            case "getcontext" -> PyBuiltin.of("getcontext", "", v -> currentContext());
            case "setcontext" -> PyBuiltin.of("setcontext", "context", v -> {
                contextvars.setCurrentValue(currentContextVar, requireContext(v[0]));
                return null;
            });
            case "localcontext" -> rt.atLeast(3, 11)
                    ? PyBuiltin.of("localcontext", "ctx=None, *, prec=?", v -> localContext(v[0], v[1]))
                    : PyBuiltin.of("localcontext", "ctx=None", v -> localContext(v[0], ArgumentBinder.ABSENT));
            default -> throw Errors.unsupported("decimal." + name
                    + " (only Decimal, Context, getcontext, setcontext and localcontext are supported)");
        };
    }

    /** {@code getcontext()}: the current context; a thread or context without one gets a new default one. */
    PyDecimalContext currentContext() {
        if (contextvars.currentValue(currentContextVar) instanceof PyDecimalContext context) {
            return context;
        }
        PyDecimalContext fresh = new PyDecimalContext(contextClass, 28);
        contextvars.setCurrentValue(currentContextVar, fresh);
        return fresh;
    }

    private PyDecimalContext requireContext(Object value) {
        if (value instanceof PyDecimalContext context) {
            return context;
        }
        throw Errors.typeError("argument must be a context");
    }

    private long precisionArgument(Object value) {
        if (value instanceof Long l) {
            return l;
        }
        if (value instanceof BigInteger) {
            throw Errors.valueError("valid range for prec is [1, MAX_PREC]");
        }
        throw Errors.typeError("'" + rt.typeOf(value).name + "' object cannot be interpreted as an integer");
    }

    /** {@code localcontext(ctx=None, **kwargs)}: a manager that enters a copy of ctx (or of the current one). */
    private LocalContextManager localContext(Object ctx, Object precision) {
        PyDecimalContext base = ctx == null ? null : requireContext(ctx);
        Long prec = ArgumentBinder.absent(precision) ? null : precisionArgument(precision);
        return new LocalContextManager(managerClass, base, prec);
    }

    /** decimal's {@code _ContextManager}: enter sets a copy as the current context, exit restores the saved one. */
    final class LocalContextManager implements WithAttributes.Manager {
        private final PyClass pyClass;
        private final PyDecimalContext base;
        private final Long precision;
        private PyDecimalContext saved;

        LocalContextManager(PyClass pyClass, PyDecimalContext base, Long precision) {
            this.pyClass = pyClass;
            this.base = base;
            this.precision = precision;
        }

        @Override
        public PyClass pyClass() {
            return pyClass;
        }

        @Override
        public PyDecimalContext enter() {
            saved = currentContext();
            PyDecimalContext entered = (base != null ? base : saved).copy();
            if (precision != null) {
                entered.setPrecision(precision);
            }
            contextvars.setCurrentValue(currentContextVar, entered);
            return entered;
        }

        @Override
        public void exit() {
            contextvars.setCurrentValue(currentContextVar, saved);
        }
    }

    /** {@code Decimal(value)}: exact, whatever the context's precision. */
    private PyDecimal newDecimal(Object value) {
        return switch (value) {
            case PyDecimal d -> d;
            case Boolean b -> new PyDecimal(this, b ? BigDecimal.ONE : BigDecimal.ZERO, false);
            case Long l -> new PyDecimal(this, BigDecimal.valueOf(l), false);
            case BigInteger b -> new PyDecimal(this, new BigDecimal(b), false);
            case Double d -> {
                if (d.isNaN() || d.isInfinite()) {
                    throw Errors.unsupported("decimal.Decimal of a float nan or inf");
                }
                yield new PyDecimal(this, new BigDecimal(d), d == 0.0 && 1 / d < 0);
            }
            case String s -> parse(s);
            case null, default -> throw Errors.typeError("conversion from " + rt.typeOf(value).name + " to Decimal is not supported");
        };
    }

    private PyDecimal parse(String text) {
        String s = text.strip().replace("_", "");
        if (s.isEmpty() || text.startsWith("_") || text.endsWith("_") || text.contains("__")) {
            throw Errors.unsupported("decimal.Decimal of an invalid string (decimal.InvalidOperation)");
        }
        try {
            BigDecimal value = new BigDecimal(s);
            return new PyDecimal(this, value, s.startsWith("-"));
        } catch (NumberFormatException e) {
            throw Errors.unsupported("decimal.Decimal(" + text + "): only finite numbers are supported"
                    + " (NaN, Infinity and invalid strings are not)");
        }
    }
}
