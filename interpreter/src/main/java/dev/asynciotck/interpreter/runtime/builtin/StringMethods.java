package dev.asynciotck.interpreter.runtime.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.object.PyBuiltin;
import dev.asynciotck.interpreter.runtime.object.PyList;
import dev.asynciotck.interpreter.runtime.object.PyTuple;
import dev.asynciotck.interpreter.runtime.operator.Arithmetic;
import dev.asynciotck.interpreter.runtime.operator.Iteration;

/** Methods of str. */
final class StringMethods {

    private static final Set<String> REAL = Set.of("capitalize", "casefold", "center", "count", "encode", "endswith",
            "expandtabs", "find", "format", "format_map", "index", "isalnum", "isalpha", "isascii", "isdecimal",
            "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "join",
            "ljust", "lower", "lstrip", "maketrans", "partition", "removeprefix", "removesuffix", "replace", "rfind",
            "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip",
            "swapcase", "title", "translate", "upper", "zfill");

    private StringMethods() {
    }

    static Object get(Runtime rt, String s, String name) {
        return switch (name) {
            case "join" -> PyBuiltin.method(s, "join", "iterable", v -> {
                StringBuilder out = new StringBuilder();
                int i = 0;
                for (Object item : Iteration.iterable(rt, v[0])) {
                    if (!(item instanceof String text)) {
                        throw Errors.typeError("sequence item " + i + ": expected str instance, " + rt.typeOf(item).name + " found");
                    }
                    if (i++ > 0) {
                        out.append(s);
                    }
                    out.append(text);
                }
                return out.toString();
            });
            case "format" -> PyBuiltin.raw("format", args -> StringFormat.format(rt, s, args));
            case "upper" -> PyBuiltin.method(s, name, "", v -> s.toUpperCase());
            case "lower" -> PyBuiltin.method(s, name, "", v -> s.toLowerCase());
            case "casefold" -> PyBuiltin.method(s, name, "", v -> s.toLowerCase());
            case "swapcase" -> PyBuiltin.method(s, name, "", v -> swapcase(s));
            case "title" -> PyBuiltin.method(s, name, "", v -> title(s));
            case "capitalize" -> PyBuiltin.method(s, name, "", v -> s.isEmpty() ? s
                    : s.substring(0, 1).toUpperCase() + s.substring(1).toLowerCase());
            case "startswith", "endswith" -> PyBuiltin.method(s, name, "prefix", v -> {
                List<Object> options = v[0] instanceof PyTuple t ? t.items : List.of(v[0]);
                for (Object o : options) {
                    if (!(o instanceof String p)) {
                        throw Errors.typeError(name + " first arg must be str or a tuple of str, not " + rt.typeOf(o).name);
                    }
                    if (name.equals("startswith") ? s.startsWith(p) : s.endsWith(p)) {
                        return true;
                    }
                }
                return false;
            });
            case "split" -> PyBuiltin.method(s, name, "sep=None, maxsplit=-1", v -> split(s, v[0], v[1]));
            case "rsplit" -> PyBuiltin.method(s, name, "sep=None, maxsplit=-1", v -> {
                if (Arithmetic.big(v[1]).longValue() < 0) {
                    return split(s, v[0], v[1]);
                }
                throw Errors.unsupported("str.rsplit() with maxsplit");
            });
            case "splitlines" -> PyBuiltin.method(s, name, "keepends=False", v -> {
                PyList out = new PyList();
                if (!s.isEmpty()) {
                    for (String line : s.split("\r\n|\r|\n", -1)) {
                        out.items.add(line);
                    }
                    if (s.endsWith("\n") || s.endsWith("\r")) {
                        out.items.remove(out.items.size() - 1);
                    }
                }
                return out;
            });
            case "strip", "lstrip", "rstrip" -> PyBuiltin.method(s, name, "chars=None", v -> strip(s, name, (String) v[0]));
            case "replace" -> PyBuiltin.method(s, name, "old, new, count=-1", v -> {
                long count = Arithmetic.big(v[2]).longValue();
                String old = (String) v[0];
                String replacement = (String) v[1];
                if (count < 0) {
                    return s.replace(old, replacement);
                }
                StringBuilder out = new StringBuilder();
                int from = 0;
                for (long n = 0; n < count; n++) {
                    int at = s.indexOf(old, from);
                    if (at < 0) {
                        break;
                    }
                    out.append(s, from, at).append(replacement);
                    from = at + old.length();
                }
                return out.append(s.substring(from)).toString();
            });
            case "find" -> PyBuiltin.method(s, name, "sub", v -> (long) s.indexOf((String) v[0]));
            case "rfind" -> PyBuiltin.method(s, name, "sub", v -> (long) s.lastIndexOf((String) v[0]));
            case "index", "rindex" -> PyBuiltin.method(s, name, "sub", v -> {
                int at = name.equals("index") ? s.indexOf((String) v[0]) : s.lastIndexOf((String) v[0]);
                if (at < 0) {
                    throw Errors.valueError("substring not found");
                }
                return (long) at;
            });
            case "count" -> PyBuiltin.method(s, name, "sub", v -> {
                String sub = (String) v[0];
                if (sub.isEmpty()) {
                    return (long) s.length() + 1;
                }
                long n = 0;
                for (int at = s.indexOf(sub); at >= 0; at = s.indexOf(sub, at + sub.length())) {
                    n++;
                }
                return n;
            });
            case "isdigit", "isdecimal", "isnumeric" -> PyBuiltin.method(s, name, "",
                    v -> !s.isEmpty() && s.chars().allMatch(Character::isDigit));
            case "isalpha" -> PyBuiltin.method(s, name, "", v -> !s.isEmpty() && s.chars().allMatch(Character::isLetter));
            case "isalnum" -> PyBuiltin.method(s, name, "", v -> !s.isEmpty() && s.chars().allMatch(Character::isLetterOrDigit));
            case "isspace" -> PyBuiltin.method(s, name, "", v -> !s.isEmpty() && s.chars().allMatch(Character::isWhitespace));
            case "isupper" -> PyBuiltin.method(s, name, "", v -> s.chars().anyMatch(Character::isLetter)
                    && s.equals(s.toUpperCase()));
            case "islower" -> PyBuiltin.method(s, name, "", v -> s.chars().anyMatch(Character::isLetter)
                    && s.equals(s.toLowerCase()));
            case "isidentifier" -> PyBuiltin.method(s, name, "", v -> !s.isEmpty()
                    && (Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')
                    && s.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_'));
            case "center", "ljust", "rjust" -> PyBuiltin.method(s, name, "width, fillchar=' '", v -> {
                int width = (int) Arithmetic.big(v[0]).longValue();
                String fill = (String) v[1];
                int padding = width - s.length();
                if (padding <= 0) {
                    return s;
                }
                return switch (name) {
                    case "ljust" -> s + fill.repeat(padding);
                    case "rjust" -> fill.repeat(padding) + s;
                    default -> {
                        int left = padding / 2 + (padding & width & 1);
                        yield fill.repeat(left) + s + fill.repeat(padding - left);
                    }
                };
            });
            case "zfill" -> PyBuiltin.method(s, name, "width", v -> {
                int width = (int) Arithmetic.big(v[0]).longValue();
                if (s.length() >= width) {
                    return s;
                }
                boolean signed = !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+');
                String zeros = "0".repeat(width - s.length());
                return signed ? s.charAt(0) + zeros + s.substring(1) : zeros + s;
            });
            case "partition", "rpartition" -> PyBuiltin.method(s, name, "sep", v -> {
                String sep = (String) v[0];
                int at = name.equals("partition") ? s.indexOf(sep) : s.lastIndexOf(sep);
                if (at < 0) {
                    return name.equals("partition") ? PyTuple.of(s, "", "") : PyTuple.of("", "", s);
                }
                return PyTuple.of(s.substring(0, at), sep, s.substring(at + sep.length()));
            });
            case "removeprefix" -> PyBuiltin.method(s, name, "prefix", v -> s.startsWith((String) v[0])
                    ? s.substring(((String) v[0]).length()) : s);
            case "removesuffix" -> PyBuiltin.method(s, name, "suffix", v -> s.endsWith((String) v[0]) && !((String) v[0]).isEmpty()
                    ? s.substring(0, s.length() - ((String) v[0]).length()) : s);
            default -> throw BuiltinMethods.missing(s, name, REAL);
        };
    }

    private static PyList split(String s, Object separator, Object maxSplit) {
        long max = Arithmetic.big(maxSplit).longValue();
        PyList out = new PyList();
        if (separator == null) {
            String rest = s.stripLeading();
            while (!rest.isEmpty()) {
                if (max >= 0 && out.items.size() == max) {
                    out.items.add(rest.stripTrailing());
                    return out;
                }
                int end = 0;
                while (end < rest.length() && !Character.isWhitespace(rest.charAt(end))) {
                    end++;
                }
                out.items.add(rest.substring(0, end));
                rest = rest.substring(end).stripLeading();
            }
            return out;
        }
        String sep = (String) separator;
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        int from = 0;
        while (true) {
            int at = s.indexOf(sep, from);
            if (at < 0 || (max >= 0 && out.items.size() == max)) {
                out.items.add(s.substring(from));
                return out;
            }
            out.items.add(s.substring(from, at));
            from = at + sep.length();
        }
    }

    private static String strip(String s, String which, String chars) {
        int start = 0;
        int end = s.length();
        if (!which.equals("rstrip")) {
            while (start < end && stripped(s.charAt(start), chars)) {
                start++;
            }
        }
        if (!which.equals("lstrip")) {
            while (end > start && stripped(s.charAt(end - 1), chars)) {
                end--;
            }
        }
        return s.substring(start, end);
    }

    private static boolean stripped(char c, String chars) {
        return chars == null ? Character.isWhitespace(c) : chars.indexOf(c) >= 0;
    }

    private static String swapcase(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        return out.toString();
    }

    private static String title(String s) {
        StringBuilder out = new StringBuilder();
        boolean previousLetter = false;
        for (char c : s.toCharArray()) {
            out.append(previousLetter ? Character.toLowerCase(c) : Character.toUpperCase(c));
            previousLetter = Character.isLetter(c);
        }
        return out.toString();
    }

}
