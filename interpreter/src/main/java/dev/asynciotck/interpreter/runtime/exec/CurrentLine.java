package dev.asynciotck.interpreter.runtime.exec;

/**
 * The line of the innermost statement running on one thread, where warnings are located. Python code runs on
 * several threads at once (the loop's, {@code run_in_executor}'s and {@code to_thread}'s workers, the
 * {@code threading} module's), each with its own innermost statement, so each thread has its own slot
 * ({@link ProgramRuntime#currentLine}). Invariant: only {@link #owner} reads or writes {@link #line}.
 */
final class CurrentLine {

    /** The thread whose line this is (on a continuation, the thread it is mounted on, as for a thread-local). */
    final Thread owner = Thread.currentThread();
    int line;
}
