package dev.asynciotck.interpreter.syntax;

/** Python's {@code Ellipsis} ({@code ...}). */
public enum Ellipsis {
    INSTANCE;

    @Override
    public String toString() {
        return "Ellipsis";
    }
}
