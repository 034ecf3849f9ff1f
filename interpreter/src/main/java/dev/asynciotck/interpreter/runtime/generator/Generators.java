package dev.asynciotck.interpreter.runtime.generator;

import dev.asynciotck.interpreter.runtime.exception.ExceptionTypes;
import dev.asynciotck.interpreter.runtime.exception.Exceptions;
import dev.asynciotck.interpreter.runtime.object.ObjectModel;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.object.Types;
import dev.asynciotck.spi.Awaitable;
import dev.asynciotck.spi.exceptions.PythonException;

/**
 * The generator group of one program: makes its generators, asynchronous generators and {@code __await__()}
 * iterators, owns the strands their bodies run on ({@link GeneratorStrand.Registry}, abandoned when the program
 * ends), and registers their attributes with the program's {@link ObjectModel}. It implements the generator
 * protocol only; what a loop does with what a coroutine or an asynchronous generator yields is the provider's.
 */
public final class Generators {

    static final PyClass ASYNC_GENERATOR = PyClass.builtin("async_generator", "builtins", Types.OBJECT, null);
    static final PyClass FUTURE_ITER = PyClass.builtin("FutureIter", "_asyncio", Types.OBJECT, null);
    static final PyClass COROUTINE_WRAPPER = PyClass.builtin("coroutine_wrapper", "builtins", Types.OBJECT, null);

    final Runtime rt;
    final ExceptionTypes types;
    final GeneratorStrand.Registry strands;

    public Generators(Runtime rt, ExceptionTypes types) {
        this(rt, types, new GeneratorStrand.Registry());
    }

    public Generators(Runtime rt, ExceptionTypes types, GeneratorStrand.Registry strands) {
        this.rt = rt;
        this.types = types;
        this.strands = strands;
    }

    /** Registers the attributes of generators, asynchronous generators and {@code __await__()} iterators. */
    public void register(ObjectModel model) {
        model.registerAttributes(PyGenerator.class, (r, value, name) -> ((PyGenerator) value).attribute(name));
        model.registerAttributes(PyAsyncGenerator.class, (r, value, name) -> ((PyAsyncGenerator) value).attribute(name));
        model.registerAttributes(AwaitIterator.class, (r, value, name) -> ((AwaitIterator) value).attribute(name));
    }

    /** A generator, not started, whose body runs on a strand of its own at the first {@code next()}. */
    public PyGenerator generator(String name, String qualifiedName, GeneratorStrand.Body body) {
        return new PyGenerator(this, name, qualifiedName, body);
    }

    /**
     * An asynchronous generator, not started. Its body yields {@link #wrapped} values for {@code yield} and
     * passes what its own awaits yield on unwrapped.
     */
    public PyAsyncGenerator asyncGenerator(String name, String qualifiedName, GeneratorStrand.Body body) {
        return new PyAsyncGenerator(this, name, qualifiedName, body);
    }

    /** What an asynchronous generator's {@code yield value} hands to its driver. */
    public static Object wrapped(Object value) {
        return new PyAsyncGenerator.Wrapped(value);
    }

    /** What {@code fut.__await__()}, {@code fut.__iter__()} or {@code coro.__await__()} returns. */
    public AwaitIterator awaitIterator(Awaitable target) {
        return new AwaitIterator(this, target);
    }

    /** {@code yield from iterable} in a generator whose yield is {@code yielder}. */
    public Object yieldFrom(Object iterable, Yielder yielder) {
        return YieldFrom.delegate(this, iterable, yielder);
    }

    /** {@code await obj} where {@code obj.__await__()} returned {@code iterator}; its yields go to {@code yielder}. */
    public Object awaitIterator(Object iterator, Yielder yielder) {
        return YieldFrom.await(this, iterator, yielder);
    }

    /** An instance of a program class with send, throw, close and {@code __await__}: a coroutine to asyncio. */
    public PyCoroutineLikeInstance coroutineLike(PyClass cls) {
        return new PyCoroutineLikeInstance(cls, this);
    }

    /** Whether instances of {@code cls} follow the coroutine protocol (see {@link PyCoroutineLikeInstance}). */
    public static boolean isCoroutineClass(PyClass cls) {
        return PyCoroutineLikeInstance.isCoroutineClass(cls);
    }

    /** How many generator bodies have started and not finished. */
    public int live() {
        return strands.live();
    }

    /** Unwinds every generator still suspended, without running program code (at the end of the program). */
    public void abandonAll() {
        strands.abandonAll();
    }

    /** {@code message} as a RuntimeError caused by {@code raised} (PEP 479's replacement of a StopIteration). */
    PythonException replacing(String message, Throwable raised) {
        PythonException replaced = new dev.asynciotck.spi.exceptions.RuntimeError(message);
        Exceptions.setCause(types, replaced, raised);
        Exceptions.chain(replaced, raised);
        return replaced;
    }

    /** Throws any throwable unchecked (Python exceptions are RuntimeExceptions; provider errors pass unchanged). */
    @SuppressWarnings("unchecked")
    static <T extends Throwable> RuntimeException rethrow(Throwable t) throws T {
        throw (T) t;
    }
}
