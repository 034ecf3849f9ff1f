package dev.asynciotck.reports.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A generated program: the bodies of its tasks {@code c0 … cN} (index = task number), for a Python 3 minor
 * version whose constructs it may use. {@code c0} is started by the fixed driver ({@link PythonWriter}); every
 * other task by a {@link Stmt.Spawn} in the body of a task of a lower index.
 *
 * @param seed  the seed it was generated from (kept through shrinking, for the report)
 * @param minor the Python 3 minor version it is written for (3.6 … 3.13): decides which constructs appear
 * @param tasks the body of each task
 */
public record FuzzProgram(long seed, int minor, List<List<Stmt>> tasks) {

    public FuzzProgram {
        Objects.requireNonNull(tasks, "tasks");
        tasks = tasks.stream().map(List::copyOf).toList();
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("a program has at least its root task");
        }
    }

    /** {@code asyncio.TaskGroup} and {@code asyncio.timeout} exist (3.11+). */
    public boolean structured() {
        return minor >= 11;
    }

    /** {@code cancel(msg)} exists (3.9+). */
    public boolean cancelMessages() {
        return minor >= 9;
    }

    /** {@code asyncio.run}, {@code asyncio.create_task} and {@code asyncio.current_task} exist (3.7+). */
    public boolean modernApi() {
        return minor >= 7;
    }

    /** The program's text. */
    public String source() {
        return new PythonWriter(this).write();
    }

    /** How many statements the program has, nested ones included (the shrinker's measure). */
    public int size() {
        int n = 0;
        for (List<Stmt> body : tasks) {
            n += count(body);
        }
        return n + tasks.size();
    }

    private static int count(List<Stmt> body) {
        int n = 0;
        for (Stmt s : body) {
            n += 1 + count(s.body());
        }
        return n;
    }

    /** This program with task {@code index}'s body replaced. */
    public FuzzProgram withTask(int index, List<Stmt> body) {
        List<List<Stmt>> copy = new ArrayList<>(tasks);
        copy.set(index, body);
        return new FuzzProgram(seed, minor, copy);
    }
}
