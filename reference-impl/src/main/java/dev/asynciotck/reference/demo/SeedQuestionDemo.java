package dev.asynciotck.reference.demo;

import dev.asynciotck.reference.ReferenceProvider;
import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.Queue;
import dev.asynciotck.spi.RuntimeOptions;
import dev.asynciotck.spi.exceptions.CancelledError;
import dev.asynciotck.spi.exceptions.PythonException;
import java.io.PrintStream;

/**
 * Plays the program of the question "Why is the CancelledError not caught?" on the reference event loop,
 * then the answer's fix ({@code await asyncio.sleep(0)} before {@code task.cancel()}), and prints what
 * happens. The Python being played:
 *
 * <pre>
 * q = asyncio.Queue()
 *
 * async def getter():
 *     try:
 *         v = await q.get()
 *         print(f"getter got {v}")
 *     except asyncio.CancelledError:
 *         print("getter cancelled")
 *
 * async def test():
 *     task = asyncio.ensure_future(getter())
 *     await asyncio.sleep(0)          # only in the second run
 *     task.cancel()
 *     await task
 *
 * loop = asyncio.get_event_loop()
 * loop.run_until_complete(test())
 * </pre>
 */
public final class SeedQuestionDemo {

    private SeedQuestionDemo() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        section(out, "1. The question's program: task.cancel() right after asyncio.ensure_future(getter())");
        play(out, false);
        out.println();
        section(out, "2. The answer's fix: await asyncio.sleep(0) before task.cancel()");
        play(out, true);
    }

    private static void section(PrintStream out, String title) {
        out.println("== " + title);
    }

    private static void play(PrintStream out, boolean sleepFirst) {
        boolean[] getterStarted = {false};
        try (Asyncio asyncio = new ReferenceProvider().open(RuntimeOptions.defaults())) {
            Queue q = asyncio.queue(0);
            Coroutine test = asyncio.coroutine("test", awaiter -> {
                Future task = asyncio.ensureFuture(asyncio.coroutine("getter", getter -> {
                    getterStarted[0] = true;
                    try {
                        Object v = getter.await(q.get());
                        out.println("   | getter got " + v);
                    } catch (CancelledError e) {
                        out.println("   | getter cancelled");
                    }
                    return null;
                }), null);
                if (sleepFirst) {
                    awaiter.await(asyncio.sleep(0, null));
                }
                task.cancel(null);
                return awaiter.await(task);
            });
            out.println("   program output:");
            EventLoop loop = asyncio.getEventLoop();
            try {
                Object value = loop.runUntilComplete(test);
                // The coroutine returns None (Java null) here: the demo prints it as Python does.
                out.println("   run_until_complete returned " + (value == null ? "None" : value));
            } catch (PythonException e) {
                out.println("   run_until_complete raised " + e.pythonName()
                        + " (the traceback of the question)");
            }
            out.println("   getter() body ever ran: " + (getterStarted[0] ? "yes" : "no"));
            if (!getterStarted[0]) {
                out.println("   => the task was cancelled before its first step: its try/except never ran,");
                out.println("      so \"getter cancelled\" is never printed and CancelledError escapes.");
            } else {
                out.println("   => getter() was suspended in q.get() when cancelled: CancelledError was");
                out.println("      raised inside it, caught, and the task ended normally.");
            }
        }
    }
}
