package dev.asynciotck.interpreter.runtime.object;

import dev.asynciotck.spi.exceptions.TypeError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Binds call arguments to parameters with CPython's rules and error messages. */
public final class ArgumentBinder {

    /** Marks a parameter that was not passed and has no default. */
    public static final Object MISSING = new Object() {
        @Override
        public String toString() {
            return "<missing>";
        }
    };

    public enum Kind { POSITIONAL, VAR_POSITIONAL, KEYWORD_ONLY, VAR_KEYWORD }

    /** One parameter; {@code defaultValue} is {@link #MISSING} when required. */
    public record Parameter(String name, Kind kind, Object defaultValue) {
    }

    private ArgumentBinder() {
    }

    /**
     * The value of every parameter in order: *args as a PyTuple, **kwargs as a PyDict, and {@link #ABSENT}
     * for an optional parameter declared with '?' that was not passed.
     */
    public static Object[] bind(String function, List<Parameter> params, Args args) {
        Object[] values = new Object[params.size()];
        boolean[] set = new boolean[params.size()];
        List<Object> positional = args.positional();
        int positionalParams = 0;
        int varPositional = -1;
        int varKeyword = -1;
        for (int i = 0; i < params.size(); i++) {
            switch (params.get(i).kind()) {
                case POSITIONAL -> positionalParams++;
                case VAR_POSITIONAL -> varPositional = i;
                case VAR_KEYWORD -> varKeyword = i;
                default -> { }
            }
        }
        int p = 0;
        for (int i = 0; i < params.size() && p < positional.size(); i++) {
            if (params.get(i).kind() == Kind.POSITIONAL) {
                values[i] = positional.get(p++);
                set[i] = true;
            }
        }
        if (p < positional.size()) {
            if (varPositional < 0) {
                throw tooManyPositional(function, params, positionalParams, positional.size(), args);
            }
        }
        if (varPositional >= 0) {
            values[varPositional] = new PyTuple(positional.subList(p, positional.size()));
            set[varPositional] = true;
        }
        PyDict extra = varKeyword >= 0 ? new PyDict() : null;
        for (Map.Entry<String, Object> kw : args.keywords().entrySet()) {
            int found = -1;
            for (int i = 0; i < params.size(); i++) {
                Parameter param = params.get(i);
                if ((param.kind() == Kind.POSITIONAL || param.kind() == Kind.KEYWORD_ONLY)
                        && param.name().equals(kw.getKey())) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                if (extra == null) {
                    throw new TypeError(function + "() got an unexpected keyword argument '" + kw.getKey() + "'");
                }
                extra.put(kw.getKey(), kw.getValue());
            } else {
                if (set[found]) {
                    throw new TypeError(function + "() got multiple values for argument '" + kw.getKey() + "'");
                }
                values[found] = kw.getValue();
                set[found] = true;
            }
        }
        if (varKeyword >= 0) {
            values[varKeyword] = extra;
            set[varKeyword] = true;
        }
        List<String> missingPositional = new ArrayList<>();
        List<String> missingKeyword = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            if (set[i]) {
                continue;
            }
            Parameter param = params.get(i);
            if (param.defaultValue() != MISSING) {
                values[i] = param.defaultValue();
            } else if (param.kind() == Kind.KEYWORD_ONLY) {
                missingKeyword.add(param.name());
            } else {
                missingPositional.add(param.name());
            }
        }
        if (!missingPositional.isEmpty()) {
            throw missing(function, missingPositional, "positional");
        }
        if (!missingKeyword.isEmpty()) {
            throw missing(function, missingKeyword, "keyword-only");
        }
        return values;
    }

    private static TypeError missing(String function, List<String> names, String kind) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                list.append(i == names.size() - 1 ? (names.size() > 2 ? ", and " : " and ") : ", ");
            }
            list.append('\'').append(names.get(i)).append('\'');
        }
        return new TypeError(function + "() missing " + names.size() + " required " + kind + " argument"
                + (names.size() == 1 ? "" : "s") + ": " + list);
    }

    private static TypeError tooManyPositional(String function, List<Parameter> params, int positionalParams,
                                               int given, Args args) {
        int required = 0;
        for (Parameter param : params) {
            if (param.kind() == Kind.POSITIONAL && param.defaultValue() == MISSING) {
                required++;
            }
        }
        String takes = required == positionalParams ? String.valueOf(positionalParams)
                : "from " + required + " to " + positionalParams;
        String plural = positionalParams == 1 && required == positionalParams ? "" : "s";
        int keywordOnlyGiven = 0;
        for (Parameter param : params) {
            if (param.kind() == Kind.KEYWORD_ONLY && args.keywords().containsKey(param.name())) {
                keywordOnlyGiven++;
            }
        }
        String extra = keywordOnlyGiven == 0 ? "" : " positional argument" + (given == 1 ? "" : "s") + " (and "
                + keywordOnlyGiven + " keyword-only argument" + (keywordOnlyGiven == 1 ? "" : "s") + ")";
        return new TypeError(function + "() takes " + takes + " positional argument" + plural + " but " + given
                + (extra.isEmpty() ? (given == 1 ? " was" : " were") : extra + " were") + " given");
    }

    /**
     * Parameters from a Python-like signature: {@code "delay, result=None, *args, name=?, **kw"}; a default of
     * {@code ?} means "optional, MISSING when not passed". Defaults: None, True, False, ints, floats, 'str'.
     */
    public static List<Parameter> parse(String signature) {
        List<Parameter> params = new ArrayList<>();
        boolean keywordOnly = false;
        if (signature.isBlank()) {
            return params;
        }
        for (String raw : signature.split(",")) {
            String part = raw.strip();
            if (part.equals("*")) {
                keywordOnly = true;
            } else if (part.startsWith("**")) {
                params.add(new Parameter(part.substring(2), Kind.VAR_KEYWORD, MISSING));
            } else if (part.startsWith("*")) {
                params.add(new Parameter(part.substring(1), Kind.VAR_POSITIONAL, MISSING));
                keywordOnly = true;
            } else {
                int eq = part.indexOf('=');
                String name = eq < 0 ? part : part.substring(0, eq).strip();
                Object defaultValue = eq < 0 ? MISSING : literal(part.substring(eq + 1).strip());
                params.add(new Parameter(name, keywordOnly ? Kind.KEYWORD_ONLY : Kind.POSITIONAL, defaultValue));
            }
        }
        return params;
    }

    /** The default of a parameter declared with '?': optional, and recognisable as not passed. */
    public static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "<absent>";
        }
    };

    private static Object literal(String text) {
        return switch (text) {
            case "None" -> null;
            case "True" -> Boolean.TRUE;
            case "False" -> Boolean.FALSE;
            case "?" -> ABSENT;
            default -> {
                if (text.startsWith("'")) {
                    yield text.substring(1, text.length() - 1);
                }
                yield text.contains(".") ? (Object) Double.parseDouble(text) : (Object) Long.parseLong(text);
            }
        };
    }

    public static boolean absent(Object value) {
        return value == ABSENT;
    }

    static Map<String, Object> copy(Map<String, Object> keywords) {
        return new LinkedHashMap<>(keywords);
    }
}
