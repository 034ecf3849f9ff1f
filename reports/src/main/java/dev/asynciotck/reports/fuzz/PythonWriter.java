package dev.asynciotck.reports.fuzz;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a {@link FuzzProgram} as Python. The fixed parts: the helpers {@code show} and {@code outcome} (they
 * print exception types and the program's own messages, never CPython's texts or reprs of tasks), the
 * table {@code T} of started tasks by name and their creation {@code order} (output never iterates a dict or a
 * set), and the driver {@code main}, which starts {@code c0}, lets the loop run, cancels what is still pending in
 * rounds until every task is done (so no task is left for {@code asyncio.run}'s shutdown, which cancels in set
 * order) and prints how each task ended, in creation order.
 */
final class PythonWriter {

    private final FuzzProgram program;
    private final StringBuilder out = new StringBuilder();

    PythonWriter(FuzzProgram program) {
        this.program = program;
    }

    String write() {
        line(0, "import asyncio");
        line(0, "");
        line(0, "T = {}");
        line(0, "order = []");
        line(0, "");
        line(0, "");
        line(0, "class Boom(Exception):");
        line(1, "pass");
        line(0, "");
        line(0, "");
        line(0, "def show(x):");
        line(1, "if isinstance(x, Boom):");
        line(2, "return \"Boom(\" + repr(x.args[0]) + \")\"");
        line(1, "if isinstance(x, asyncio.CancelledError):");
        line(2, program.cancelMessages() ? "return \"CancelledError\" + repr(x.args)" : "return \"CancelledError\"");
        if (program.structured()) {
            line(1, "if isinstance(x, BaseExceptionGroup):");
            line(2, "return type(x).__name__ + \"[\" + \", \".join(show(y) for y in x.exceptions) + \"]\"");
        }
        line(1, "if isinstance(x, BaseException):");
        line(2, "return type(x).__name__");
        line(1, "return repr(x)");
        line(0, "");
        line(0, "");
        line(0, "def outcome(t):");
        line(1, "if not t.done():");
        line(2, "return \"pending\"");
        line(1, "if t.cancelled():");
        line(2, "return \"cancelled\"");
        line(1, "if t.exception() is not None:");
        line(2, "return \"raised \" + show(t.exception())");
        line(1, "return \"returned \" + show(t.result())");
        for (int i = 0; i < program.tasks().size(); i++) {
            line(0, "");
            line(0, "");
            line(0, "async def c" + i + "():");
            line(1, "print(\"c" + i + " starts\")");
            body(1, i, program.tasks().get(i), false);
            line(1, "print(\"c" + i + " ends\")");
            line(1, "return \"c" + i + "\"");
        }
        line(0, "");
        line(0, "");
        line(0, "async def main():");
        line(1, "global Q, E, L, F");
        line(1, "Q = asyncio.Queue()");
        line(1, "E = asyncio.Event()");
        line(1, "L = asyncio.Lock()");
        line(1, "F = asyncio.get_event_loop().create_future()");
        line(1, "T[\"c0\"] = asyncio.ensure_future(c0())");
        line(1, "order.append(\"c0\")");
        line(1, "for _ in range(10):");
        line(2, "for _ in range(30):");
        line(3, "await asyncio.sleep(0)");
        line(2, "left = [k for k in order if not T[k].done()]");
        line(2, "if not left:");
        line(3, "break");
        line(2, "print(\"main cancels\", left)");
        line(2, "for k in left:");
        line(3, "T[k].cancel()");
        line(1, "for k in order:");
        line(2, "print(k, outcome(T[k]))");
        line(1, "if not F.done():");
        line(2, "F.cancel()");
        line(0, "");
        line(0, "");
        if (program.modernApi()) {
            line(0, "asyncio.run(main())");
        } else {
            line(0, "loop = asyncio.new_event_loop()");
            line(0, "asyncio.set_event_loop(loop)");
            line(0, "loop.run_until_complete(main())");
            line(0, "loop.close()");
        }
        return out.toString();
    }

    private void body(int depth, int self, List<Stmt> stmts, boolean inGroup) {
        if (stmts.isEmpty()) {
            return;
        }
        for (Stmt s : stmts) {
            stmt(depth, self, s, inGroup);
        }
    }

    private void block(int depth, int self, List<Stmt> stmts, boolean inGroup) {
        if (stmts.isEmpty()) {
            line(depth, "pass");
        } else {
            body(depth, self, stmts, inGroup);
        }
    }

