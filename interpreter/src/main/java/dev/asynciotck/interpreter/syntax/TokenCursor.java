package dev.asynciotck.interpreter.syntax;

import java.util.List;
import java.util.Set;

/** Reading tokens, with Python's keywords and error helpers. */
abstract class TokenCursor {

    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
            "try", "while", "with", "yield");

    protected List<Token> tokens;
    protected int index;

    TokenCursor(List<Token> tokens) {
        this.tokens = tokens;
    }

    Token peek() {
        return tokens.get(index);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    Token next() {
        Token token = tokens.get(index);
        if (token.type() != TokenType.END) {
            index++;
        }
        return token;
    }

    boolean atOp(String op) {
        return peek().isOp(op);
    }

    boolean atKeyword(String keyword) {
        return peek().isKeyword(keyword);
    }

    boolean acceptOp(String op) {
        if (atOp(op)) {
            next();
            return true;
        }
        return false;
    }

    boolean acceptKeyword(String keyword) {
        if (atKeyword(keyword)) {
            next();
            return true;
        }
        return false;
    }

    Token expectOp(String op) {
        if (!atOp(op)) {
            throw expected("'" + op + "'");
        }
        return next();
    }

    Token expectKeyword(String keyword) {
        if (!atKeyword(keyword)) {
            throw expected("'" + keyword + "'");
        }
        return next();
    }

    Token expect(TokenType type) {
        if (peek().type() != type) {
            throw expected(describe(type));
        }
        return next();
    }

    String expectName() {
        Token token = peek();
        if (token.type() != TokenType.NAME || KEYWORDS.contains(token.text())) {
            throw expected("a name");
        }
        return next().text();
    }

    static String describe(TokenType type) {
        return switch (type) {
            case NEWLINE -> "end of line";
            case INDENT -> "an indented block";
            case NAME -> "a name";
            default -> type.name().toLowerCase();
        };
    }

    PythonSyntaxError expected(String what) {
        Token token = peek();
        String found = switch (token.type()) {
            case NEWLINE -> "end of line";
            case END -> "end of input";
            case INDENT -> "unexpected indent";
            case DEDENT -> "dedent";
            default -> "'" + token.text() + "'";
        };
        if (token.type() == TokenType.INDENT) {
            return error("unexpected indent", token);
        }
        return error("expected " + what + ", found " + found, token);
    }

    static PythonSyntaxError error(String detail, Token at) {
        return new PythonSyntaxError(detail, at.line(), at.column());
    }

    static PythonSyntaxError error(String detail, Pos at) {
        return new PythonSyntaxError(detail, at.line(), at.column());
    }

    static UnsupportedConstructError unsupported(String what, Token at) {
        return new UnsupportedConstructError(what, at.line(), at.column());
    }

    static UnsupportedConstructError unsupported(String what, Pos at) {
        return new UnsupportedConstructError(what, at.line(), at.column());
    }
}
