package dev.asynciotck.interpreter.syntax;

/** The program is not valid Python: {@code invalid syntax: <detail> at line L, column C}. */
public final class PythonSyntaxError extends PythonSourceError {

    private final String detail;

    public PythonSyntaxError(String detail, int line, int column) {
        super("invalid syntax: " + detail, line, column);
        this.detail = detail;
    }

    /** What is wrong, without the position. */
    public String detail() {
        return detail;
    }
}
