package dev.asynciotck.interpreter.runtime.contextvars;

/**
 * Where the calling Python thread keeps its current context (CPython's {@code PyThreadState.context}). The
 * threading group implements it; contexts only read and swap it.
 */
public interface CurrentContext {

    /** The calling thread's current context. */
    PyContext current();

    /** Makes {@code context} the calling thread's current context and returns the one it replaces. */
    PyContext swap(PyContext context);
}
