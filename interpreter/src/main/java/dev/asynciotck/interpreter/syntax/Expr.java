package dev.asynciotck.interpreter.syntax;

import java.util.List;

/** Python expressions of the subset. */
public sealed interface Expr {

    Pos pos();

    record Name(Pos pos, String id) implements Expr {
    }

    /** int (Long or BigInteger), float (Double), str, None (null), True/False, Ellipsis. */
    record Constant(Pos pos, Object value) implements Expr {
    }

    /** An f-string (or a concatenation containing one): literal text and replacement fields. */
    record FString(Pos pos, List<FStringPart> parts) implements Expr {
    }

    record ListExpr(Pos pos, List<Expr> elements) implements Expr {
    }

    record TupleExpr(Pos pos, List<Expr> elements) implements Expr {
    }

    record SetExpr(Pos pos, List<Expr> elements) implements Expr {
    }

    /** A dict display; a null key marks {@code **mapping}. */
    record DictExpr(Pos pos, List<Expr> keys, List<Expr> values) implements Expr {
    }

    /** {@code *value} in a call, a display or an assignment target. */
    record Starred(Pos pos, Expr value) implements Expr {
    }

    record Attribute(Pos pos, Expr object, String name) implements Expr {
    }

    record Subscript(Pos pos, Expr object, Expr index) implements Expr {
    }

    record Slice(Pos pos, Expr lower, Expr upper, Expr step) implements Expr {
    }

    record Call(Pos pos, Expr function, List<Argument> arguments) implements Expr {
    }

    /** {@code -x}, {@code +x}, {@code ~x}, {@code not x}. */
    record UnaryOp(Pos pos, String op, Expr operand) implements Expr {
    }

    record BinOp(Pos pos, Expr left, String op, Expr right) implements Expr {
    }

    /** {@code and} / {@code or} over two or more operands. */
    record BoolOp(Pos pos, String op, List<Expr> values) implements Expr {
    }

    /** A chained comparison: {@code left op0 c0 op1 c1 ...}; ops include "is not" and "not in". */
    record Compare(Pos pos, Expr left, List<String> ops, List<Expr> comparators) implements Expr {
    }

    record IfExp(Pos pos, Expr test, Expr body, Expr orElse) implements Expr {
    }

    record Lambda(Pos pos, List<Param> params, Expr body, FunctionScope scope) implements Expr {
    }

    record Await(Pos pos, Expr value) implements Expr {
    }

    /** {@code yield} or {@code yield value}; {@code value} is null for a bare yield. */
    record Yield(Pos pos, Expr value) implements Expr {
    }

    /** {@code yield from iterable}. */
    record YieldFrom(Pos pos, Expr value) implements Expr {
    }

    /** list / set / generator comprehension ({@code kind} is "list", "set" or "generator"). */
    record Comprehension(Pos pos, String kind, Expr element, List<ComprehensionFor> generators,
                         FunctionScope scope) implements Expr {
    }

    record DictComprehension(Pos pos, Expr key, Expr value, List<ComprehensionFor> generators,
                             FunctionScope scope) implements Expr {
    }

    /** One {@code for target in iterable if cond...} clause. */
    record ComprehensionFor(Expr target, Expr iterable, List<Expr> conditions, boolean isAsync) {
    }

    /** A call argument: positional, {@code name=value}, {@code *value} or {@code **value}. */
    record Argument(Pos pos, String keyword, Expr value, Kind kind) {
        public enum Kind { POSITIONAL, KEYWORD, STAR, DOUBLE_STAR }
    }

    /** Literal text, or a replacement field of an f-string. */
    sealed interface FStringPart {
    }

    record FStringText(String text) implements FStringPart {
    }

    /**
     * {@code {expression!conversion:spec}}; conversion is 0 for none, or 'r', 's', 'a'; {@code debugText}
     * is the {@code expr=} text for self-documenting fields, else null.
     */
    record FStringField(Expr expression, char conversion, FString formatSpec, String debugText)
            implements FStringPart {
    }
}