    private void stmt(int d, int self, Stmt stmt, boolean inGroup) {
        String me = "c" + self;
        switch (stmt) {
            case Stmt.Say s -> line(d, "print(\"" + me + " says " + s.id() + "\")");
            case Stmt.Sleep0 s -> line(d, "await asyncio.sleep(0)");
            case Stmt.Spawn s -> {
                String child = "c" + s.child();
                String start = switch (s.kind()) {
                    case TASK_GROUP -> inGroup ? "tg.create_task" : createTask();
                    case CREATE_TASK -> createTask();
                    case ENSURE_FUTURE -> "asyncio.ensure_future";
                };
                line(d, "T[\"" + child + "\"] = " + start + "(" + child + "())");
                line(d, "order.append(\"" + child + "\")");
            }
            case Stmt.AwaitTask s -> {
                String t = "c" + s.task();
                String ref = "T[\"" + t + "\"]";
                String awaited = switch (s.kind()) {
                    case PLAIN -> ref;
                    case SHIELD -> "asyncio.shield(" + ref + ")";
                    case WAIT_FOR_NONE -> "asyncio.wait_for(" + ref + ", None)";
                    case WAIT_FOR_LONG -> "asyncio.wait_for(" + ref + ", 100)";
                    case WAIT_FOR_ZERO -> "asyncio.wait_for(" + ref + ", 0)";
                };
                line(d, "if \"" + t + "\" in T:");
                line(d + 1, "print(\"" + me + " got from " + t + "\", show(await " + awaited + "))");
            }
            case Stmt.Cancel s -> {
                String t = "c" + s.task();
                line(d, "if \"" + t + "\" in T:");
                line(d + 1, "print(\"" + me + " cancels " + t + "\", T[\"" + t + "\"].cancel("
                        + message(s.message()) + "))");
            }
            case Stmt.SelfCancel s -> line(d, currentTask() + ".cancel(" + message(s.message()) + ")");
            case Stmt.Raise s -> line(d, "raise Boom(\"" + me + " raises " + s.id() + "\")");
            case Stmt.Gather s -> {
                line(d, "ws = [T[k] for k in " + names(s.tasks()) + " if k in T]");
                line(d, "rs = await asyncio.gather(*ws" + (s.returnExceptions() ? ", return_exceptions=True" : "")
                        + ")");
                line(d, "print(\"" + me + " gathered\", [show(r) for r in rs])");
            }
            case Stmt.Wait s -> {
                line(d, "ws = [T[k] for k in " + names(s.tasks()) + " if k in T]");
                line(d, "if ws:");
                line(d + 1, "done, pending = await asyncio.wait(ws, return_when=asyncio." + s.returnWhen() + ")");
                line(d + 1, "print(\"" + me + " waited\", len(done), len(pending))");
            }
            case Stmt.Try s -> {
                line(d, "try:");
                block(d + 1, self, s.body(), inGroup);
                line(d, "except " + caught(s.caught()) + " as e:");
                line(d + 1, "print(\"" + me + " caught " + s.id() + "\", show(e))");
                switch (s.action()) {
                    case RERAISE -> line(d + 1, "raise");
                    case SWALLOW -> {
                    }
                    case REPLACE -> line(d + 1, "raise Boom(\"" + me + " replaced " + s.id() + "\")");
                    case SLEEP_THEN_SWALLOW -> line(d + 1, "await asyncio.sleep(0)");
                    case SLEEP_THEN_RERAISE -> {
                        line(d + 1, "await asyncio.sleep(0)");
                        line(d + 1, "raise");
                    }
                }
                if (s.hasFinally()) {
                    line(d, "finally:");
                    line(d + 1, "print(\"" + me + " finally " + s.id() + "\")");
                }
            }
            case Stmt.TimeoutBlock s -> {
                line(d, "async with asyncio.timeout(" + s.delay() + "):");
                block(d + 1, self, s.body(), inGroup);
                line(d, "print(\"" + me + " left timeout " + s.id() + "\")");
            }
            case Stmt.TaskGroupBlock s -> {
                line(d, "async with asyncio.TaskGroup() as tg:");
                block(d + 1, self, s.body(), true);
                line(d, "print(\"" + me + " left group " + s.id() + "\")");
            }
            case Stmt.LockBlock s -> {
                line(d, "async with L:");
                line(d + 1, "print(\"" + me + " holds the lock " + s.id() + "\")");
                body(d + 1, self, s.body(), inGroup);
                line(d, "print(\"" + me + " released the lock " + s.id() + "\")");
            }
            case Stmt.QueuePut s -> line(d, "Q.put_nowait(" + s.id() + ")");
            case Stmt.QueueGet s -> line(d, "print(\"" + me + " got item\", await Q.get())");
            case Stmt.EventSet s -> line(d, "E.set()");
            case Stmt.EventWait s -> {
                line(d, "await E.wait()");
                line(d, "print(\"" + me + " saw the event\")");
            }
            case Stmt.FutureSet s -> {
                line(d, "if not F.done():");
                line(d + 1, "F.set_result(\"" + me + "\")");
            }
            case Stmt.FutureAwait s -> line(d, "print(\"" + me + " got from F\", show(await F))");
            case Stmt.CallSoon s -> line(d, "asyncio.get_event_loop().call_soon(print, \"" + me + " soon " + s.id() + "\")");
            case Stmt.DoneCallback s -> {
                String t = "c" + s.task();
                line(d, "if \"" + t + "\" in T:");
                line(d + 1, "T[\"" + t + "\"].add_done_callback(lambda t: print(\"" + t + " done, callback " + s.id()
                        + ":\", outcome(t)))");
            }
        }
    }

    private String createTask() {
        return program.modernApi() ? "asyncio.create_task" : "asyncio.get_event_loop().create_task";
    }

    /** Only generated for 3.7+, where it exists. */
    private String currentTask() {
        return "asyncio.current_task()";
    }

    private String message(String message) {
        return message == null || !program.cancelMessages() ? "" : "\"" + message + "\"";
    }

    private static String names(List<Integer> tasks) {
        return "[" + tasks.stream().map(i -> "\"c" + i + "\"").collect(Collectors.joining(", ")) + "]";
    }

    private String caught(Stmt.Catch c) {
        return switch (c) {
            case CANCELLED -> "asyncio.CancelledError";
            case BOOM -> "Boom";
            case EXCEPTION -> "Exception";
            case BASE_EXCEPTION -> "BaseException";
            case TIMEOUT -> "asyncio.TimeoutError";
        };
    }

    private void line(int depth, String text) {
        out.append("    ".repeat(depth)).append(text).append('\n');
    }
}
