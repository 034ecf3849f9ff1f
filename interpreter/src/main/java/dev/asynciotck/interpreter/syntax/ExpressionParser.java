package dev.asynciotck.interpreter.syntax;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Recursive-descent parsing of Python expressions by precedence, down to primaries and targets. */
abstract class ExpressionParser extends TokenCursor {

    private static final Set<String> COMPARISONS = Set.of("<", ">", "==", ">=", "<=", "!=");

    protected final ScopeStack scopes = new ScopeStack();

    ExpressionParser(List<Token> tokens) {
        super(tokens);
    }

    /** An atom: a name, a literal, a display, a parenthesized expression. */
    abstract Expr atom();

    /** {@code lambda params: body}. */
    abstract Expr lambda();

    /** The for/if clauses of a comprehension whose element was just parsed. */
    abstract Expr comprehension(String kind, Expr element, Expr value, Pos pos);

    /** {@code expression (',' expression)* [',']}, a tuple when there is a comma; starred items allowed. */
    Expr starExpressions() {
        Pos pos = Pos.of(peek());
        Expr first = starExpression();
        if (!atOp(",")) {
            if (first instanceof Expr.Starred) {
                throw error("can't use starred expression here", first.pos());
            }
            return first;
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (acceptOp(",")) {
            if (!startsExpression()) {
                break;
            }
            items.add(starExpression());
        }
        return new Expr.TupleExpr(pos, items);
    }

    Expr starExpression() {
        if (atOp("*")) {
            Pos pos = Pos.of(next());
            return new Expr.Starred(pos, bitOr());
        }
        return expression();
    }

    boolean startsExpression() {
        Token token = peek();
        return switch (token.type()) {
            case NAME -> !KEYWORDS.contains(token.text()) || Set.of("None", "True", "False", "not", "lambda",
                    "await", "yield").contains(token.text());
            case NUMBER, STRING -> true;
            case OP -> Set.of("(", "[", "{", "-", "+", "~", "*", "...").contains(token.text());
            default -> false;
        };
    }

    /**
     * {@code yield}, {@code yield value(s)} or {@code yield from expr}, where the grammar allows a yield expression:
     * as a statement, as the right-hand side of an assignment, or in parentheses.
     */
    Expr yieldExpression() {
        Token at = next();
        Pos pos = Pos.of(at);
        boolean from = acceptKeyword("from");
        String refusal = scopes.markYield(from);
        if (refusal != null) {
            throw error(refusal, at);
        }
        if (from) {
            return new Expr.YieldFrom(pos, expression());
        }
        return new Expr.Yield(pos, startsExpression() ? starExpressions() : null);
    }

    /** A full expression: lambda, conditional expression, or an or-test. */
    Expr expression() {
        if (atKeyword("lambda")) {
            return lambda();
        }
        if (atKeyword("yield")) {
            throw unsupported("yield expression", peek());
        }
        Pos pos = Pos.of(peek());
        Expr body = orTest();
        if (atOp(":=")) {
            throw unsupported("assignment expression (:=)", pos);
        }
        if (atKeyword("if") && !inComprehensionCondition) {
            next();
            Expr test = orTest();
            expectKeyword("else");
            Expr orElse = expression();
            return new Expr.IfExp(pos, test, body, orElse);
        }
        return body;
    }

    /** True while parsing a comprehension's condition, where 'if' ends the expression. */
    protected boolean inComprehensionCondition;

    Expr orTest() {
        Pos pos = Pos.of(peek());
        Expr first = andTest();
        if (!atKeyword("or")) {
            return first;
        }
        List<Expr> values = new ArrayList<>(List.of(first));
        while (acceptKeyword("or")) {
            values.add(andTest());
        }
        return new Expr.BoolOp(pos, "or", values);
    }

    private Expr andTest() {
        Pos pos = Pos.of(peek());
        Expr first = notTest();
        if (!atKeyword("and")) {
            return first;
        }
        List<Expr> values = new ArrayList<>(List.of(first));
        while (acceptKeyword("and")) {
            values.add(notTest());
        }
        return new Expr.BoolOp(pos, "and", values);
    }

    private Expr notTest() {
        if (atKeyword("not")) {
            Pos pos = Pos.of(next());
            return new Expr.UnaryOp(pos, "not", notTest());
        }
        return comparison();
    }

    private Expr comparison() {
        Pos pos = Pos.of(peek());
        Expr left = bitOr();
        List<String> ops = new ArrayList<>();
        List<Expr> rest = new ArrayList<>();
        while (true) {
            Token token = peek();
            String op;
            if (token.type() == TokenType.OP && COMPARISONS.contains(token.text())) {
                op = next().text();
            } else if (token.isKeyword("in")) {
                next();
                op = "in";
            } else if (token.isKeyword("not") && peek(1).isKeyword("in")) {
                next();
                next();
                op = "not in";
            } else if (token.isKeyword("is")) {
                next();
                op = acceptKeyword("not") ? "is not" : "is";
            } else {
                break;
            }
            ops.add(op);
            rest.add(bitOr());
        }
        return ops.isEmpty() ? left : new Expr.Compare(pos, left, ops, rest);
    }

    private Expr binary(int level) {
        String[][] levels = {{"|"}, {"^"}, {"&"}, {"<<", ">>"}, {"+", "-"}, {"*", "/", "//", "%", "@"}};
        if (level == levels.length) {
            return factor();
        }
        Pos pos = Pos.of(peek());
        Expr left = binary(level + 1);
        outer:
        while (true) {
            for (String op : levels[level]) {
                if (atOp(op)) {
                    Token opToken = next();
                    if (op.equals("@")) {
                        throw unsupported("matrix multiplication operator '@'", opToken);
                    }
                    left = new Expr.BinOp(pos, left, op, binary(level + 1));
                    continue outer;
                }
            }
            return left;
        }
    }

    Expr bitOr() {
        return binary(0);
    }

    private Expr factor() {
        Token token = peek();
        if (token.isOp("-") || token.isOp("+") || token.isOp("~")) {
            next();
            Expr operand = factor();
            if (token.text().equals("-") && operand instanceof Expr.Constant c && c.value() instanceof Number n
                    && !(c.value() instanceof Double d && d == 0.0)) {
                return new Expr.Constant(Pos.of(token), negate(n));
            }
            return new Expr.UnaryOp(Pos.of(token), token.text(), operand);
        }
        return power();
    }

    private static Object negate(Number n) {
        if (n instanceof Long l) {
            return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : -l;
        }
        if (n instanceof BigInteger b) {
            BigInteger neg = b.negate();
            return neg.bitLength() < 64 ? (Object) neg.longValue() : neg;
        }
        return -n.doubleValue();
    }

    private Expr power() {
        Pos pos = Pos.of(peek());
        Expr base = awaitPrimary();
        if (acceptOp("**")) {
            return new Expr.BinOp(pos, base, "**", factor());
        }
        return base;
    }

    private Expr awaitPrimary() {
        if (atKeyword("await")) {
            Token token = next();
            if (!scopes.awaitAllowed()) {
                throw error(scopes.inFunction() ? "'await' outside async function" : "'await' outside function",
                        token);
            }
            return new Expr.Await(Pos.of(token), primary());
        }
        return primary();
    }

    Expr primary() {
        Expr expr = atom();
        while (true) {
            Token token = peek();
            if (token.isOp(".")) {
                next();
                String name = expectName();
                expr = new Expr.Attribute(expr.pos(), expr, name);
            } else if (token.isOp("(")) {
                next();
                expr = new Expr.Call(expr.pos(), expr, callArguments());
            } else if (token.isOp("[")) {
                next();
                expr = new Expr.Subscript(expr.pos(), expr, subscript());
                expectOp("]");
            } else {
                return expr;
            }
        }
    }

    private List<Expr.Argument> callArguments() {
        List<Expr.Argument> args = new ArrayList<>();
        while (!atOp(")")) {
            Token at = peek();
            if (acceptOp("**")) {
                args.add(new Expr.Argument(Pos.of(at), null, expression(), Expr.Argument.Kind.DOUBLE_STAR));
            } else if (acceptOp("*")) {
                args.add(new Expr.Argument(Pos.of(at), null, expression(), Expr.Argument.Kind.STAR));
            } else if (at.type() == TokenType.NAME && peek(1).isOp("=") && !KEYWORDS.contains(at.text())) {
                next();
                next();
                args.add(new Expr.Argument(Pos.of(at), at.text(), expression(), Expr.Argument.Kind.KEYWORD));
            } else {
                Expr value = expression();
                if (atKeyword("for") || atKeyword("async")) {
                    value = comprehension("generator", value, null, Pos.of(at));
                }
                args.add(new Expr.Argument(Pos.of(at), null, value, Expr.Argument.Kind.POSITIONAL));
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        expectOp(")");
        return args;
    }

    private Expr subscript() {
        Pos pos = Pos.of(peek());
        Expr first = sliceItem();
        if (!atOp(",")) {
            return first;
        }
        List<Expr> items = new ArrayList<>(List.of(first));
        while (acceptOp(",") && !atOp("]")) {
            items.add(sliceItem());
        }
        return new Expr.TupleExpr(pos, items);
    }

    private Expr sliceItem() {
        Pos pos = Pos.of(peek());
        Expr lower = atOp(":") ? null : expression();
        if (!acceptOp(":")) {
            return lower;
        }
        Expr upper = atOp(":") || atOp("]") || atOp(",") ? null : expression();
        Expr step = null;
        if (acceptOp(":")) {
            step = atOp("]") || atOp(",") ? null : expression();
        }
        return new Expr.Slice(pos, lower, upper, step);
    }

    /** A for-loop target: one or more targets separated by commas. */
    Expr targetList() {
        Pos pos = Pos.of(peek());
        Expr first = targetAtom();
        if (!atOp(",")) {
            return first;
        }
        List<Expr> items = new ArrayList<>(List.of(first));
        while (acceptOp(",") && !atKeyword("in") && !atOp("=")) {
            items.add(targetAtom());
        }
        return new Expr.TupleExpr(pos, items);
    }

    private Expr targetAtom() {
        if (atOp("*")) {
            Pos pos = Pos.of(next());
            return new Expr.Starred(pos, targetAtom());
        }
        Expr target = bitOr();
        checkTarget(target);
        return target;
    }

    /** Raises Python's SyntaxError for an expression that cannot be assigned to. */
    static void checkTarget(Expr target) {
        switch (target) {
            case Expr.Name n -> {
                if (n.id().equals("__debug__")) {
                    throw error("cannot assign to __debug__", n.pos());
                }
            }
            case Expr.Attribute a -> { }
            case Expr.Subscript s -> { }
            case Expr.Starred s -> checkTarget(s.value());
            case Expr.TupleExpr t -> t.elements().forEach(ExpressionParser::checkTarget);
            case Expr.ListExpr l -> l.elements().forEach(ExpressionParser::checkTarget);
            default -> throw error("cannot assign to " + describe(target), target.pos());
        }
    }

    static String describe(Expr expr) {
        return switch (expr) {
            case Expr.Constant c -> c.value() == null || c.value() instanceof Boolean ? String.valueOf(c.value()) : "literal";
            case Expr.Call c -> "function call";
            case Expr.Await a -> "await expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.Lambda l -> "lambda";
            case Expr.Compare c -> "comparison";
            case Expr.BoolOp b -> "expression";
            case Expr.IfExp i -> "conditional expression";
            case Expr.FString f -> "f-string expression";
            case Expr.Comprehension c -> c.kind().equals("generator") ? "generator expression" : c.kind() + " comprehension";
            case Expr.DictComprehension d -> "dict comprehension";
            case Expr.DictExpr d -> "dict literal";
            case Expr.SetExpr s -> "set display";
            default -> "expression";
        };
    }

    /** Records every name a target binds in the current scope. */
    void bindTarget(Expr target) {
        switch (target) {
            case Expr.Name n -> scopes.bind(n.id());
            case Expr.Starred s -> bindTarget(s.value());
            case Expr.TupleExpr t -> t.elements().forEach(this::bindTarget);
            case Expr.ListExpr l -> l.elements().forEach(this::bindTarget);
            default -> { }
        }
    }

}
