package dev.asynciotck.interpreter.syntax;

/**
 * One token. For {@link TokenType#STRING} the text is the literal as written, prefix and quotes included.
 *
 * @param line   1-based line of the first character
 * @param column 1-based column of the first character
 */
public record Token(TokenType type, String text, int line, int column) {

    public boolean is(TokenType kind, String value) {
        return type == kind && text.equals(value);
    }

    public boolean isOp(String value) {
        return type == TokenType.OP && text.equals(value);
    }

    public boolean isKeyword(String value) {
        return type == TokenType.NAME && text.equals(value);
    }

    @Override
    public String toString() {
        return type + "(" + text + ")@" + line + ":" + column;
    }
}
