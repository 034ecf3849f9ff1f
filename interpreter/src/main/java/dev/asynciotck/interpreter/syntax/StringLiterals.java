package dev.asynciotck.interpreter.syntax;

import java.util.ArrayList;
import java.util.List;

/** Decodes string literal tokens: escapes, raw strings, and the fields of f-strings. */
final class StringLiterals {

    /** Parses the expression of an f-string field found at a position of the file. */
    interface EmbeddedParser {
        Expr parse(String text, int line, int column);
    }

    private final Token token;
    private final String content;
    private final boolean raw;
    private final int contentColumn;
    private final EmbeddedParser parser;

    private StringLiterals(Token token, EmbeddedParser parser) {
        this.token = token;
        this.parser = parser;
        String text = token.text();
        int quoteAt = 0;
        while (text.charAt(quoteAt) != '\'' && text.charAt(quoteAt) != '"') {
            quoteAt++;
        }
        String prefix = text.substring(0, quoteAt).toLowerCase();
        this.raw = prefix.contains("r");
        int quoteLength = text.startsWith(String.valueOf(text.charAt(quoteAt)).repeat(3), quoteAt) && text.length() - quoteAt >= 6 ? 3 : 1;
        this.content = text.substring(quoteAt + quoteLength, text.length() - quoteLength);
        this.contentColumn = token.column() + quoteAt + quoteLength;
    }

    static boolean isFString(Token token) {
        return prefixOf(token).contains("f");
    }

    static boolean isBytes(Token token) {
        return prefixOf(token).contains("b");
    }

    private static String prefixOf(Token token) {
        String text = token.text();
        int quoteAt = 0;
        while (text.charAt(quoteAt) != '\'' && text.charAt(quoteAt) != '"') {
            quoteAt++;
        }
        return text.substring(0, quoteAt).toLowerCase();
    }

    /** The value of a plain (non-f) string literal. */
    static String plain(Token token) {
        StringLiterals literal = new StringLiterals(token, null);
        return literal.raw ? literal.content : literal.unescape(literal.content, 0);
    }

    /** The parts of an f-string literal. */
    static List<Expr.FStringPart> fstring(Token token, EmbeddedParser parser) {
        StringLiterals literal = new StringLiterals(token, parser);
        return literal.parts(0, literal.content.length(), false);
    }

    private int[] position(int offset) {
        int line = token.line();
        int lineStartOffset = -1;
        for (int i = 0; i < offset; i++) {
            if (content.charAt(i) == '\n') {
                line++;
                lineStartOffset = i;
            }
        }
        int column = lineStartOffset < 0 ? contentColumn + offset : offset - lineStartOffset;
        return new int[] {line, column};
    }

    private PythonSyntaxError error(String detail, int offset) {
        int[] at = position(offset);
        return new PythonSyntaxError("f-string: " + detail, at[0], at[1]);
    }

    private List<Expr.FStringPart> parts(int from, int to, boolean inSpec) {
        List<Expr.FStringPart> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int literalStart = from;
        int i = from;
        while (i < to) {
            char c = content.charAt(i);
            if (c == '{' && i + 1 < to && content.charAt(i + 1) == '{' && !inSpec) {
                text.append(decode(literalStart, i)).append('{');
                i += 2;
                literalStart = i;
            } else if (c == '}' && i + 1 < to && content.charAt(i + 1) == '}' && !inSpec) {
                text.append(decode(literalStart, i)).append('}');
                i += 2;
                literalStart = i;
            } else if (c == '{') {
                text.append(decode(literalStart, i));
                if (!text.isEmpty()) {
                    parts.add(new Expr.FStringText(text.toString()));
                    text.setLength(0);
                }
                i = field(i + 1, to, parts);
                literalStart = i;
            } else if (c == '}') {
                throw error("single '}' is not allowed", i);
            } else {
                i++;
            }
        }
        text.append(decode(literalStart, to));
        if (!text.isEmpty()) {
            parts.add(new Expr.FStringText(text.toString()));
        }
        return parts;
    }

    private String decode(int from, int to) {
        String segment = content.substring(from, to);
        return raw ? segment : unescape(segment, from);
    }

