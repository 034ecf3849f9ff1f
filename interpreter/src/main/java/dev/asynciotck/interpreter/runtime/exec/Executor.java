package dev.asynciotck.interpreter.runtime.exec;

import dev.asynciotck.spi.exceptions.PythonException;
import dev.asynciotck.spi.exceptions.TypeError;
import dev.asynciotck.interpreter.syntax.Expr;
import dev.asynciotck.interpreter.syntax.Stmt;
import java.util.Iterator;
import java.util.List;
import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.exception.ExceptionClasses;
import dev.asynciotck.interpreter.runtime.exception.Exceptions;
import dev.asynciotck.interpreter.runtime.object.Args;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyDict;
import dev.asynciotck.interpreter.runtime.object.PyList;
import dev.asynciotck.interpreter.runtime.object.PySet;
import dev.asynciotck.interpreter.runtime.object.Values;
import dev.asynciotck.interpreter.runtime.operator.Attributes;
import dev.asynciotck.interpreter.runtime.operator.Iteration;
import dev.asynciotck.interpreter.runtime.operator.Operators;
import dev.asynciotck.interpreter.runtime.operator.Subscripts;
import dev.asynciotck.interpreter.syntax.UnsupportedConstructError;

/** Executes statements. */
public final class Executor {

    private final ProgramRuntime rt;
    private final Blocks blocks;
    private final Definitions definitions;

    Executor(ProgramRuntime rt) {
        this.rt = rt;
        this.blocks = new Blocks(rt, this);
        this.definitions = new Definitions(rt);
    }

    public Signal execBlock(List<Stmt> body, Frame frame) {
        for (Stmt stmt : body) {
            Signal signal = exec(stmt, frame);
            if (signal != Signal.NORMAL) {
                return signal;
            }
        }
        return Signal.NORMAL;
    }

    Signal exec(Stmt stmt, Frame frame) {
        if (frame.coroutine != null) {
            frame.coroutine.line = stmt.pos().line(); // f_lineno, for asyncio's call graphs
        }
        // The innermost statement's line, for the location of warnings; the caller's again when this one ends.
        int[] line = rt.currentLine.get();
        int outer = line[0];
        line[0] = stmt.pos().line();
        try {
            return execute(stmt, frame);
        } catch (Errors.Unsupported u) {
            throw new UnsupportedConstructError(u.construct, stmt.pos().line(), stmt.pos().column());
        } finally {
            line[0] = outer;
        }
    }

    private Signal execute(Stmt stmt, Frame frame) {
        Evaluator ev = rt.evaluator;
        switch (stmt) {
            case Stmt.ExprStmt s -> ev.eval(s.value(), frame);
            case Stmt.Assign s -> {
                Object value = ev.eval(s.value(), frame);
                for (Expr target : s.targets()) {
                    Assignments.assign(rt, target, value, frame);
                }
            }
            case Stmt.AugAssign s -> augmented(s, frame);
            case Stmt.AnnAssign s -> {
                if (s.value() != null) {
                    Assignments.assign(rt, s.target(), ev.eval(s.value(), frame), frame);
                }
            }
            case Stmt.Pass s -> { }
            case Stmt.Break s -> {
                return Signal.BREAK;
            }
            case Stmt.Continue s -> {
                return Signal.CONTINUE;
            }
            case Stmt.Return s -> {
                frame.returnValue = s.value() == null ? null : ev.eval(s.value(), frame);
                return Signal.RETURN;
            }
            case Stmt.Raise s -> raise(s, frame);
            case Stmt.Global s -> { }
            case Stmt.Nonlocal s -> { }
            case Stmt.Delete s -> s.targets().forEach(t -> Assignments.delete(rt, t, frame));
            case Stmt.Assert s -> {
                if (!Values.truth(ev.eval(s.test(), frame))) {
                    throw s.message() == null ? Errors.of(ExceptionClasses.ASSERTION_ERROR)
                            : Errors.of(ExceptionClasses.ASSERTION_ERROR, ev.eval(s.message(), frame));
                }
            }
            case Stmt.Import s -> definitions.importModules(s, frame);
            case Stmt.ImportFrom s -> definitions.importNames(s, frame);
            case Stmt.If s -> {
                return Values.truth(ev.eval(s.test(), frame)) ? execBlock(s.body(), frame) : execBlock(s.orElse(), frame);
            }
            case Stmt.While s -> {
                return whileLoop(s, frame);
            }
            case Stmt.For s -> {
                return forLoop(s, frame);
            }
            case Stmt.Try s -> {
                return blocks.execTry(s, frame);
            }
            case Stmt.With s -> {
                return blocks.execWith(s, 0, frame);
            }
            case Stmt.FunctionDef s -> definitions.defineFunction(s, frame);
            case Stmt.ClassDef s -> definitions.defineClass(s, frame);
        }
        return Signal.NORMAL;
    }

