package dev.asynciotck.reference;

import dev.asynciotck.reference.strand.Outcome;
import dev.asynciotck.reference.strand.Resumption;
import dev.asynciotck.reference.strand.Sneaky;
import dev.asynciotck.reference.strand.Strand;
import dev.asynciotck.reference.strand.StrandBody;
import dev.asynciotck.reference.strand.Suspender;
import dev.asynciotck.spi.Awaiter;
import dev.asynciotck.spi.CodeLocation;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.CoroutineBody;
import dev.asynciotck.spi.exceptions.GeneratorExit;
import dev.asynciotck.spi.exceptions.PythonException;
import dev.asynciotck.spi.exceptions.RuntimeError;
import dev.asynciotck.spi.exceptions.TypeError;
import dev.asynciotck.spi.exceptions.ValueError;

/**
 * A native coroutine object. Its body runs in one of two ways, chosen by how it is first used:
 * <ul>
 *   <li><b>driven</b>: {@link #send}/{@link #throwInto} (a task's step) run it on a {@link Strand} of its
 *       own; the caller blocks until the body suspends or ends;</li>
 *   <li><b>inline</b>: {@link #awaitIn} ({@code await coro}) runs it right there, on the awaiting
 *       coroutine's execution, and its suspensions pass straight through to the awaiter, as
 *       {@code yield from} does.</li>
 * </ul>
 * Either way the body runs at most once.
 */
public final class ReferenceCoroutine implements Coroutine, StrandBody {

    private final ModuleState module;
    private final String name;
    private final CoroutineBody body;
    /** A {@code @types.coroutine} generator's object (type {@code generator}), not a native coroutine. */
    private final boolean generatorBased;

    private State state = State.CREATED;
    /** Set once the coroutine is driven with send/throw; null for a coroutine run inline. */
    private Strand strand;
    /** True while the body runs inline inside another coroutine's {@code await}. */
    private boolean inline;
    /** Links of the module's list of started coroutines (see {@link ModuleState}). */
    ReferenceCoroutine previousStarted;
    ReferenceCoroutine nextStarted;

    ReferenceCoroutine(ModuleState module, String name, CoroutineBody body) {
        this(module, name, body, false);
    }

