package dev.asynciotck.interpreter.syntax;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Python's tokenizer for the interpreter's subset: indentation as INDENT/DEDENT, implicit line joining. */
public final class Lexer {

    /** Tried in this order: every operator comes before the operators that are its prefixes. */
    private static final List<String> OPERATORS = List.of(
        "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "==", "!=", "<=", ">=", "<<", ">>",
        "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
        "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "@", "=", "+", "-", "*", "/", "%", "<", ">",
        "&", "|", "^", "~", "!");

    private final String src;
    private final int lineOffset;
    private final int columnOffset;
    private int pos;
    private int line = 1;
    private int lineStart;
    private int depth;
    private final Deque<Integer> indents = new ArrayDeque<>();
    private final Deque<Character> brackets = new ArrayDeque<>();
    private final Deque<int[]> bracketPositions = new ArrayDeque<>();
    private final List<Token> tokens = new ArrayList<>();

    private Lexer(String src, int lineOffset, int columnOffset) {
        this.src = src;
        this.lineOffset = lineOffset;
        this.columnOffset = columnOffset;
        indents.push(0);
    }

    /** Tokenizes a whole module. */
    public static List<Token> tokenize(String source) {
        return new Lexer(source.replace("\r\n", "\n").replace('\r', '\n'), 0, 0).run(true);
    }

    /**
     * Tokenizes an expression embedded in an f-string, as if in brackets, positions shifted to where the
     * expression starts in the file.
     */
    public static List<Token> tokenizeEmbedded(String expression, int line, int column) {
        Lexer lexer = new Lexer(expression, line - 1, column - 1);
        lexer.depth = 1;
        return lexer.run(false);
    }

    private int col() {
        return pos - lineStart + 1 + (line == 1 ? columnOffset : 0);
    }

    private int ln() {
        return line + lineOffset;
    }

    private PythonSyntaxError error(String detail) {
        return new PythonSyntaxError(detail, ln(), col());
    }

