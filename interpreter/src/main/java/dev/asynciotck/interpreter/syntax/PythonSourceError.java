package dev.asynciotck.interpreter.syntax;

/** A problem located in the program text: its message ends with "at line L, column C" (both 1-based). */
public class PythonSourceError extends RuntimeException {

    private final int line;
    private final int column;

    public PythonSourceError(String message, int line, int column) {
        super(message + " at line " + line + ", column " + column);
        this.line = line;
        this.column = column;
    }

    /** The 1-based line of the problem. */
    public int line() {
        return line;
    }

    /** The 1-based column of the problem. */
    public int column() {
        return column;
    }
}
