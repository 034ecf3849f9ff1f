package dev.asynciotck.interpreter.runtime.exec;

import dev.asynciotck.spi.exceptions.TypeError;
import dev.asynciotck.interpreter.syntax.Expr;
import dev.asynciotck.interpreter.syntax.FunctionScope;
import dev.asynciotck.interpreter.syntax.Param;
import dev.asynciotck.interpreter.syntax.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.asyncio.CoroutineFrames;
import dev.asynciotck.interpreter.runtime.format.FormatSpec;
import dev.asynciotck.interpreter.runtime.repr.Repr;
import dev.asynciotck.interpreter.runtime.object.Args;
import dev.asynciotck.interpreter.runtime.object.ArgumentBinder;
import dev.asynciotck.interpreter.runtime.object.PyDict;
import dev.asynciotck.interpreter.runtime.object.PyFunction;
import dev.asynciotck.interpreter.runtime.object.PyList;
import dev.asynciotck.interpreter.runtime.object.PySet;
import dev.asynciotck.interpreter.runtime.object.PySlice;
import dev.asynciotck.interpreter.runtime.object.PyTuple;
import dev.asynciotck.interpreter.runtime.object.PyWrappers;
import dev.asynciotck.interpreter.runtime.object.Values;
import dev.asynciotck.interpreter.runtime.operator.Attributes;
import dev.asynciotck.interpreter.runtime.operator.Iteration;
import dev.asynciotck.interpreter.runtime.operator.Operators;
import dev.asynciotck.interpreter.runtime.operator.Subscripts;
import dev.asynciotck.interpreter.syntax.PythonSyntaxError;
import dev.asynciotck.interpreter.syntax.UnsupportedConstructError;

/** Evaluates expressions. */
public final class Evaluator {

    private final ProgramRuntime rt;

    Evaluator(ProgramRuntime rt) {
        this.rt = rt;
    }

    public Object eval(Expr expr, Frame frame) {
        try {
            return evaluate(expr, frame);
        } catch (Errors.Unsupported u) {
            throw new UnsupportedConstructError(u.construct, expr.pos().line(), expr.pos().column());
        }
    }

    private Object evaluate(Expr expr, Frame frame) {
        return switch (expr) {
            case Expr.Constant c -> c.value();
            case Expr.Name n -> frame.load(n.id());
            case Expr.FString f -> fstring(f, frame);
            case Expr.ListExpr l -> new PyList(elements(l.elements(), frame));
            case Expr.TupleExpr t -> new PyTuple(elements(t.elements(), frame));
            case Expr.SetExpr s -> PySet.of(elements(s.elements(), frame));
            case Expr.DictExpr d -> dict(d, frame);
            case Expr.Attribute a -> Attributes.get(rt, eval(a.object(), frame), a.name());
            case Expr.Subscript s -> Subscripts.get(rt, eval(s.object(), frame), eval(s.index(), frame));
            case Expr.Slice s -> new PySlice(optional(s.lower(), frame), optional(s.upper(), frame), optional(s.step(), frame));
            case Expr.Call c -> call(c, frame);
            case Expr.UnaryOp u -> Operators.unary(rt, u.op(), eval(u.operand(), frame));
            case Expr.BinOp b -> Operators.binary(rt, b.op(), eval(b.left(), frame), eval(b.right(), frame));
            case Expr.BoolOp b -> boolOp(b, frame);
            case Expr.Compare c -> compare(c, frame);
            case Expr.IfExp i -> Values.truth(eval(i.test(), frame)) ? eval(i.body(), frame) : eval(i.orElse(), frame);
            case Expr.Lambda l -> {
                PyFunction lambda = makeFunction("<lambda>", l.params(), null, l.body(), l.scope(), frame);
                lambda.line = l.pos().line();
                yield lambda;
            }
            case Expr.Await a -> {
                if (frame.awaiter == null) {
                    throw Errors.unsupported("await in a generator expression");
                }
                Object awaited = eval(a.value(), frame);
                CoroutineFrames.Live live = frame.coroutine;
                if (live == null) {
                    yield rt.awaitValue(awaited, frame.awaiter);
                }
                live.line = a.pos().line();
                live.awaiting = awaited; // cr_await, for asyncio's call graphs
                try {
                    yield rt.awaitValue(awaited, frame.awaiter);
                } finally {
                    live.awaiting = null;
                }
            }
            case Expr.Yield y -> frame.yielder.yieldValue(y.value() == null ? null : eval(y.value(), frame));
            case Expr.YieldFrom y -> rt.generators.yieldFrom(eval(y.value(), frame), frame.yielder);
            case Expr.Comprehension c -> Comprehensions.evaluate(rt, c, frame);
            case Expr.DictComprehension d -> Comprehensions.evaluate(rt, d, frame);
            case Expr.Starred s -> throw new TypeError("can't use starred expression here");
        };
    }

    private Object optional(Expr expr, Frame frame) {
        return expr == null ? null : eval(expr, frame);
    }

    List<Object> elements(List<Expr> exprs, Frame frame) {
        List<Object> values = new ArrayList<>(exprs.size());
        for (Expr e : exprs) {
            if (e instanceof Expr.Starred s) {
                values.addAll(Iteration.list(rt, eval(s.value(), frame)));
            } else {
                values.add(eval(e, frame));
            }
        }
        return values;
    }

    private PyDict dict(Expr.DictExpr d, Frame frame) {
        PyDict dict = new PyDict();
        for (int i = 0; i < d.keys().size(); i++) {
            if (d.keys().get(i) == null) {
                for (Object[] pair : Iteration.pairs(rt, eval(d.values().get(i), frame))) {
                    dict.put(pair[0], pair[1]);
                }
            } else {
                Object key = eval(d.keys().get(i), frame);
                dict.put(key, eval(d.values().get(i), frame));
            }
        }
        return dict;
    }