    ReferenceCoroutine(ModuleState module, String name, CoroutineBody body, boolean generatorBased) {
        this.module = module;
        this.name = name;
        this.body = body;
        this.generatorBased = generatorBased;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public CodeLocation definedAt() {
        return body.definedAt();
    }

    @Override
    public boolean generatorBased() {
        return generatorBased;
    }

    @Override
    public State state() {
        return state;
    }

    @Override
    public Step send(Object value) {
        checkCanResume();
        if (state == State.CREATED) {
            if (value != null) {
                throw new TypeError("can't send non-None value to a just-started coroutine");
            }
            strand = module.engine().newStrand(name, this);
            module.coroutineStarted(this);
        }
        return drive(Resumption.Send.of(value));
    }

    @Override
    public Step throwInto(Throwable exception) {
        checkCanResume();
        if (state == State.CREATED) {
            // Thrown in before the first instruction: the body never runs, the exception comes straight out.
            state = State.CLOSED;
            throw Sneaky.<RuntimeException>rethrow(guardStopIteration(exception));
        }
        return drive(new Resumption.Throw(exception));
    }

    @Override
    public void close() {
        switch (state) {
            case RUNNING -> throw new ValueError("coroutine already executing");
            case CREATED -> state = State.CLOSED;
            case CLOSED -> {
            }
            case SUSPENDED -> {
                checkCanResume();
                Step step;
                try {
                    step = drive(new Resumption.Throw(new GeneratorExit()));
                } catch (GeneratorExit expected) {
                    return;
                }
                if (step instanceof Step.Yielded) {
                    throw new RuntimeError("coroutine ignored GeneratorExit");
                }
            }
        }
    }

    /** Ends a body that will never be resumed, without running asyncio code (module shutdown only). */
    void kill() {
        if (strand != null && !strand.finished()) {
            strand.kill();
        }
        if (state != State.RUNNING) {
            state = State.CLOSED;
            module.coroutineEnded(this);
        }
    }

    /**
     * The strand's body when driven: the body itself, awaiting through the strand's suspender (an Awaiter), so a
     * driven coroutine allocates no body or awaiter adapter. Only the strand calls this.
     */
    @Override
    public Object run(Suspender suspender) {
        return body.run(suspender);
    }

    @Override
    public Object awaitIn(Awaiter awaiter) {
        switch (state) {
            case CLOSED -> throw new RuntimeError("cannot reuse already awaited coroutine");
            case RUNNING -> throw new ValueError("coroutine already executing");
            case SUSPENDED -> throw new RuntimeError("coroutine is being awaited already");
            case CREATED -> {
            }
        }
        state = State.RUNNING;
        inline = true;
        Awaiter passThrough = yielded -> {
            state = State.SUSPENDED;
            try {
                return awaiter.suspend(yielded);
            } finally {
                state = State.RUNNING;
            }
        };
        try {
            return body.run(passThrough);
        } catch (Throwable raised) {
            throw Sneaky.<RuntimeException>rethrow(guardStopIteration(raised));
        } finally {
            state = State.CLOSED;
            inline = false;
        }
    }

    private void checkCanResume() {
        if (state == State.RUNNING) {
            throw new ValueError("coroutine already executing");
        }
        if (state == State.CLOSED) {
            throw new RuntimeError("cannot reuse already awaited coroutine");
        }
        if (inline) {
            throw new UnsupportedOperationException("the reference implementation cannot resume coroutine '"
                    + name + "' directly while another coroutine is awaiting it");
        }
    }

    private Step drive(Resumption resumption) {
        state = State.RUNNING;
        Outcome outcome;
        try {
            outcome = strand.resume(resumption);
        } catch (RuntimeException | Error bug) {
            state = State.CLOSED;
            module.coroutineEnded(this);
            throw bug;
        }
        return switch (outcome) {
            case Outcome.Yield y -> {
                state = State.SUSPENDED;
                yield new Step.Yielded(y.value());
            }
            case Outcome.Return r -> {
                ended();
                yield new Step.Returned(r.value());
            }
            case Outcome.Raise r -> {
                ended();
                throw Sneaky.<RuntimeException>rethrow(guardStopIteration(r.exception()));
            }
        };
    }

    private void ended() {
        state = State.CLOSED;
        strand = null; // a finished strand and its continuation are garbage; a closed coroutine never resumes
        module.coroutineEnded(this);
    }

    /** PEP 479: a StopIteration escaping a coroutine becomes RuntimeError. */
    private static Throwable guardStopIteration(Throwable raised) {
        if (raised instanceof PythonException e && e.pythonName().equals("StopIteration")) {
            return new RuntimeError("coroutine raised StopIteration").withCause(e).withContext(e);
        }
        return raised;
    }

    /**
     * {@code coroutines._format_coroutine} (the same in 3.6-3.15): a done coroutine (no frame) is
     * {@code main() done, defined at FILE:LINE} from its code's {@code co_filename} and {@code co_firstlineno}
     * when the coroutine knows them ({@link #definedAt()}), else {@code main() done}. One not done shows CPython's
     * {@code main() running at FILE:LINE} without the location: that needs the frame's current line, which the
     * SPI does not carry.
     */
    static String format(dev.asynciotck.spi.Coroutine coro) {
        if (coro.state() != State.CLOSED) {
            return coro.name() + "() running";
        }
        CodeLocation code = coro.definedAt();
        return coro.name() + "() done" + (code == null ? "" : ", defined at " + code.filename() + ":" + code.firstLine());
    }

    @Override
    public String toString() {
        return "<" + (generatorBased ? "generator" : "coroutine") + " object " + name + " at " + module.reprs().address(this) + ">";
    }
}
