package dev.asynciotck.interpreter.runtime.exec;

import dev.asynciotck.interpreter.syntax.Expr;
import dev.asynciotck.interpreter.syntax.FunctionScope;
import java.util.ArrayList;
import java.util.List;
import dev.asynciotck.interpreter.runtime.object.PyDict;
import dev.asynciotck.interpreter.runtime.object.PyIterator;
import dev.asynciotck.interpreter.runtime.object.PyList;
import dev.asynciotck.interpreter.runtime.object.PySet;
import dev.asynciotck.interpreter.runtime.object.Values;
import dev.asynciotck.interpreter.runtime.operator.Iteration;

/** List, set, dict comprehensions and generator expressions (evaluated eagerly), each in its own scope. */
final class Comprehensions {

    private Comprehensions() {
    }

    static Object evaluate(ProgramRuntime rt, Expr.Comprehension c, Frame frame) {
        List<Object> results = new ArrayList<>();
        Frame inner = run(rt, c.generators(), c.scope(), frame, f -> results.add(rt.evaluator.eval(c.element(), f)));
        return switch (c.kind()) {
            case "set" -> PySet.of(results);
            case "generator" -> new PyIterator(results.iterator(), "generator");
            default -> new PyList(results);
        };
    }

    static Object evaluate(ProgramRuntime rt, Expr.DictComprehension d, Frame frame) {
        PyDict dict = new PyDict();
        run(rt, d.generators(), d.scope(), frame, f -> {
            Object key = rt.evaluator.eval(d.key(), f);
            dict.put(key, rt.evaluator.eval(d.value(), f));
        });
        return dict;
    }

    private interface Body {
        void emit(Frame frame);
    }

    private static Frame run(ProgramRuntime rt, List<Expr.ComprehensionFor> generators, FunctionScope scope, Frame frame, Body body) {
        Object first = rt.evaluator.eval(generators.get(0).iterable(), frame);
        Frame inner = Frame.call(rt, scope, frame.closureFrame(), rt.globals, frame.awaiter, frame.function);
        inner.handling = frame.handling;
        loop(rt, generators, 0, first, inner, body);
        return inner;
    }

    private static void loop(ProgramRuntime rt, List<Expr.ComprehensionFor> generators, int index, Object iterable, Frame frame,
                             Body body) {
        Expr.ComprehensionFor generator = generators.get(index);
        Iterable<Object> items = generator.isAsync() ? AsyncIteration.collect(rt, iterable, frame.awaiter)
                : Iteration.iterable(rt, iterable);
        for (Object item : items) {
            Assignments.assign(rt, generator.target(), item, frame);
            boolean accepted = true;
            for (Expr condition : generator.conditions()) {
                if (!Values.truth(rt.evaluator.eval(condition, frame))) {
                    accepted = false;
                    break;
                }
            }
            if (!accepted) {
                continue;
            }
            if (index + 1 == generators.size()) {
                body.emit(frame);
            } else {
                loop(rt, generators, index + 1, rt.evaluator.eval(generators.get(index + 1).iterable(), frame), frame, body);
            }
        }
    }
}
