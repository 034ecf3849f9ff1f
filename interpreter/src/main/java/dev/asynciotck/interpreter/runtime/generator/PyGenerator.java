package dev.asynciotck.interpreter.runtime.generator;

import dev.asynciotck.interpreter.runtime.generator.GeneratorStrand.Outcome;
import dev.asynciotck.interpreter.runtime.generator.GeneratorStrand.Resumption;
import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.exception.ExceptionClasses;
import dev.asynciotck.interpreter.runtime.object.PyBuiltin;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyValue;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.object.SelfIterator;
import dev.asynciotck.interpreter.runtime.object.Types;
import dev.asynciotck.interpreter.runtime.object.Values;
import dev.asynciotck.spi.exceptions.GeneratorExit;
import dev.asynciotck.spi.exceptions.PythonException;
import dev.asynciotck.spi.exceptions.TypeError;
import dev.asynciotck.spi.exceptions.ValueError;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A generator object: what calling a function that contains {@code yield} returns, a generator expression, or
 * the iterator of a future's or coroutine's {@code __await__()} once it is driven by hand. Its body runs on a
 * {@link GeneratorStrand}, started by the first {@code next()}/{@code send(None)}.
 *
 * <p>States follow {@code inspect.getgeneratorstate}: created, running (its body is executing, so resuming it
 * again is refused), suspended at a yield, closed (returned, raised, or closed before it started).
 */
public final class PyGenerator implements PyValue, SelfIterator {

    enum State { CREATED, RUNNING, SUSPENDED, CLOSED }

    private final Generators group;
    private final Runtime rt;
    final String name;
    final String qualifiedName;
    private final GeneratorStrand strand;
    private volatile State state = State.CREATED;

    /**
     * @param name          {@code __name__}, e.g. {@code numbers} or {@code <genexpr>}
     * @param qualifiedName {@code __qualname__}
     * @param body          the code, run on the generator's strand at the first resumption
     */
    PyGenerator(Generators group, String name, String qualifiedName, GeneratorStrand.Body body) {
        this.group = group;
        this.rt = group.rt;
        this.name = name;
        this.qualifiedName = qualifiedName;
        this.strand = group.strands.newStrand("generator " + qualifiedName, body);
    }

    boolean running() {
        return state == State.RUNNING;
    }

    boolean closed() {
        return state == State.CLOSED;
    }

    /**
     * Resumes the body and reports what it did, applying the generator rules: a created generator takes only
     * {@code send(None)} and dies of a throw without running; a closed one returns (send) or re-raises (throw) at
     * once; a running one refuses; a StopIteration escaping the body becomes RuntimeError (PEP 479).
     */
    Outcome resume(Resumption resumption) {
        if (state == State.SUSPENDED && strand.finished()) {
            state = State.CLOSED; // abandoned at the end of the program
        }
        switch (state) {
            case RUNNING -> throw new ValueError("generator already executing");
            case CLOSED -> {
                return resumption instanceof Resumption.Throw t ? new Outcome.Raised(t.exception())
                        : new Outcome.Returned(null);
            }
            case CREATED -> {
                if (resumption instanceof Resumption.Throw t) {
                    state = State.CLOSED;
                    return new Outcome.Raised(t.exception());
                }
                if (((Resumption.Send) resumption).value() != null) {
                    throw new TypeError("can't send non-None value to a just-started generator");
                }
            }
            case SUSPENDED -> {
            }
        }
        state = State.RUNNING;
        Outcome outcome;
        try {
            outcome = strand.resume(resumption);
        } catch (RuntimeException | Error failure) {
            state = State.CLOSED;
            throw failure;
        }
        if (outcome instanceof Outcome.Yielded) {
            state = State.SUSPENDED;
            return outcome;
        }
        state = State.CLOSED;
        if (outcome instanceof Outcome.Raised raised && rt.atLeast(3, 7)
                && rt.isInstance(raised.exception(), ExceptionClasses.STOP_ITERATION)) {
            return new Outcome.Raised(group.replacing("generator raised StopIteration", raised.exception()));
        }
        return outcome;
    }

