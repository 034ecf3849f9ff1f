package dev.asynciotck.interpreter.runtime.exec;

import dev.asynciotck.spi.AsyncContextManager;
import dev.asynciotck.spi.exceptions.PythonException;
import dev.asynciotck.spi.exceptions.TypeError;
import dev.asynciotck.interpreter.syntax.Expr;
import dev.asynciotck.interpreter.syntax.Stmt;
import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.exception.ExceptionClasses;
import dev.asynciotck.interpreter.runtime.exception.Exceptions;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyInstance;
import dev.asynciotck.interpreter.runtime.object.PyTuple;
import dev.asynciotck.interpreter.runtime.object.Values;
import dev.asynciotck.interpreter.runtime.operator.Attributes;

/** try/except/else/finally and with / async with. */
final class Blocks {

    private final ProgramRuntime rt;
    private final Executor executor;

    Blocks(ProgramRuntime rt, Executor executor) {
        this.rt = rt;
        this.executor = executor;
    }

    Signal execTry(Stmt.Try t, Frame frame) {
        Signal result = Signal.NORMAL;
        RuntimeException pending = null;
        try {
            result = t.star() ? new ExceptStar(rt, executor).run(t, frame) : bodyAndHandlers(t, frame);
        } catch (PythonException e) {
            pending = e;
        }
        if (t.finalBody().isEmpty()) {
            if (pending != null) {
                throw pending;
            }
            return result;
        }
        Object returnValue = frame.returnValue;
        Throwable outer = frame.handling;
        if (pending != null) {
            frame.handling = pending;
        }
        Signal finalSignal;
        try {
            finalSignal = executor.execBlock(t.finalBody(), frame);
        } catch (PythonException e) {
            if (pending != null) {
                chainIfUnset(e, pending);
            }
            throw e;
        } finally {
            frame.handling = outer;
        }
        if (finalSignal != Signal.NORMAL) {
            return finalSignal;
        }
        frame.returnValue = returnValue;
        if (pending != null) {
            throw pending;
        }
        return result;
    }

    private Signal bodyAndHandlers(Stmt.Try t, Frame frame) {
        Signal signal;
        try {
            signal = executor.execBlock(t.body(), frame);
        } catch (PythonException e) {
            if (frame.handling != null) {
                chainIfUnset(e, frame.handling);
            }
            for (Stmt.Handler handler : t.handlers()) {
                if (handler.type() == null || matches(rt.evaluator.eval(handler.type(), frame), e)) {
                    return runHandler(handler, e, e, frame);
                }
            }
            throw e;
        }
        if (signal == Signal.NORMAL) {
            signal = executor.execBlock(t.orElse(), frame);
        }
        return signal;
    }

    /** Runs an except block for {@code caught} bound to its name as {@code bound}. */
    Signal runHandler(Stmt.Handler handler, Throwable caught, Object bound, Frame frame) {
        Throwable outer = frame.handling;
        frame.handling = caught;
        rt.unchainedThrows.caught(caught);
        if (handler.name() != null) {
            frame.store(handler.name(), bound);
        }
        try {
            return executor.execBlock(handler.body(), frame);
        } catch (PythonException e) {
            chainIfUnset(e, caught);
            throw e;
        } finally {
            frame.handling = outer;
            if (handler.name() != null) {
                try {
                    frame.delete(handler.name());
                } catch (PythonException ignored) {
                    // already deleted by the handler
                }
            }
        }
    }

    /** Implicit chaining of an exception leaving a block while {@code handled} is handled (not, before 3.9, one thrown in). */
    void chainIfUnset(Throwable raised, Throwable handled) {
        if (raised != handled && Exceptions.context(raised) == null && !rt.unchainedThrows.isMarked(raised)) {
            Exceptions.chain(raised, handled);
        }
    }

    /** Whether an except clause's class (or tuple of classes) matches {@code exception}. */
    boolean matches(Object type, Throwable exception) {
        if (type instanceof PyTuple tuple) {
            for (Object item : tuple.items) {
                if (matches(item, exception)) {
                    return true;
                }
            }
            return false;
        }
        if (!(type instanceof PyClass cls) || !cls.isSubclassOf(ExceptionClasses.BASE_EXCEPTION)) {
            throw new TypeError("catching classes that do not inherit from BaseException is not allowed");
        }
        PyClass actual = rt.types().classOf(exception);
        return actual != null && actual.isSubclassOf(cls);
    }

