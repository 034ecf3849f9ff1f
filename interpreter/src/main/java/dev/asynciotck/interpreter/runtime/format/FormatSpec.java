package dev.asynciotck.interpreter.runtime.format;

import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.spi.exceptions.TypeError;
import dev.asynciotck.spi.exceptions.ValueError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import dev.asynciotck.interpreter.runtime.object.Args;
import dev.asynciotck.interpreter.runtime.object.PyFunction;
import dev.asynciotck.interpreter.runtime.object.PyInstance;
import dev.asynciotck.interpreter.runtime.operator.Arithmetic;
import dev.asynciotck.interpreter.runtime.repr.Repr;

/** Python's {@code format(value, spec)}: the format specification mini-language for str, int and float. */
public final class FormatSpec {

    private char fill = ' ';
    private char align;
    private char sign = '-';
    private boolean alternate;
    private int width = -1;
    private char grouping;
    private int precision = -1;
    private char type;
    private boolean zeroFlag;

    private FormatSpec() {
    }

    public static String format(Runtime rt, Object value, String spec) {
        if (value instanceof PyInstance i && i.type.lookup("__format__") instanceof PyFunction f) {
            return Repr.str(f.runtime.call(f, Args.of(value, spec)));
        }
        if (spec.isEmpty()) {
            return Repr.str(value);
        }
        FormatSpec s = parse(spec);
        if (value instanceof Boolean b && s.type == 0) {
            return s.pad(b ? "True" : "False", false, '<');
        }
        if (Arithmetic.isInt(value)) {
            return s.formatInt(Arithmetic.big(value), value);
        }
        if (value instanceof Double d) {
            return s.formatFloat(d);
        }
        if (value instanceof String str) {
            return s.formatString(str);
        }
        throw new TypeError("unsupported format string passed to " + rt.typeOf(value).name + ".__format__");
    }

