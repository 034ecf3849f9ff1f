package dev.asynciotck.interpreter.runtime.object;

import dev.asynciotck.spi.Context;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.Task;

/**
 * An instance of a program's subclass of {@code asyncio.Task}: a {@link PyFutureSubclassInstance} whose provider half
 * is a task. The Task-only methods the provider calls on it go to the provider's task directly: asyncio's own code
 * never calls them through a subclass's overrides.
 */
public final class PyTaskSubclassInstance extends PyFutureSubclassInstance implements Task {

    public PyTaskSubclassInstance(PyClass type, Runtime runtime) {
        super(type, runtime);
    }

    private Task task() {
        return (Task) provided();
    }

    @Override
    public String getName() {
        return task().getName();
    }

    @Override
    public void setName(String name) {
        task().setName(name);
    }

    @Override
    public Coroutine getCoro() {
        return task().getCoro();
    }

    @Override
    public Context getContext() {
        return task().getContext();
    }

    @Override
    public int cancelling() {
        return task().cancelling();
    }

    @Override
    public int uncancel() {
        return task().uncancel();
    }
}