    private List<Token> run(boolean module) {
        boolean atLineStart = module;
        while (true) {
            if (atLineStart && depth == 0) {
                if (!indentation()) {
                    break;
                }
                atLineStart = false;
            }
            if (pos >= src.length()) {
                break;
            }
            char c = src.charAt(pos);
            if (c == '\n') {
                if (depth == 0) {
                    add(TokenType.NEWLINE, "\n", ln(), col());
                    atLineStart = true;
                }
                newline();
            } else if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '\\') {
                if (pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
                    pos++;
                    newline();
                } else {
                    throw error("unexpected character after line continuation character");
                }
            } else if (Character.isDigit(c) || (c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1)))) {
                number();
            } else if (Character.isLetter(c) || c == '_') {
                nameOrString();
            } else if (c == '"' || c == '\'') {
                string(pos, ln(), col());
            } else {
                operator();
            }
        }
        if (module && !brackets.isEmpty()) {
            int[] open = bracketPositions.peek();
            throw new PythonSyntaxError("'" + brackets.peek() + "' was never closed", open[0], open[1]);
        }
        if (module) {
            if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).type() != TokenType.NEWLINE
                    && tokens.get(tokens.size() - 1).type() != TokenType.DEDENT) {
                add(TokenType.NEWLINE, "", ln(), col());
            }
            while (indents.peek() > 0) {
                indents.pop();
                add(TokenType.DEDENT, "", ln(), col());
            }
        }
        add(TokenType.END, "", ln(), col());
        return tokens;
    }

    private void newline() {
        pos++;
        line++;
        lineStart = pos;
    }

    /** Measures the indentation of the next non-blank line and emits INDENT/DEDENT; false at end of input. */
    private boolean indentation() {
        while (true) {
            int width = 0;
            while (pos < src.length()) {
                char c = src.charAt(pos);
                if (c == ' ') {
                    width++;
                } else if (c == '\t') {
                    width = (width / 8 + 1) * 8;
                } else if (c == '\f') {
                    width = 0;
                } else {
                    break;
                }
                pos++;
            }
            if (pos >= src.length()) {
                return false;
            }
            char c = src.charAt(pos);
            if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
                continue;
            }
            if (c == '\n') {
                newline();
                continue;
            }
            if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
                pos++;
                newline();
                continue;
            }
            if (width > indents.peek()) {
                indents.push(width);
                add(TokenType.INDENT, "", ln(), col());
            } else {
                while (width < indents.peek()) {
                    indents.pop();
                    add(TokenType.DEDENT, "", ln(), col());
                }
                if (width != indents.peek()) {
                    throw new PythonSyntaxError("unindent does not match any outer indentation level", ln(), col());
                }
            }
            return true;
        }
    }

    private void add(TokenType type, String text, int tokenLine, int tokenColumn) {
        tokens.add(new Token(type, text, tokenLine, tokenColumn));
    }

    private void number() {
        int start = pos;
        int startCol = col();
        if (src.charAt(pos) == '0' && pos + 1 < src.length() && "xXoObB".indexOf(src.charAt(pos + 1)) >= 0) {
            pos += 2;
            while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                pos++;
            }
        } else {
            digits();
            if (pos < src.length() && src.charAt(pos) == '.') {
                pos++;
                digits();
            }
            if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
                int save = pos;
                pos++;
                if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                    pos++;
                }
                if (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                    digits();
                } else {
                    pos = save;
                }
            }
            if (pos < src.length() && (src.charAt(pos) == 'j' || src.charAt(pos) == 'J')) {
                throw new UnsupportedConstructError("complex number literal", ln(), startCol);
            }
        }
        if (pos < src.length() && (Character.isLetter(src.charAt(pos)) || src.charAt(pos) == '_')) {
            throw error("invalid decimal literal");
        }
        add(TokenType.NUMBER, src.substring(start, pos), ln(), startCol);
    }

    private void digits() {
        while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
            pos++;
        }
    }

    private void nameOrString() {
        int start = pos;
        int startLine = ln();
        int startCol = col();
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
            pos++;
        }
        String word = src.substring(start, pos);
        if (pos < src.length() && (src.charAt(pos) == '"' || src.charAt(pos) == '\'') && isStringPrefix(word)) {
            string(start, startLine, startCol);
            return;
        }
        add(TokenType.NAME, word, startLine, startCol);
    }

    private static boolean isStringPrefix(String word) {
        String w = word.toLowerCase();
        return switch (w) {
            case "r", "u", "f", "b", "rb", "br", "fr", "rf" -> true;
            default -> false;
        };
    }

    /** Reads a string literal whose prefix starts at {@code start}; pos is at the opening quote. */
    private void string(int start, int startLine, int startCol) {
        char quote = src.charAt(pos);
        boolean triple = src.startsWith(String.valueOf(quote).repeat(3), pos);
        pos += triple ? 3 : 1;
        while (true) {
            if (pos >= src.length()) {
                throw new PythonSyntaxError(triple ? "unterminated triple-quoted string literal"
                        : "unterminated string literal", startLine, startCol);
            }
            char c = src.charAt(pos);
            if (c == '\\') {
                pos++;
                if (pos < src.length()) {
                    if (src.charAt(pos) == '\n') {
                        newline();
                    } else {
                        pos++;
                    }
                }
                continue;
            }
            if (c == '\n') {
                if (!triple) {
                    throw new PythonSyntaxError("unterminated string literal", startLine, startCol);
                }
                newline();
                continue;
            }
            if (c == quote) {
                if (!triple) {
                    pos++;
                    break;
                }
                if (src.startsWith(String.valueOf(quote).repeat(3), pos)) {
                    pos += 3;
                    break;
                }
            }
            pos++;
        }
        add(TokenType.STRING, src.substring(start, pos), startLine, startCol);
    }

    private void operator() {
        int startCol = col();
        for (String op : OPERATORS) {
            if (src.startsWith(op, pos)) {
                pos += op.length();
                switch (op) {
                    case "(", "[", "{" -> {
                        depth++;
                        brackets.push(op.charAt(0));
                        bracketPositions.push(new int[] {ln(), startCol});
                    }
                    case ")", "]", "}" -> {
                        if (brackets.isEmpty() || brackets.peek() != matching(op.charAt(0))) {
                            pos -= 1;
                            throw error(brackets.isEmpty() ? "unmatched '" + op + "'"
                                    : "closing parenthesis '" + op + "' does not match opening parenthesis '"
                                    + brackets.peek() + "'");
                        }
                        brackets.pop();
                        bracketPositions.pop();
                        depth--;
                    }
                    default -> {
                    }
                }
                add(TokenType.OP, op, ln(), startCol);
                return;
            }
        }
        char c = src.charAt(pos);
        if (c == '$' || c == '?' || c == '`') {
            throw error("invalid character '" + c + "'");
        }
        throw error("invalid character '" + c + "' (U+" + String.format("%04X", (int) c) + ")");
    }

    private static char matching(char close) {
        return switch (close) {
            case ')' -> '(';
            case ']' -> '[';
            default -> '{';
        };
    }
}
