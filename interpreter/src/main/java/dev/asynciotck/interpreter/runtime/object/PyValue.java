package dev.asynciotck.interpreter.runtime.object;

/**
 * A value of a kind the object package does not know that tells its own Python class: an exception object the
 * interpreter made, a thread or event of the threading subset. So the object model types it without naming
 * the group that brought it.
 */
public interface PyValue {

    /** The value's Python class. */
    PyClass pyClass();
}
