package dev.asynciotck.interpreter.runtime.sys;

/**
 * The program's recursion limit as {@code sys.getrecursionlimit()} and {@code sys.setrecursionlimit()} see it;
 * the execution package counts the frames and enforces it.
 */
public interface RecursionLimit {

    /** The limit in force (CPython's default is 1,000). */
    int limit();

    /** The frames running on the calling thread, the module's included. */
    int current();

    /** A new limit, already checked as {@code sys.setrecursionlimit} checks it. */
    void setLimit(int limit);
}
