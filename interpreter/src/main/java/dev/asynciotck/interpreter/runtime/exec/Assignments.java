package dev.asynciotck.interpreter.runtime.exec;

import dev.asynciotck.spi.exceptions.TypeError;
import dev.asynciotck.interpreter.syntax.Expr;
import java.util.ArrayList;
import java.util.List;
import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.object.PyList;
import dev.asynciotck.interpreter.runtime.operator.Attributes;
import dev.asynciotck.interpreter.runtime.operator.Iteration;
import dev.asynciotck.interpreter.runtime.operator.Subscripts;

/** Binding values to assignment targets, with unpacking; and {@code del}. */
final class Assignments {

    private Assignments() {
    }

    static void assign(ProgramRuntime rt, Expr target, Object value, Frame frame) {
        switch (target) {
            case Expr.Name n -> frame.store(n.id(), value);
            case Expr.Attribute a -> Attributes.set(rt, rt.evaluator.eval(a.object(), frame), a.name(), value);
            case Expr.Subscript s -> Subscripts.set(rt, rt.evaluator.eval(s.object(), frame),
                    rt.evaluator.eval(s.index(), frame), value);
            case Expr.TupleExpr t -> unpack(rt, t.elements(), value, frame);
            case Expr.ListExpr l -> unpack(rt, l.elements(), value, frame);
            default -> throw new TypeError("cannot assign to " + target.getClass().getSimpleName());
        }
    }

    private static void unpack(ProgramRuntime rt, List<Expr> targets, Object value, Frame frame) {
        List<Object> items;
        try {
            items = Iteration.list(rt, value);
        } catch (TypeError e) {
            if (e.getMessage().endsWith("is not iterable")) {
                throw new TypeError("cannot unpack non-iterable " + rt.typeOf(value).name + " object");
            }
            throw e;
        }
        int star = -1;
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i) instanceof Expr.Starred) {
                star = i;
            }
        }
        if (star < 0) {
            if (items.size() > targets.size()) {
                throw Errors.valueError("too many values to unpack (expected " + targets.size() + ")");
            }
            if (items.size() < targets.size()) {
                throw Errors.valueError("not enough values to unpack (expected " + targets.size() + ", got "
                        + items.size() + ")");
            }
            for (int i = 0; i < targets.size(); i++) {
                assign(rt, targets.get(i), items.get(i), frame);
            }
            return;
        }
        int after = targets.size() - star - 1;
        if (items.size() < targets.size() - 1) {
            throw Errors.valueError("not enough values to unpack (expected at least " + (targets.size() - 1)
                    + ", got " + items.size() + ")");
        }
        for (int i = 0; i < star; i++) {
            assign(rt, targets.get(i), items.get(i), frame);
        }
        List<Object> middle = new ArrayList<>(items.subList(star, items.size() - after));
        assign(rt, ((Expr.Starred) targets.get(star)).value(), new PyList(middle), frame);
        for (int i = 0; i < after; i++) {
            assign(rt, targets.get(star + 1 + i), items.get(items.size() - after + i), frame);
        }
    }

    static void delete(ProgramRuntime rt, Expr target, Frame frame) {
        switch (target) {
            case Expr.Name n -> frame.delete(n.id());
            case Expr.Attribute a -> Attributes.delete(rt, rt.evaluator.eval(a.object(), frame), a.name());
            case Expr.Subscript s -> Subscripts.delete(rt, rt.evaluator.eval(s.object(), frame),
                    rt.evaluator.eval(s.index(), frame));
            case Expr.TupleExpr t -> t.elements().forEach(e -> delete(rt, e, frame));
            case Expr.ListExpr l -> l.elements().forEach(e -> delete(rt, e, frame));
            default -> throw new TypeError("cannot delete " + target.getClass().getSimpleName());
        }
    }
}