    private static FormatSpec parse(String spec) {
        FormatSpec s = new FormatSpec();
        int i = 0;
        if (spec.length() >= 2 && "<>=^".indexOf(spec.charAt(1)) >= 0) {
            s.fill = spec.charAt(0);
            s.align = spec.charAt(1);
            i = 2;
        } else if (!spec.isEmpty() && "<>=^".indexOf(spec.charAt(0)) >= 0) {
            s.align = spec.charAt(0);
            i = 1;
        }
        if (i < spec.length() && "+- ".indexOf(spec.charAt(i)) >= 0) {
            s.sign = spec.charAt(i++);
        }
        if (i < spec.length() && spec.charAt(i) == 'z') {
            i++;
        }
        if (i < spec.length() && spec.charAt(i) == '#') {
            s.alternate = true;
            i++;
        }
        if (i < spec.length() && spec.charAt(i) == '0') {
            s.zeroFlag = s.align == 0;
            if (s.align == 0) {
                s.fill = '0';
                s.align = '=';
            }
            i++;
        }
        int start = i;
        while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
            i++;
        }
        if (i > start) {
            s.width = Integer.parseInt(spec.substring(start, i));
        }
        if (i < spec.length() && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
            s.grouping = spec.charAt(i++);
        }
        if (i < spec.length() && spec.charAt(i) == '.') {
            i++;
            start = i;
            while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw new ValueError("Format specifier missing precision");
            }
            s.precision = Integer.parseInt(spec.substring(start, i));
        }
        if (i < spec.length()) {
            s.type = spec.charAt(i++);
        }
        if (i < spec.length()) {
            throw new ValueError("Invalid format specifier '" + spec + "' for object of type 'str'");
        }
        return s;
    }

    private String formatString(String value) {
        if (type != 0 && type != 's') {
            throw new ValueError("Unknown format code '" + type + "' for object of type 'str'");
        }
        if (sign != '-') {
            throw new ValueError("Sign not allowed in string format specifier");
        }
        String text = precision >= 0 && precision < value.length() ? value.substring(0, precision) : value;
        return pad(text, false, '<');
    }

    private String formatInt(BigInteger value, Object original) {
        if ("eEfFgG%".indexOf(type == 0 ? ' ' : type) >= 0) {
            return formatFloat(Arithmetic.toDouble(original));
        }
        if (precision >= 0) {
            throw new ValueError("Precision not allowed in integer format specifier");
        }
        BigInteger magnitude = value.abs();
        String digits = switch (type) {
            case 0, 'd', 'n' -> magnitude.toString();
            case 'b' -> (alternate ? "0b" : "") + magnitude.toString(2);
            case 'o' -> (alternate ? "0o" : "") + magnitude.toString(8);
            case 'x' -> (alternate ? "0x" : "") + magnitude.toString(16);
            case 'X' -> (alternate ? "0X" : "") + magnitude.toString(16).toUpperCase();
            case 'c' -> new String(Character.toChars(value.intValueExact()));
            default -> throw new ValueError("Unknown format code '" + type + "' for object of type 'int'");
        };
        if (grouping != 0) {
            int size = type == 0 || type == 'd' ? 3 : 4;
            String prefix = digits.startsWith("0x") || digits.startsWith("0o") || digits.startsWith("0b")
                    || digits.startsWith("0X") ? digits.substring(0, 2) : "";
            digits = prefix + zeroPadGrouped(digits.substring(prefix.length()),
                    width - signOf(value.signum() < 0).length() - prefix.length(), size);
        }
        return pad(signOf(value.signum() < 0) + digits, true, '>');
    }

    private String formatFloat(double value) {
        boolean negative = value < 0 || (value == 0 && 1 / value < 0);
        double magnitude = Math.abs(value);
        String body;
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            body = Double.isNaN(value) ? "nan" : "inf";
            if (Character.isUpperCase(type)) {
                body = body.toUpperCase();
            }
            return pad(signOf(negative && !Double.isNaN(value)) + body, true, '>');
        }
        body = switch (type) {
            case 'f', 'F' -> fixed(magnitude, precision < 0 ? 6 : precision);
            case 'e', 'E' -> scientific(magnitude, precision < 0 ? 6 : precision, type == 'E');
            case 'g', 'G' -> general(magnitude, precision < 0 ? 6 : Math.max(precision, 1), type == 'G', false);
            case '%' -> fixed(magnitude * 100, precision < 0 ? 6 : precision) + "%";
            case 0 -> precision < 0 ? Repr.floatRepr(magnitude) : general(magnitude, Math.max(precision, 1), false, true);
            default -> throw new ValueError("Unknown format code '" + type + "' for object of type 'float'");
        };
        if (grouping != 0) {
            int dot = body.indexOf('.');
            int end = dot >= 0 ? dot : body.indexOf('e') >= 0 ? body.indexOf('e') : body.length();
            if (end == body.length() && body.endsWith("%")) {
                end--;
            }
            String rest = body.substring(end);
            body = zeroPadGrouped(body.substring(0, end), width - signOf(negative).length() - rest.length(), 3) + rest;
        }
        return pad(signOf(negative) + body, true, '>');
    }

    static String fixed(double magnitude, int digits) {
        String text = new BigDecimal(magnitude).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
        return text;
    }

    private String scientific(double magnitude, int digits, boolean upper) {
        String text;
        if (magnitude == 0) {
            text = "0" + (digits > 0 ? "." + "0".repeat(digits) : "") + "e+00";
        } else {
            BigDecimal rounded = new BigDecimal(magnitude).round(new MathContext(digits + 1, RoundingMode.HALF_EVEN));
            String unscaled = rounded.unscaledValue().toString();
            int exponent = unscaled.length() - rounded.scale() - 1;
            unscaled = (unscaled + "0".repeat(digits + 1)).substring(0, digits + 1);
            String mantissa = unscaled.charAt(0) + (digits > 0 || alternate ? "." : "") + unscaled.substring(1);
            text = mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
        }
        return upper ? text.toUpperCase() : text;
    }

    private String general(double magnitude, int p, boolean upper, boolean noType) {
        if (magnitude == 0) {
            return noType ? "0.0" : (alternate ? "0." + "0".repeat(p - 1) : "0");
        }
        BigDecimal rounded = new BigDecimal(magnitude).round(new MathContext(p, RoundingMode.HALF_EVEN));
        String unscaled = rounded.unscaledValue().toString();
        int exponent = unscaled.length() - rounded.scale() - 1;
        String text;
        if (exponent >= -4 && exponent < p) {
            text = fixed(magnitude, Math.max(p - 1 - exponent, 0));
            if (!alternate && text.contains(".")) {
                text = text.replaceAll("0+$", "");
                if (text.endsWith(".")) {
                    text = noType ? text + "0" : text.substring(0, text.length() - 1);
                }
            } else if (noType && !text.contains(".")) {
                text = text + ".0";
            }
        } else {
            text = scientific(magnitude, p - 1, upper);
            if (!alternate) {
                int e = text.indexOf(upper ? 'E' : 'e');
                String mantissa = text.substring(0, e);
                if (mantissa.contains(".")) {
                    mantissa = mantissa.replaceAll("0+$", "");
                    if (mantissa.endsWith(".")) {
                        mantissa = mantissa.substring(0, mantissa.length() - 1);
                    }
                }
                text = mantissa + text.substring(e);
            }
        }
        return upper ? text.toUpperCase() : text;
    }

    private String signOf(boolean negative) {
        if (negative) {
            return "-";
        }
        return sign == '+' ? "+" : sign == ' ' ? " " : "";
    }

    /** Groups digits; with the '0' flag, first pads them with zeros until the grouped text fills {@code needed}. */
    private String zeroPadGrouped(String digits, int needed, int size) {
        String grouped = group(digits, grouping, size);
        if (!zeroFlag) {
            return grouped;
        }
        while (grouped.length() < needed) {
            digits = "0" + digits;
            grouped = group(digits, grouping, size);
        }
        return grouped;
    }

    private static String group(String digits, char separator, int size) {
        StringBuilder out = new StringBuilder();
        int start = 0;
        while (start < digits.length() && !Character.isLetterOrDigit(digits.charAt(start))) {
            start++;
        }
        String head = digits.substring(0, start);
        String number = digits.substring(start);
        for (int i = 0; i < number.length(); i++) {
            if (i > 0 && (number.length() - i) % size == 0) {
                out.append(separator);
            }
            out.append(number.charAt(i));
        }
        return head + out;
    }

    private String pad(String text, boolean numeric, char defaultAlign) {
        int length = text.codePointCount(0, text.length());
        if (width <= length) {
            return text;
        }
        int padding = width - length;
        String fillText = String.valueOf(fill);
        char a = align == 0 ? defaultAlign : align;
        return switch (a) {
            case '<' -> text + fillText.repeat(padding);
            case '^' -> fillText.repeat(padding / 2) + text + fillText.repeat(padding - padding / 2);
            case '=' -> {
                int signLength = numeric && !text.isEmpty() && "+- ".indexOf(text.charAt(0)) >= 0 ? 1 : 0;
                if (numeric && text.startsWith("0x", signLength) || text.startsWith("0b", signLength)
                        || text.startsWith("0o", signLength)) {
                    signLength += 2;
                }
                yield text.substring(0, signLength) + fillText.repeat(padding) + text.substring(signLength);
            }
            default -> fillText.repeat(padding) + text;
        };
    }
}
