package dev.asynciotck.interpreter.runtime.exec;

import dev.asynciotck.spi.exceptions.BaseExceptionGroup;
import dev.asynciotck.spi.exceptions.ExceptionGroup;
import dev.asynciotck.spi.exceptions.PythonException;
import dev.asynciotck.spi.exceptions.TypeError;
import dev.asynciotck.interpreter.syntax.Stmt;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import dev.asynciotck.interpreter.runtime.exception.Carriers;
import dev.asynciotck.interpreter.runtime.exception.ExceptionClasses;
import dev.asynciotck.interpreter.runtime.exception.GroupSplit;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyTuple;

/** {@code try ... except* T:} over exception groups (3.11+). */
final class ExceptStar {

    private final ProgramRuntime rt;
    private final Executor executor;
    private final Blocks blocks;

    ExceptStar(ProgramRuntime rt, Executor executor) {
        this.rt = rt;
        this.executor = executor;
        this.blocks = new Blocks(rt, executor);
    }

    Signal run(Stmt.Try t, Frame frame) {
        Signal signal;
        try {
            signal = executor.execBlock(t.body(), frame);
        } catch (PythonException e) {
            return handle(t, e, frame);
        }
        return signal == Signal.NORMAL ? executor.execBlock(t.orElse(), frame) : signal;
    }

    private record Split(Throwable match, Throwable rest) {
    }

    private Signal handle(Stmt.Try t, PythonException caught, Frame frame) {
        boolean naked = !(caught instanceof BaseExceptionGroup);
        Throwable group = naked ? wrap(caught) : caught;
        Throwable rest = group;
        List<Throwable> raised = new ArrayList<>();
        List<Throwable> kept = new ArrayList<>();
        for (Stmt.Handler handler : t.handlers()) {
            if (rest == null) {
                break;
            }
            Object type = rt.evaluator.eval(handler.type(), frame);
            checkType(type);
            Split split = split(rest, type);
            if (split.match() == null) {
                continue;
            }
            rest = split.rest();
            try {
                Signal signal = blocks.runHandler(handler, split.match(), split.match(), frame);
                if (signal != Signal.NORMAL) {
                    return signal;
                }
            } catch (PythonException e) {
                if (e == split.match()) {
                    kept.add(e);
                } else {
                    raised.add(e);
                }
            }
        }
        if (rest != null) {
            kept.add(rest);
        }
        if (raised.isEmpty() && kept.isEmpty()) {
            return Signal.NORMAL;
        }
        Throwable original = null;
        if (!kept.isEmpty()) {
            Set<Throwable> leaves = Collections.newSetFromMap(new IdentityHashMap<>());
            kept.forEach(k -> leaves(k, leaves));
            original = naked ? caught : project(group, leaves);
        }
        if (raised.isEmpty()) {
            throw Executor.sneaky(original);
        }
        List<Throwable> all = new ArrayList<>(raised);
        if (original != null) {
            all.add(original);
        }
        throw Executor.sneaky(makeGroup("", all));
    }

    private void checkType(Object type) {
        if (type instanceof PyTuple tuple) {
            tuple.items.forEach(this::checkType);
            return;
        }
        if (type instanceof PyClass cls && cls.isSubclassOf(ExceptionClasses.BASE_EXCEPTION_GROUP)) {
            throw new TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    }

    private Split split(Throwable exception, Object type) {
        if (exception instanceof BaseExceptionGroup group) {
            List<Throwable> matched = new ArrayList<>();
            List<Throwable> rest = new ArrayList<>();
            for (Throwable member : group.exceptions()) {
                Split s = split(member, type);
                if (s.match() != null) {
                    matched.add(s.match());
                }
                if (s.rest() != null) {
                    rest.add(s.rest());
                }
            }
            if (rest.isEmpty()) {
                return new Split(exception, null);
            }
            return new Split(matched.isEmpty() ? null : derive(group, matched), derive(group, rest));
        }
        return blocks.matches(type, exception) ? new Split(exception, null) : new Split(null, exception);
    }

    private static void leaves(Throwable exception, Set<Throwable> out) {
        if (exception instanceof BaseExceptionGroup group) {
            group.exceptions().forEach(m -> leaves(m, out));
        } else {
            out.add(exception);
        }
    }

    /** The part of {@code exception} whose leaves are in {@code keep}, or null. */
    private Throwable project(Throwable exception, Set<Throwable> keep) {
        if (!(exception instanceof BaseExceptionGroup group)) {
            return keep.contains(exception) ? exception : null;
        }
        List<Throwable> members = new ArrayList<>();
        for (Throwable member : group.exceptions()) {
            Throwable p = project(member, keep);
            if (p != null) {
                members.add(p);
            }
        }
        if (members.isEmpty()) {
            return null;
        }
        if (members.size() == group.exceptions().size() && members.equals(group.exceptions())) {
            return exception;
        }
        return derive(group, members);
    }

    private Throwable derive(BaseExceptionGroup original, List<Throwable> members) {
        return GroupSplit.derive(rt, rt.types(), original, members);
    }

    /** CPython wraps a naked exception caught by except* as {@code ExceptionGroup('', (exc,))}. */
    private Throwable wrap(Throwable naked) {
        boolean exception = rt.types().isException(naked);
        return Carriers.group(exception ? ExceptionClasses.EXCEPTION_GROUP : ExceptionClasses.BASE_EXCEPTION_GROUP,
                "", List.of(naked), !exception);
    }

    private Throwable makeGroup(String message, List<Throwable> members) {
        boolean allExceptions = members.stream().allMatch(rt.types()::isException);
        return allExceptions ? new ExceptionGroup(message, members) : new BaseExceptionGroup(message, members);
    }
}
