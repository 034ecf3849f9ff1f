package dev.asynciotck.interpreter.syntax;

/** Where a node starts in the program text, 1-based. */
public record Pos(int line, int column) {

    public static Pos of(Token token) {
        return new Pos(token.line(), token.column());
    }
}
