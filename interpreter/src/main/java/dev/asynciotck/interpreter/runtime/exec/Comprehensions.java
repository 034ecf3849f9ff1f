package dev.asynciotck.interpreter.runtime.exec;

import dev.asynciotck.interpreter.syntax.Expr;
import dev.asynciotck.interpreter.syntax.FunctionScope;
import java.util.ArrayList;
import java.util.List;
import dev.asynciotck.interpreter.runtime.object.PyDict;
import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.generator.PyGenerator;
import dev.asynciotck.interpreter.runtime.object.PyList;
import dev.asynciotck.interpreter.runtime.object.PySet;
import dev.asynciotck.interpreter.runtime.object.Values;
import dev.asynciotck.interpreter.runtime.operator.Iteration;

/**
 * List, set, dict comprehensions, each in its own scope, and generator expressions: generators whose first
 * iterable is evaluated (and iterated with {@code iter()}) at once, in the enclosing scope, and the rest lazily.
 */
final class Comprehensions {

    private Comprehensions() {
    }

    static Object evaluate(ProgramRuntime rt, Expr.Comprehension c, Frame frame) {
        if (c.kind().equals("generator")) {
            return generator(rt, c, frame);
        }
        List<Object> results = new ArrayList<>();
        run(rt, c.generators(), c.scope(), frame, f -> results.add(rt.evaluator.eval(c.element(), f)));
        return c.kind().equals("set") ? PySet.of(results) : new PyList(results);
    }

    private static PyGenerator generator(ProgramRuntime rt, Expr.Comprehension c, Frame frame) {
        if (c.generators().stream().anyMatch(Expr.ComprehensionFor::isAsync)) {
            throw Errors.unsupported("asynchronous generator expression");
        }
        Iterable<Object> first = iterableOnce(Iteration.iterator(rt, rt.evaluator.eval(c.generators().get(0).iterable(), frame)));
        return rt.generators.generator("<genexpr>", c.scope().qualifiedName(), strand -> {
            Frame inner = Frame.call(rt, c.scope(), frame.closureFrame(), rt.globals, null, strand::yieldValue, frame.function);
            loop(rt, c.generators(), 0, first, inner, f -> strand.yieldValue(rt.evaluator.eval(c.element(), f)));
            return null;
        });
    }

    private static Iterable<Object> iterableOnce(java.util.Iterator<Object> iterator) {
        return () -> iterator;
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

    private static void run(ProgramRuntime rt, List<Expr.ComprehensionFor> generators, FunctionScope scope, Frame frame, Body body) {
        Object first = rt.evaluator.eval(generators.get(0).iterable(), frame);
        Frame inner = Frame.call(rt, scope, frame.closureFrame(), rt.globals, frame.awaiter, frame.function);
        inner.handling = frame.handling;
        loop(rt, generators, 0, items(rt, generators.get(0), first, inner), inner, body);
    }

    private static Iterable<Object> items(ProgramRuntime rt, Expr.ComprehensionFor generator, Object iterable, Frame frame) {
        return generator.isAsync() ? AsyncIteration.collect(rt, iterable, frame.awaiter) : Iteration.iterable(rt, iterable);
    }

    private static void loop(ProgramRuntime rt, List<Expr.ComprehensionFor> generators, int index, Iterable<Object> items,
                             Frame frame, Body body) {
        Expr.ComprehensionFor generator = generators.get(index);
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
                Expr.ComprehensionFor nextFor = generators.get(index + 1);
                loop(rt, generators, index + 1, items(rt, nextFor, rt.evaluator.eval(nextFor.iterable(), frame), frame),
                        frame, body);
            }
        }
    }
}
