package dev.asynciotck.interpreter;

import dev.asynciotck.interpreter.syntax.Parser;
import dev.asynciotck.interpreter.syntax.Stmt;
import java.util.List;
import java.util.Objects;

/** An immutable parsed module of the interpreter's Python subset. */
public final class Program {

    private final String source;
    private final String filename;
    private final List<Stmt> body;

    private Program(String source, String filename, List<Stmt> body) {
        this.source = source;
        this.filename = filename;
        this.body = List.copyOf(body);
    }

    /**
     * Parses {@code source}.
     *
     * @throws PythonSyntaxError          if it is not valid Python
     * @throws UnsupportedConstructError  if it uses a construct outside the subset
     */
    public static Program parse(String source, String filename) {
        Objects.requireNonNull(source, "source");
        return new Program(source, filename == null ? "<string>" : filename, Parser.parseModule(source));
    }

    public String filename() {
        return filename;
    }

    public String source() {
        return source;
    }

    /** The module's statements. */
    public List<Stmt> body() {
        return body;
    }
}
