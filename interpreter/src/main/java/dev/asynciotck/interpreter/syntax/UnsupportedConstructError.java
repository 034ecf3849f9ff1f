package dev.asynciotck.interpreter.syntax;

/**
 * The program uses Python outside the interpreter's subset: found while parsing, or when execution reaches it
 * (an unknown builtin, a module other than asyncio, an asyncio attribute the SPI does not map).
 * Its message is exactly {@code unsupported Python construct: <what> at line L, column C}.
 */
public final class UnsupportedConstructError extends PythonSourceError {

    private final String construct;

    public UnsupportedConstructError(String construct, int line, int column) {
        super("unsupported Python construct: " + construct, line, column);
        this.construct = construct;
    }

    /** What is unsupported, for example {@code yield expression} or {@code import of module 'time'}. */
    public String construct() {
        return construct;
    }
}