    private void augmented(Stmt.AugAssign s, Frame frame) {
        Evaluator ev = rt.evaluator;
        Object operand = null;
        switch (s.target()) {
            case Expr.Name n -> {
                Object current = frame.load(n.id());
                operand = ev.eval(s.value(), frame);
                frame.store(n.id(), inPlace(s.op(), current, operand));
            }
            case Expr.Attribute a -> {
                Object object = ev.eval(a.object(), frame);
                Object current = Attributes.get(rt, object, a.name());
                operand = ev.eval(s.value(), frame);
                Attributes.set(rt, object, a.name(), inPlace(s.op(), current, operand));
            }
            case Expr.Subscript sub -> {
                Object object = ev.eval(sub.object(), frame);
                Object index = ev.eval(sub.index(), frame);
                Object current = Subscripts.get(rt, object, index);
                operand = ev.eval(s.value(), frame);
                Subscripts.set(rt, object, index, inPlace(s.op(), current, operand));
            }
            default -> throw new TypeError("illegal expression for augmented assignment");
        }
    }

    private Object inPlace(String op, Object current, Object operand) {
        if (op.equals("+") && current instanceof PyList list) {
            list.items.addAll(Iteration.list(rt, operand));
            return list;
        }
        if (current instanceof PySet set && !set.frozen && operand instanceof PySet other && "|&-^".contains(op)) {
            PySet result = (PySet) Operators.binary(rt, op, set, other);
            set.members.clear();
            set.members.addAll(result.members);
            return set;
        }
        if (op.equals("|") && current instanceof PyDict dict && operand instanceof PyDict other) {
            dict.map.putAll(other.map);
            return dict;
        }
        return Operators.binary(rt, op, current, operand);
    }

    private void raise(Stmt.Raise s, Frame frame) {
        if (s.exception() == null) {
            if (frame.handling == null) {
                throw new dev.asynciotck.spi.exceptions.RuntimeError("No active exception to reraise");
            }
            rt.unchainedThrows.reraised(frame.handling);
            throw sneaky(frame.handling);
        }
        Throwable exception = toException(rt.evaluator.eval(s.exception(), frame), "exceptions must derive from BaseException");
        if (frame.handling != null) {
            Exceptions.chain(exception, frame.handling);
        }
        if (s.cause() != null) {
            Object cause = rt.evaluator.eval(s.cause(), frame);
            Exceptions.setCause(rt.types(), exception, cause == null ? null
                    : toException(cause, "exception causes must derive from BaseException"));
        }
        throw sneaky(exception);
    }

    /** An exception instance from {@code raise X} or {@code raise X()}. */
    Throwable toException(Object value, String message) {
        if (value instanceof PyClass cls && cls.isSubclassOf(ExceptionClasses.BASE_EXCEPTION)) {
            return (Throwable) rt.call(cls, Args.NONE);
        }
        if (value instanceof Throwable t && rt.types().classOf(t) != null) {
            return t;
        }
        throw new TypeError(message);
    }

    /** Throws any throwable unchecked (Python exceptions are RuntimeExceptions; provider errors pass unchanged). */
    @SuppressWarnings("unchecked")
    static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }

    private Signal whileLoop(Stmt.While s, Frame frame) {
        while (Values.truth(rt.evaluator.eval(s.test(), frame))) {
            Signal signal = execBlock(s.body(), frame);
            if (signal == Signal.BREAK) {
                return Signal.NORMAL;
            }
            if (signal == Signal.RETURN) {
                return signal;
            }
        }
        return execBlock(s.orElse(), frame);
    }

    private Signal forLoop(Stmt.For s, Frame frame) {
        Object iterable = rt.evaluator.eval(s.iterable(), frame);
        Iterator<Object> items = s.isAsync() ? AsyncIteration.iterator(rt, iterable, frame.awaiter, frame.coroutine)
                : Iteration.iterator(rt, iterable);
        while (items.hasNext()) {
            Assignments.assign(rt, s.target(), items.next(), frame);
            Signal signal = execBlock(s.body(), frame);
            if (signal == Signal.BREAK) {
                return Signal.NORMAL;
            }
            if (signal == Signal.RETURN) {
                return signal;
            }
        }
        return execBlock(s.orElse(), frame);
    }

    static boolean isPython(Throwable t) {
        return t instanceof PythonException;
    }
}