    private Object boolOp(Expr.BoolOp b, Frame frame) {
        Object value = null;
        for (Expr e : b.values()) {
            value = eval(e, frame);
            boolean truth = Values.truth(value);
            if (b.op().equals("and") ? !truth : truth) {
                return value;
            }
        }
        return value;
    }

    private Object compare(Expr.Compare c, Frame frame) {
        Object left = eval(c.left(), frame);
        for (int i = 0; i < c.ops().size(); i++) {
            Object right = eval(c.comparators().get(i), frame);
            if (!compareOne(c.ops().get(i), left, right)) {
                return false;
            }
            left = right;
        }
        return true;
    }

    private boolean compareOne(String op, Object a, Object b) {
        return switch (op) {
            case "==" -> Operators.equal(a, b);
            case "!=" -> !Operators.equal(a, b);
            case "is" -> identical(a, b);
            case "is not" -> !identical(a, b);
            case "in" -> Operators.contains(rt, b, a);
            case "not in" -> !Operators.contains(rt, b, a);
            default -> Operators.compare(rt, op, a, b);
        };
    }

    /** Python's {@code is}: identity, with small ints, bools and equal strings treated as CPython interns them. */
    static boolean identical(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue() && x >= -5 && x <= 256;
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x.equals(y);
        }
        if (a instanceof String x && b instanceof String y) {
            return x.equals(y) && x.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_');
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y) {
            return x.items.isEmpty() && y.items.isEmpty();
        }
        return false;
    }

    private String fstring(Expr.FString f, Frame frame) {
        StringBuilder out = new StringBuilder();
        for (Expr.FStringPart part : f.parts()) {
            switch (part) {
                case Expr.FStringText t -> out.append(t.text());
                case Expr.FStringField field -> {
                    if (field.debugText() != null) {
                        out.append(field.debugText());
                    }
                    Object value = eval(field.expression(), frame);
                    value = switch (field.conversion()) {
                        case 'r' -> Repr.repr(value);
                        case 's' -> Repr.str(value);
                        case 'a' -> Repr.ascii(Repr.repr(value));
                        default -> value;
                    };
                    String spec = field.formatSpec() == null ? "" : fstring(field.formatSpec(), frame);
                    out.append(FormatSpec.format(rt, value, spec));
                }
            }
        }
        return out.toString();
    }

    private Object call(Expr.Call c, Frame frame) {
        if (c.function() instanceof Expr.Name n && n.id().equals("super") && c.arguments().isEmpty()
                && frame.kind == Frame.Kind.FUNCTION && !frame.scope.locals().contains("super")
                && !frame.globals.containsKey("super")) {
            return zeroArgumentSuper(frame);
        }
        Object function = eval(c.function(), frame);
        List<Object> positional = new ArrayList<>();
        Map<String, Object> keywords = Args.keywordMap();
        for (Expr.Argument argument : c.arguments()) {
            switch (argument.kind()) {
                case POSITIONAL -> positional.add(eval(argument.value(), frame));
                case STAR -> positional.addAll(Iteration.list(rt, eval(argument.value(), frame)));
                case KEYWORD -> {
                    if (keywords.containsKey(argument.keyword())) {
                        throw new dev.asynciotck.interpreter.syntax.PythonSyntaxError("keyword argument repeated: "
                                + argument.keyword(), argument.pos().line(), argument.pos().column());
                    }
                    keywords.put(argument.keyword(), eval(argument.value(), frame));
                }
                case DOUBLE_STAR -> {
                    for (Object[] pair : Iteration.pairs(rt, eval(argument.value(), frame))) {
                        if (!(pair[0] instanceof String key)) {
                            throw new TypeError("keywords must be strings");
                        }
                        if (keywords.containsKey(key)) {
                            throw new TypeError(Attributes.callableName(function) + "() got multiple values for keyword argument '" + key + "'");
                        }
                        keywords.put(key, pair[1]);
                    }
                }
            }
        }
        return rt.call(function, new Args(positional, keywords));
    }

    private Object zeroArgumentSuper(Frame frame) {
        Frame f = frame;
        PyFunction function = f.function;
        if (function == null || function.definingClass == null || function.params.isEmpty()) {
            throw new dev.asynciotck.spi.exceptions.RuntimeError("super(): no arguments");
        }
        Object self = f.locals.get(function.params.get(0).name());
        return new PyWrappers.Super(function.definingClass, self);
    }

    /** A function object for a def or lambda, defaults evaluated now in {@code frame}. */
    PyFunction makeFunction(String name, List<Param> params, List<Stmt> body, Expr lambdaBody, FunctionScope scope,
                            Frame frame) {
        List<ArgumentBinder.Parameter> parameters = new ArrayList<>(params.size());
        for (Param p : params) {
            Object defaultValue = p.defaultValue() == null ? ArgumentBinder.MISSING : eval(p.defaultValue(), frame);
            ArgumentBinder.Kind kind = switch (p.kind()) {
                case POSITIONAL -> ArgumentBinder.Kind.POSITIONAL;
                case VAR_POSITIONAL -> ArgumentBinder.Kind.VAR_POSITIONAL;
                case KEYWORD_ONLY -> ArgumentBinder.Kind.KEYWORD_ONLY;
                case VAR_KEYWORD -> ArgumentBinder.Kind.VAR_KEYWORD;
            };
            parameters.add(new ArgumentBinder.Parameter(p.name(), kind, defaultValue));
        }
        return new PyFunction(name, scope, parameters, body, lambdaBody, frame.closureFrame(), rt);
    }
}