    @Override
    public PyClass pyClass() {
        return Types.GENERATOR;
    }

    @Override
    public Object pyNext() {
        return send(null);
    }

    @Override
    public Iterator<Object> iterator() {
        return javaIterator();
    }

    /** {@code gen.send(value)}: the next yielded value, or StopIteration carrying the return value. */
    public Object send(Object value) {
        return unwrap(resume(new Resumption.Send(value)));
    }

    /** {@code gen.throw(exception)}: raised at the yield; the next yielded value, or what the body raised. */
    Object throwIn(Throwable exception) {
        return unwrap(resume(new Resumption.Throw(exception)));
    }

    /**
     * {@code gen.close()}: GeneratorExit at the yield; fine if the body ends or raises GeneratorExit or
     * StopIteration, RuntimeError if it yields again, anything else propagates.
     */
    void close() {
        if (state == State.CREATED) {
            state = State.CLOSED;
            return;
        }
        if (state == State.CLOSED) {
            return;
        }
        Outcome outcome = resume(new Resumption.Throw(new GeneratorExit()));
        switch (outcome) {
            case Outcome.Yielded y -> throw new dev.asynciotck.spi.exceptions.RuntimeError("generator ignored GeneratorExit");
            case Outcome.Returned r -> {
            }
            case Outcome.Raised r -> {
                if (!rt.isInstance(r.exception(), ExceptionClasses.GENERATOR_EXIT)
                        && !rt.isInstance(r.exception(), ExceptionClasses.STOP_ITERATION)) {
                    throw Generators.rethrow(r.exception());
                }
            }
        }
    }

    private Object unwrap(Outcome outcome) {
        return switch (outcome) {
            case Outcome.Yielded y -> y.value();
            case Outcome.Returned r -> throw stopIteration(r.value());
            case Outcome.Raised r -> throw Generators.rethrow(r.exception());
        };
    }

    /** {@code StopIteration(value)}, with no arguments for None as CPython makes it. */
    PythonException stopIteration(Object value) {
        return value == null ? Errors.of(ExceptionClasses.STOP_ITERATION) : Errors.of(ExceptionClasses.STOP_ITERATION, value);
    }

    /** The generator as a Java iterator: each step is a {@code next()}; StopIteration ends it. */
    Iterator<Object> javaIterator() {
        return new Iterator<>() {
            private Object pending;
            private boolean ready;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (!ready && !done) {
                    switch (resume(new Resumption.Send(null))) {
                        case Outcome.Yielded y -> {
                            pending = y.value();
                            ready = true;
                        }
                        case Outcome.Returned r -> done = true;
                        case Outcome.Raised r -> {
                            done = true;
                            throw Generators.rethrow(r.exception());
                        }
                    }
                }
                return ready;
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = false;
                return pending;
            }
        };
    }

    /** The generator's methods and attributes. */
    Object attribute(String attribute) {
        return switch (attribute) {
            case "__next__" -> PyBuiltin.method(this, "__next__", "", v -> send(null));
            case "send" -> PyBuiltin.method(this, "send", "value", v -> send(v[0]));
            case "throw" -> PyBuiltin.method(this, "throw", "typ, val=None, tb=None",
                    v -> throwIn(GeneratorExceptions.thrown(rt, v[0], v[1])));
            case "close" -> PyBuiltin.method(this, "close", "", v -> {
                close();
                return null;
            });
            case "__iter__" -> PyBuiltin.method(this, "__iter__", "", v -> this);
            case "gi_running" -> state == State.RUNNING;
            case "__name__" -> name;
            case "__qualname__" -> qualifiedName;
            default -> throw Errors.attributeError("'generator' object has no attribute '" + attribute + "'");
        };
    }

    @Override
    public String toString() {
        return "<generator object " + qualifiedName + " at " + Values.address(this) + ">";
    }
}
