package dev.asynciotck.interpreter.runtime.format;

import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.spi.exceptions.TypeError;
import dev.asynciotck.spi.exceptions.ValueError;
import java.util.List;
import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.object.PyDict;
import dev.asynciotck.interpreter.runtime.object.PyTuple;
import dev.asynciotck.interpreter.runtime.operator.Arithmetic;
import dev.asynciotck.interpreter.runtime.repr.Repr;

/** printf-style formatting: {@code "%s: %d" % (name, count)}. */
public final class PercentFormat {

    private PercentFormat() {
    }

    public static String format(Runtime rt, String template, Object arguments) {
        List<Object> args = arguments instanceof PyTuple t ? t.items : List.of(arguments == null ? NONE : arguments);
        PyDict mapping = arguments instanceof PyDict d ? d : null;
        StringBuilder out = new StringBuilder();
        int next = 0;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i >= template.length()) {
                throw new ValueError("incomplete format");
            }
            Object value = null;
            boolean haveValue = false;
            if (template.charAt(i) == '(') {
                int close = template.indexOf(')', i);
                if (mapping == null) {
                    throw new TypeError("format requires a mapping");
                }
                String key = template.substring(i + 1, close);
                if (!mapping.containsKey(key)) {
                    throw Errors.keyError(key);
                }
                value = mapping.get(key);
                haveValue = true;
                i = close + 1;
            }
            StringBuilder flags = new StringBuilder();
            while (i < template.length() && "-+ #0".indexOf(template.charAt(i)) >= 0) {
                flags.append(template.charAt(i++));
            }
            StringBuilder width = new StringBuilder();
            while (i < template.length() && Character.isDigit(template.charAt(i))) {
                width.append(template.charAt(i++));
            }
            String precision = null;
            if (i < template.length() && template.charAt(i) == '.') {
                i++;
                StringBuilder p = new StringBuilder();
                while (i < template.length() && Character.isDigit(template.charAt(i))) {
                    p.append(template.charAt(i++));
                }
                precision = p.isEmpty() ? "0" : p.toString();
            }
            char type = template.charAt(i++);
            if (type == '%') {
                out.append('%');
                continue;
            }
            if (!haveValue) {
                if (next >= args.size()) {
                    throw new TypeError("not enough arguments for format string");
                }
                value = args.get(next++);
                if (value == NONE) {
                    value = null;
                }
            }
            String f = flags.toString();
            char align = f.contains("-") ? '<' : '>';
            String spec;
            String text = switch (type) {
                case 's' -> Repr.str(value);
                case 'r', 'a' -> Repr.repr(value);
                case 'd', 'i', 'u' -> {
                    if (!Arithmetic.isNumber(value)) {
                        throw new TypeError("%" + type + " format: a real number is required, not " + rt.typeOf(value).name);
                    }
                    Object integer = value instanceof Double d ? Arithmetic.round(Math.floor(Math.abs(d)) * Math.signum(d), null) : value;
                    yield FormatSpec.format(rt, Arithmetic.big(integer), sign(f) + (f.contains("0") && !f.contains("-") ? "0" : "") + width);
                }
                case 'f', 'F', 'e', 'E', 'g', 'G', 'x', 'X', 'o' -> {
                    if (!Arithmetic.isNumber(value)) {
                        throw new TypeError("must be real number, not " + rt.typeOf(value).name);
                    }
                    spec = sign(f) + (f.contains("#") ? "#" : "") + (f.contains("0") && !f.contains("-") ? "0" : "")
                            + width + (precision != null ? "." + precision : "") + type;
                    yield FormatSpec.format(rt, "xXo".indexOf(type) >= 0 ? Arithmetic.big(value) : (Object) Arithmetic.toDouble(value), spec);
                }
                case 'c' -> value instanceof String s ? s : new String(Character.toChars(Arithmetic.big(value).intValue()));
                default -> throw new ValueError("unsupported format character '" + type + "' (0x"
                        + Integer.toHexString(type) + ") at index " + (i - 1));
            };
            if ((type == 's' || type == 'r' || type == 'a') && precision != null) {
                text = text.substring(0, Math.min(text.length(), Integer.parseInt(precision)));
            }
            if (!width.isEmpty() && text.length() < Integer.parseInt(width.toString())) {
                String padding = " ".repeat(Integer.parseInt(width.toString()) - text.length());
                text = align == '<' ? text + padding : padding + text;
            }
            out.append(text);
        }
        if (next < args.size() && mapping == null) {
            throw new TypeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static String sign(String flags) {
        return flags.contains("+") ? "+" : flags.contains(" ") ? " " : "";
    }

    private static final Object NONE = new Object();
}
