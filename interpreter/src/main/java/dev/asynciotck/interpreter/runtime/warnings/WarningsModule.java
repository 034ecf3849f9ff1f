package dev.asynciotck.interpreter.runtime.warnings;

import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.exception.ExceptionClasses;
import dev.asynciotck.interpreter.runtime.object.ArgumentBinder;
import dev.asynciotck.interpreter.runtime.object.ObjectModel;
import dev.asynciotck.interpreter.runtime.object.PyBuiltin;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyList;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.object.Types;
import dev.asynciotck.interpreter.runtime.object.Values;
import dev.asynciotck.interpreter.runtime.operator.Attributes;
import dev.asynciotck.interpreter.runtime.operator.WithAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code warnings} subset: {@code warn}, {@code simplefilter}, {@code filterwarnings}, {@code resetwarnings}
 * and {@code catch_warnings} (with {@code record=True}, and the {@code action=...} keywords of 3.11), following
 * {@code warn_explicit} of CPython's warnings.py: the first matching filter decides (else {@code default}), and
 * {@code default}, {@code module} and {@code once} remember where they warned, in a registry that any change of
 * the filters empties. A warning shown and not recorded goes to stderr in {@code formatwarning}'s format without
 * the source line.
 *
 * <p>All program code is the module {@code __main__} of the program's file; a warning's location is the line of
 * the innermost statement running on the calling thread ({@link Runtime#currentLine()}), which is the location
 * {@code stacklevel=1} gives a program's own {@code warn} and the one asyncio's deprecations ({@code stacklevel}
 * pointing past asyncio's frames) give. A program's {@code warn} with a higher {@code stacklevel} is unsupported.
 *
 * <p>The filters, the registries and the {@code showwarning} replacement of {@code catch_warnings} are the
 * program's, one set for all its threads as in CPython (not context-aware).
 */
public final class WarningsModule {

    /** One entry of {@code warnings.filters}: {@code (action, message, category, module, lineno)}. */
    record Filter(String action, Pattern message, PyClass category, Pattern module, long lineno) {
    }

    /** What a warning is remembered by: {@code (text, category, lineno)}; lineno 0 for a module-wide entry. */
    private record Location(String text, PyClass category, long lineno) {
    }

    private static final Set<String> ACTIONS = Set.of("error", "ignore", "always", "default", "module", "once");

    private final Runtime rt;
    private final PyClass catchWarningsClass = PyClass.builtin("catch_warnings", "warnings", Types.OBJECT, null);
    final PyClass warningMessageClass = PyClass.builtin("WarningMessage", "warnings", Types.OBJECT, null);
    private List<Filter> filters;
    /** The registry of {@code __main__} ({@code __warningregistry__}); emptied when the filters change. */
    private final Set<Location> registry = new HashSet<>();
    /** {@code onceregistry}: what the {@code once} action has shown, by {@code (text, category)}. */
    private final Set<Location> onceRegistry = new HashSet<>();
    /** Where shown warnings go while a {@code catch_warnings(record=True)} is active, else null (stderr). */
    private PyList log;

    public WarningsModule(Runtime rt) {
        this.rt = rt;
        this.filters = defaultFilters();
    }

    /**
     * CPython's default filters for the categories this interpreter has: from 3.7 (PEP 565)
     * {@code default::DeprecationWarning:__main__}, then {@code ignore::DeprecationWarning} and
     * {@code ignore::PendingDeprecationWarning} (warnings.py's {@code _setup_defaults}; the same before 3.7 without
     * the first).
     */
    private List<Filter> defaultFilters() {
        List<Filter> defaults = new ArrayList<>();
        if (rt.atLeast(3, 7)) {
            defaults.add(new Filter("default", null, ExceptionClasses.DEPRECATION_WARNING, Pattern.compile("__main__\\Z"), 0));
        }
        defaults.add(new Filter("ignore", null, ExceptionClasses.DEPRECATION_WARNING, null, 0));
        defaults.add(new Filter("ignore", null, ExceptionClasses.PENDING_DEPRECATION_WARNING, null, 0));
        return defaults;
    }

    public void register(ObjectModel model) {
        model.registerModule("warnings", this::attribute);
        model.registerConstructor(catchWarningsClass, (runtime, args) -> {
            Object[] v = ArgumentBinder.bind("catch_warnings", ArgumentBinder.parse(rt.atLeast(3, 11)
                    ? "*, record=False, module=None, action=None, category=?, lineno=0, append=False"
                    : "*, record=False, module=None"), args);
            if (v[1] != null) {
                throw Errors.unsupported("warnings.catch_warnings(module=...)");
            }
            Object[] simple = v.length > 2 && v[2] != null ? new Object[] {v[2], v[3], v[4], v[5]} : null;
            return new CatchWarnings(this, catchWarningsClass, Values.truth(v[0]), simple);
        });
        model.registerAttributes(CatchWarnings.class,
                (runtime, value, name) -> WithAttributes.of(runtime, (CatchWarnings) value, name));
        model.registerAttributes(WarningMessage.class, (runtime, value, name) -> {
            Object attribute = ((WarningMessage) value).attribute(name);
            if (attribute == WarningMessage.MISSING) {
                throw Attributes.missing(runtime, value, name);
            }
            return attribute;
        });
    }

    /** {@code warnings.<name>}. */
    public Object attribute(String name) {
        return switch (name) {
            case "__name__" -> "warnings";
            case "warn" -> PyBuiltin.of("warn", "message, category=None, stacklevel=1, source=None", v -> {
                warnFromProgram(v[0], v[1], v[2]);
                return null;
            });
            case "simplefilter" -> PyBuiltin.of("simplefilter", "action, category=?, lineno=0, append=False", v -> {
                simplefilter(v[0], v[1], v[2], v[3]);
                return null;
            });
            case "filterwarnings" -> PyBuiltin.of("filterwarnings",
                    "action, message='', category=?, module='', lineno=0, append=False", v -> {
                        String message = (String) requireString(v[1], "message");
                        String module = (String) requireString(v[3], "module");
                        addFilter(action(v[0]), message.isEmpty() ? null : Pattern.compile(message, Pattern.CASE_INSENSITIVE),
                                category(v[2]), module.isEmpty() ? null : Pattern.compile(module), lineno(v[4]),
                                Values.truth(v[5]));
                        return null;
                    });
            case "resetwarnings" -> PyBuiltin.of("resetwarnings", "", v -> {
                filters = new ArrayList<>();
                filtersMutated();
                return null;
            });
            case "catch_warnings" -> catchWarningsClass;
            case "WarningMessage" -> warningMessageClass;
            default -> throw Errors.unsupported("warnings." + name + " (only warn, simplefilter, filterwarnings,"
                    + " resetwarnings and catch_warnings are supported)");
        };
    }

    /**
     * Issues a warning of {@code category} with {@code text} at the current line, as asyncio's
     * {@code warnings.warn(text, category, stacklevel=N)} does when {@code N} points at the program's code.
     */
    public void warn(PyClass category, String text) {
        warnExplicit(rt.newException(category, text), category, text, rt.currentLine());
    }

    /** {@code warnings.warn(message, category, stacklevel)} called by the program. */
    private void warnFromProgram(Object message, Object categoryArgument, Object stacklevel) {
        if (!(stacklevel instanceof Long level) || level > 1) {
            throw Errors.unsupported("warnings.warn(stacklevel=" + rt.repr(stacklevel)
                    + "): only the program's own line (stacklevel=1) is known");
        }
        if (message instanceof Throwable t && rt.isException(t)
                && rt.exceptionClass(t).isSubclassOf(ExceptionClasses.WARNING)) {
            warnExplicit(t, rt.exceptionClass(t), rt.str(t), rt.currentLine());
            return;
        }
        PyClass category = categoryArgument == null ? ExceptionClasses.USER_WARNING : null;
        if (categoryArgument instanceof PyClass cls && cls.isSubclassOf(ExceptionClasses.WARNING)) {
            category = cls;
        } else if (category == null) {
            throw Errors.typeError("category must be a Warning subclass, not '" + rt.typeOf(categoryArgument).name + "'");
        }
        String text = rt.str(message);
        warnExplicit(rt.newException(category, text), category, text, rt.currentLine());
    }

    /** {@code warn_explicit} with module {@code __main__} and the program's registry. */
    private synchronized void warnExplicit(Throwable message, PyClass category, String text, long lineno) {
        Location key = new Location(text, category, lineno);
        if (registry.contains(key)) {
            return;
        }
        String action = "default";
        for (Filter filter : filters) {
            if ((filter.message() == null || filter.message().matcher(text).lookingAt())
                    && category.isSubclassOf(filter.category())
                    && (filter.module() == null || filter.module().matcher("__main__").lookingAt())
                    && (filter.lineno() == 0 || filter.lineno() == lineno)) {
                action = filter.action();
                break;
            }
        }
        switch (action) {
            case "ignore" -> {
                return;
            }
            case "error" -> throw (RuntimeException) message;
            case "once" -> {
                registry.add(key);
                if (!onceRegistry.add(new Location(text, category, 0))) {
                    return;
                }
            }
            case "module" -> {
                registry.add(key);
                if (!registry.add(new Location(text, category, 0))) {
                    return;
                }
            }
            case "default" -> registry.add(key);
            default -> { }
        }
        show(new WarningMessage(warningMessageClass, message, category, rt.filename(), lineno));
    }

    /** {@code showwarning}: into the log of {@code catch_warnings(record=True)}, else {@code formatwarning} to stderr. */
    private void show(WarningMessage warning) {
        if (log != null) {
            log.items.add(warning);
            return;
        }
        rt.stderr().print(warning.filename() + ":" + warning.lineno() + ": " + warning.category().name + ": "
                + rt.str(warning.message()) + "\n");
        rt.stderr().flush();
    }

    void simplefilter(Object action, Object category, Object lineno, Object append) {
        addFilter(action(action), null, category(category), null, lineno(lineno), Values.truth(append));
    }

    /** {@code _add_filter}: a filter already there is moved (to the front) or left (appending). */
    private synchronized void addFilter(String action, Pattern message, PyClass category, Pattern module, long lineno,
                                        boolean append) {
        Filter filter = new Filter(action, message, category, module, lineno);
        List<Filter> updated = new ArrayList<>(filters);
        if (!append) {
            updated.removeIf(f -> sameFilter(f, filter));
            updated.add(0, filter);
        } else if (updated.stream().noneMatch(f -> sameFilter(f, filter))) {
            updated.add(filter);
        }
        filters = updated;
        filtersMutated();
    }

    private static boolean sameFilter(Filter a, Filter b) {
        return a.action().equals(b.action()) && a.category() == b.category() && a.lineno() == b.lineno()
                && String.valueOf(a.message()).equals(String.valueOf(b.message()))
                && String.valueOf(a.module()).equals(String.valueOf(b.module()));
    }

    /** {@code _filters_mutated}: the registries that remember shown warnings start again. */
    private void filtersMutated() {
        registry.clear();
    }

    /** {@code catch_warnings.__enter__}: saves the filters and the destination; record=True gives a new log. */
    synchronized Saved save(boolean record) {
        Saved saved = new Saved(filters, log);
        filtersMutated();
        log = record ? new PyList() : null;
        return saved;
    }

    /** {@code catch_warnings.__exit__}. */
    synchronized void restore(Saved saved) {
        filters = saved.filters();
        log = saved.log();
        filtersMutated();
    }

    /** The state {@code catch_warnings} restores on exit. */
    record Saved(List<Filter> filters, PyList log) {
    }

    PyList log() {
        return log;
    }

    /** An action name; {@code all} (an alias of always) from 3.14; before 3.13 a bad one fails an assert. */
    private String action(Object value) {
        if (value instanceof String s && (ACTIONS.contains(s) || s.equals("all") && rt.atLeast(3, 14))) {
            return s;
        }
        String message = "invalid action: " + rt.repr(value);
        throw rt.atLeast(3, 13) ? Errors.valueError(message) : Errors.of(ExceptionClasses.ASSERTION_ERROR, message);
    }

    private PyClass category(Object value) {
        if (ArgumentBinder.absent(value)) {
            return ExceptionClasses.WARNING;
        }
        if (value instanceof PyClass cls && cls.isSubclassOf(ExceptionClasses.WARNING)) {
            return cls;
        }
        throw Errors.typeError("category must be a Warning subclass");
    }

    /** A line number: before 3.13 an assert; from 3.13 TypeError for a non-int, ValueError for a negative one. */
    private long lineno(Object value) {
        if (value instanceof Long l && l >= 0) {
            return l;
        }
        if (!rt.atLeast(3, 13)) {
            throw Errors.of(ExceptionClasses.ASSERTION_ERROR, "lineno must be an int >= 0");
        }
        throw value instanceof Long ? Errors.valueError("lineno must be an int >= 0") : Errors.typeError("lineno must be an int");
    }

    private static Object requireString(Object value, String what) {
        if (value instanceof String) {
            return value;
        }
        throw Errors.typeError(what + " must be a string");
    }
}