    Signal execWith(Stmt.With w, int index, Frame frame) {
        if (index == w.items().size()) {
            return executor.execBlock(w.body(), frame);
        }
        Stmt.WithItem item = w.items().get(index);
        Object manager = rt.evaluator.eval(item.context(), frame);
        ContextProtocol protocol = w.isAsync() ? asyncProtocol(manager, frame) : syncProtocol(manager);
        Object value = protocol.enter();
        if (item.target() != null) {
            Assignments.assign(rt, item.target(), value, frame);
        }
        Signal signal;
        try {
            signal = execWith(w, index + 1, frame);
        } catch (PythonException e) {
            boolean suppress;
            Throwable outer = frame.handling;
            if (outer != null) {
                // raised while an exception is being handled: that one is its __context__, as it would be at
                // the raise; the exit method must see the chained exception
                chainIfUnset(e, outer);
            }
            frame.handling = e;
            try {
                suppress = Values.truth(protocol.exit(e));
            } catch (PythonException e2) {
                chainIfUnset(e2, e);
                throw e2;
            } finally {
                frame.handling = outer;
            }
            if (!suppress) {
                throw e;
            }
            return Signal.NORMAL;
        }
        protocol.exit(null);
        return signal;
    }

    private interface ContextProtocol {
        Object enter();

        Object exit(Throwable exception);
    }

    private ContextProtocol asyncProtocol(Object manager, Frame frame) {
        if (manager instanceof AsyncContextManager m) {
            return new ContextProtocol() {
                public Object enter() {
                    return rt.awaitValue(m.aenter(), frame.awaiter);
                }

                public Object exit(Throwable exception) {
                    return rt.awaitValue(m.aexit(exception), frame.awaiter);
                }
            };
        }
        if (manager instanceof PyInstance i && i.type.lookup("__aenter__") != null && i.type.lookup("__aexit__") != null) {
            Object enter = Attributes.get(rt, i, "__aenter__");
            Object exit = Attributes.get(rt, i, "__aexit__");
            return new ContextProtocol() {
                public Object enter() {
                    return rt.awaitValue(rt.call(enter), frame.awaiter);
                }

                public Object exit(Throwable exception) {
                    return rt.awaitValue(exitCall(exit, exception), frame.awaiter);
                }
            };
        }
        throw new TypeError("'" + rt.typeOf(manager).name + "' object does not support the asynchronous context manager protocol");
    }

    private ContextProtocol syncProtocol(Object manager) {
        if (manager instanceof PyInstance i && i.type.lookup("__enter__") != null && i.type.lookup("__exit__") != null) {
            Object enter = Attributes.get(rt, i, "__enter__");
            Object exit = Attributes.get(rt, i, "__exit__");
            return new ContextProtocol() {
                public Object enter() {
                    return rt.call(enter);
                }

                public Object exit(Throwable exception) {
                    return exitCall(exit, exception);
                }
            };
        }
        if (!(manager instanceof PyInstance) && rt.model().attributesOf(manager).isPresent()
                && hasAttribute(manager, "__enter__") && hasAttribute(manager, "__exit__")) {
            // a runtime object with the protocol (asyncio.Runner, a ThreadPoolExecutor)
            Object enter = Attributes.get(rt, manager, "__enter__");
            Object exit = Attributes.get(rt, manager, "__exit__");
            return new ContextProtocol() {
                public Object enter() {
                    return rt.call(enter);
                }

                public Object exit(Throwable exception) {
                    return exitCall(exit, exception);
                }
            };
        }
        if (manager instanceof AsyncContextManager) {
            throw new TypeError("'" + rt.typeOf(manager).name + "' object does not support the context manager protocol"
                    + " (missed __exit__ method) but it supports the asynchronous context manager protocol. Did you mean to use 'async with'?");
        }
        throw new TypeError("'" + rt.typeOf(manager).name + "' object does not support the context manager protocol");
    }

    private boolean hasAttribute(Object value, String name) {
        try {
            Attributes.get(rt, value, name);
            return true;
        } catch (PythonException | Errors.Unsupported missing) {
            return false;
        }
    }

    private Object exitCall(Object exit, Throwable exception) {
        if (exception == null) {
            return rt.call(exit, null, null, null);
        }
        return rt.call(exit, rt.typeOf(exception), exception, null);
    }

    static boolean isTarget(Expr e) {
        return e != null;
    }
}