    /** Parses a replacement field starting after its '{'; returns the offset after its '}'. */
    private int field(int start, int to, List<Expr.FStringPart> parts) {
        int depth = 0;
        int i = start;
        char quote = 0;
        int exprEnd = -1;
        while (i < to) {
            char c = content.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == '}' || c == ':' || (c == '!' && i + 1 < to && content.charAt(i + 1) != '='))) {
                exprEnd = i;
                break;
            } else if (depth == 0 && c == '=' && i + 1 < to && "}!:".indexOf(content.charAt(i + 1)) >= 0
                    && "=!<>".indexOf(content.charAt(i - 1)) < 0) {
                exprEnd = i;
                break;
            }
            i++;
        }
        if (exprEnd < 0) {
            throw error("expecting '}'", start - 1);
        }
        String expressionText = content.substring(start, exprEnd);
        if (expressionText.isBlank()) {
            throw error("valid expression required before '" + content.charAt(exprEnd) + "'", exprEnd);
        }
        int[] at = position(start);
        Expr expression = parser.parse(expressionText, at[0], at[1]);
        i = exprEnd;
        String debugText = null;
        if (content.charAt(i) == '=') {
            debugText = content.substring(start, i + 1);
            i++;
        }
        char conversion = 0;
        if (i < to && content.charAt(i) == '!') {
            if (i + 1 >= to || "rsa".indexOf(content.charAt(i + 1)) < 0) {
                throw error("invalid conversion character: expected 's', 'r', or 'a'", i + 1);
            }
            conversion = content.charAt(i + 1);
            i += 2;
        }
        boolean explicitConversion = conversion != 0;
        Expr.FString spec = null;
        if (i < to && content.charAt(i) == ':') {
            int specStart = i + 1;
            int nested = 0;
            i = specStart;
            while (i < to && (nested > 0 || content.charAt(i) != '}')) {
                if (content.charAt(i) == '{') {
                    nested++;
                } else if (content.charAt(i) == '}') {
                    nested--;
                }
                i++;
            }
            int[] specAt = position(specStart);
            spec = new Expr.FString(new Pos(specAt[0], specAt[1]), parts(specStart, i, true));
        }
        if (i >= to || content.charAt(i) != '}') {
            throw error("expecting '}'", Math.min(i, to - 1));
        }
        if (debugText != null && !explicitConversion && spec == null) {
            conversion = 'r';
        }
        parts.add(new Expr.FStringField(expression, conversion, spec, debugText));
        return i + 1;
    }

    private String unescape(String s, int baseOffset) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case '\n' -> { }
                case '\\' -> out.append('\\');
                case '\'' -> out.append('\'');
                case '"' -> out.append('"');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case 'x' -> i = hex(s, i, 2, out, baseOffset);
                case 'u' -> i = hex(s, i, 4, out, baseOffset);
                case 'U' -> i = hex(s, i, 8, out, baseOffset);
                case 'N' -> {
                    int[] at = position(baseOffset + i - 1);
                    throw new UnsupportedConstructError("\\N{...} escape", at[0], at[1]);
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int end = i;
                        while (end < s.length() && end < i + 3 && s.charAt(end) >= '0' && s.charAt(end) <= '7') {
                            end++;
                        }
                        out.append((char) Integer.parseInt(s.substring(i, end), 8));
                        i = end - 1;
                    } else {
                        out.append('\\').append(e);
                    }
                }
            }
        }
        return out.toString();
    }

    private int hex(String s, int at, int digits, StringBuilder out, int baseOffset) {
        if (at + digits >= s.length()) {
            int[] pos = position(baseOffset + at - 1);
            throw new PythonSyntaxError("(unicode error) truncated \\" + s.charAt(at) + " escape", pos[0], pos[1]);
        }
        String hex = s.substring(at + 1, at + 1 + digits);
        try {
            out.appendCodePoint(Integer.parseInt(hex, 16));
        } catch (IllegalArgumentException e) {
            int[] pos = position(baseOffset + at - 1);
            throw new PythonSyntaxError("(unicode error) truncated \\" + s.charAt(at) + " escape", pos[0], pos[1]);
        }
        return at + digits;
    }
}
