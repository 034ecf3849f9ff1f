package dev.asynciotck.interpreter.syntax;

import java.util.List;

/** Python statements of the subset. */
public sealed interface Stmt {

    Pos pos();

    record ExprStmt(Pos pos, Expr value) implements Stmt {
    }

    /** {@code t1 = t2 = value}. */
    record Assign(Pos pos, List<Expr> targets, Expr value) implements Stmt {
    }

    /** {@code target op= value}, op without the '='. */
    record AugAssign(Pos pos, Expr target, String op, Expr value) implements Stmt {
    }

    /** {@code target: annotation [= value]}; the annotation is never evaluated. */
    record AnnAssign(Pos pos, Expr target, Expr value) implements Stmt {
    }

    record Pass(Pos pos) implements Stmt {
    }

    record Break(Pos pos) implements Stmt {
    }

    record Continue(Pos pos) implements Stmt {
    }

    record Return(Pos pos, Expr value) implements Stmt {
    }

    /** {@code raise [exception [from cause]]}. */
    record Raise(Pos pos, Expr exception, Expr cause) implements Stmt {
    }

    record Global(Pos pos, List<String> names) implements Stmt {
    }

    record Nonlocal(Pos pos, List<String> names) implements Stmt {
    }

    record Delete(Pos pos, List<Expr> targets) implements Stmt {
    }

    record Assert(Pos pos, Expr test, Expr message) implements Stmt {
    }

    /** {@code import a [as b], ...}. */
    record Import(Pos pos, List<Alias> names) implements Stmt {
    }

    /** {@code from module import a [as b], ...}; a single name "*" for a star import. */
    record ImportFrom(Pos pos, String module, List<Alias> names) implements Stmt {
    }

    record Alias(Pos pos, String name, String asName) {
    }

    record If(Pos pos, Expr test, List<Stmt> body, List<Stmt> orElse) implements Stmt {
    }

    record While(Pos pos, Expr test, List<Stmt> body, List<Stmt> orElse) implements Stmt {
    }

    record For(Pos pos, Expr target, Expr iterable, List<Stmt> body, List<Stmt> orElse, boolean isAsync)
            implements Stmt {
    }

    /** {@code try} with handlers, else and finally; {@code star} for {@code except*}. */
    record Try(Pos pos, List<Stmt> body, List<Handler> handlers, List<Stmt> orElse, List<Stmt> finalBody,
               boolean star) implements Stmt {
    }

    /** {@code except [type [as name]]:}. */
    record Handler(Pos pos, Expr type, String name, List<Stmt> body) {
    }

    record With(Pos pos, List<WithItem> items, List<Stmt> body, boolean isAsync) implements Stmt {
    }

    record WithItem(Expr context, Expr target) {
    }

    record FunctionDef(Pos pos, String name, List<Param> params, List<Stmt> body, List<Expr> decorators,
                       FunctionScope scope) implements Stmt {
    }

    record ClassDef(Pos pos, String name, List<Expr> bases, List<Stmt> body, List<Expr> decorators,
                    String qualifiedName) implements Stmt {
    }
}
