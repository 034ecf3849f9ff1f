package dev.asynciotck.interpreter.runtime.builtin;

import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.object.Args;
import dev.asynciotck.interpreter.runtime.operator.Attributes;
import dev.asynciotck.interpreter.runtime.operator.Subscripts;
import dev.asynciotck.interpreter.runtime.repr.Repr;
import dev.asynciotck.interpreter.runtime.format.FormatSpec;

/** {@code str.format(*args, **kwargs)}. */
public final class StringFormat {

    private StringFormat() {
    }

    public static String format(Runtime rt, String template, Args args) {
        int[] auto = {0};
        return render(rt, template, args, auto, 0);
    }

    private static String render(Runtime rt, String template, Args args, int[] auto, int depth) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                if (i + 1 < template.length() && template.charAt(i + 1) == '{') {
                    out.append('{');
                    i += 2;
                    continue;
                }
                int nested = 0;
                int end = i + 1;
                while (end < template.length() && (nested > 0 || template.charAt(end) != '}')) {
                    if (template.charAt(end) == '{') {
                        nested++;
                    } else if (template.charAt(end) == '}') {
                        nested--;
                    }
                    end++;
                }
                if (end >= template.length()) {
                    throw Errors.valueError("expected '}' before end of string");
                }
                out.append(field(rt, template.substring(i + 1, end), args, auto, depth));
                i = end + 1;
            } else if (c == '}') {
                if (i + 1 < template.length() && template.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw Errors.valueError("Single '}' encountered in format string");
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String field(Runtime rt, String field, Args args, int[] auto, int depth) {
        String spec = "";
        char conversion = 0;
        int colon = indexOutsideBrackets(field, ':');
        if (colon >= 0) {
            spec = field.substring(colon + 1);
            field = field.substring(0, colon);
        }
        int bang = field.indexOf('!');
        if (bang >= 0) {
            conversion = field.charAt(bang + 1);
            field = field.substring(0, bang);
        }
        int cut = 0;
        while (cut < field.length() && field.charAt(cut) != '.' && field.charAt(cut) != '[') {
            cut++;
        }
        String head = field.substring(0, cut);
        Object value;
        if (head.isEmpty()) {
            value = positional(args, auto[0]++);
        } else if (head.chars().allMatch(Character::isDigit)) {
            value = positional(args, Integer.parseInt(head));
        } else {
            if (!args.keywords().containsKey(head)) {
                throw Errors.keyError(head);
            }
            value = args.keywords().get(head);
        }
        String rest = field.substring(cut);
        while (!rest.isEmpty()) {
            if (rest.charAt(0) == '.') {
                int end = 1;
                while (end < rest.length() && rest.charAt(end) != '.' && rest.charAt(end) != '[') {
                    end++;
                }
                value = Attributes.get(rt, value, rest.substring(1, end));
                rest = rest.substring(end);
            } else {
                int close = rest.indexOf(']');
                String key = rest.substring(1, close);
                Object index = key.chars().allMatch(Character::isDigit) && !key.isEmpty() ? (Object) Long.parseLong(key) : key;
                value = Subscripts.get(rt, value, index);
                rest = rest.substring(close + 1);
            }
        }
        value = switch (conversion) {
            case 'r' -> Repr.repr(value);
            case 's' -> Repr.str(value);
            case 'a' -> Repr.ascii(Repr.repr(value));
            default -> value;
        };
        if (spec.contains("{") && depth < 2) {
            spec = render(rt, spec, args, auto, depth + 1);
        }
        return FormatSpec.format(rt, value, spec);
    }

    private static Object positional(Args args, int index) {
        if (index >= args.positional().size()) {
            throw Errors.indexError("Replacement index " + index + " out of range for positional args tuple");
        }
        return args.positional().get(index);
    }

    private static int indexOutsideBrackets(String s, char target) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == target && depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
