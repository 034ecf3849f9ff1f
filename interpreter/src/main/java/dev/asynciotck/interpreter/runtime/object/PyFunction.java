package dev.asynciotck.interpreter.runtime.object;

import dev.asynciotck.interpreter.syntax.Expr;
import dev.asynciotck.interpreter.syntax.FunctionScope;
import dev.asynciotck.interpreter.syntax.Stmt;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A function defined in the program ({@code def}, {@code async def} or {@code lambda}). */
public final class PyFunction {

    public final String name;
    public final FunctionScope scope;
    public final List<ArgumentBinder.Parameter> params;
    /** The statements of a def, or null for a lambda. */
    public final List<Stmt> body;
    /** The expression of a lambda, or null for a def. */
    public final Expr lambdaBody;
    /** The frame the function was defined in, for its free variables; null at module level. */
    public final Closure closure;
    public final Runtime runtime;
    /** The class whose body defined it, for zero-argument super(). */
    public PyClass definingClass;
    public String qualifiedName;
    public final Map<String, Object> attributes = new HashMap<>();
    /**
     * The function's first line, CPython's {@code co_firstlineno} (its first decorator's, else the def's or the lambda's),
     * for callback descriptions ({@code f() at file.py:3}) and a coroutine's code location.
     */
    public int line;

    public PyFunction(String name, FunctionScope scope, List<ArgumentBinder.Parameter> params, List<Stmt> body,
                      Expr lambdaBody, Closure closure, Runtime runtime) {
        this.name = name;
        this.scope = scope;
        this.params = params;
        this.body = body;
        this.lambdaBody = lambdaBody;
        this.closure = closure;
        this.runtime = runtime;
        this.qualifiedName = scope.qualifiedName();
    }

    /** The frame a function was defined in, for its free variables: opaque here, the execution group's. */
    public interface Closure {
    }

    public boolean isAsync() {
        return scope.isAsync();
    }

    @Override
    public String toString() {
        return "<function " + qualifiedName + " at " + Values.address(this) + ">";
    }
}
