package dev.asynciotck.interpreter.syntax;

/** A function parameter: {@code name}, {@code name=default}, {@code *name}, {@code **name}. */
public record Param(Pos pos, String name, Expr defaultValue, Kind kind) {

    public enum Kind { POSITIONAL, VAR_POSITIONAL, KEYWORD_ONLY, VAR_KEYWORD }
}
