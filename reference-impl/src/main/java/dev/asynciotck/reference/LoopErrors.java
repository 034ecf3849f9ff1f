package dev.asynciotck.reference;

import dev.asynciotck.spi.Context;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.ExceptionHandler;
import dev.asynciotck.spi.Handle;
import dev.asynciotck.spi.Task;
import dev.asynciotck.spi.exceptions.KeyboardInterrupt;
import dev.asynciotck.spi.exceptions.PythonException;
import dev.asynciotck.spi.exceptions.SystemExit;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code call_exception_handler} and {@code default_exception_handler} of base_events.py. The default
 * handler writes what asyncio's logger writes through logging's last-resort handler: the message, one
 * {@code key: repr(value)} line per other key in sorted order, then the exception's last traceback line
 * ({@code Name: str}); the reference implementation keeps no traceback frames.
 */
final class LoopErrors {

    private LoopErrors() {
    }

    /** {@code loop} is the loop as the program knows it ({@link ReferenceEventLoop#self()}). */
    static void callExceptionHandler(EventLoop loop, ExceptionHandler handler, Map<String, Object> context,
                                     Reprs reprs, PrintStream stderr, boolean inFailedContext) {
        if (handler == null) {
            try {
                // base_events.py: self.default_exception_handler(context), a loop subclass's override included.
                loop.defaultExceptionHandler(context);
            } catch (KeyboardInterrupt | SystemExit fatal) {
                throw fatal;
            } catch (PythonException unexpected) {
                // Second protection layer for unexpected errors in the default handler.
                log(stderr, "Exception in default exception handler", unexpected);
            }
            return;
        }
        try {
            // base_events.py 3.12+; before, the handler runs in the context current where the failure is reported.
            Context runIn = inFailedContext ? contextOf(context) : null;
            if (runIn != null) {
                runIn.run(() -> handler.handle(loop, context));
            } else {
                handler.handle(loop, context);
            }
        } catch (KeyboardInterrupt | SystemExit fatal) {
            throw fatal;
        } catch (PythonException exc) {
            // The custom handler failed: let the default handler report that, with the original context.
            try {
                var failure = new Reprs.ContextDict();
                failure.put("message", "Unhandled error in exception handler");
                failure.put("exception", exc);
                failure.put("context", context instanceof Reprs.ContextDict ? context : new Reprs.ContextDict(context));
                loop.defaultExceptionHandler(failure);
            } catch (KeyboardInterrupt | SystemExit fatal) {
                throw fatal;
            } catch (PythonException unexpected) {
                log(stderr, "Exception in default exception handler while handling an unexpected error "
                        + "in custom exception handler", unexpected);
            }
        }
    }

    /**
     * 3.12+: a custom handler runs in the context of what failed: {@code context['task']}, else
     * {@code context['future']}, else {@code context['handle']}, if that has {@code get_context()} (a task or a
     * handle; plain futures have none).
     */
    private static Context contextOf(Map<String, Object> context) {
        Object thing = context.get("task");
        if (thing == null) {
            thing = context.get("future");
        }
        if (thing == null) {
            thing = context.get("handle");
        }
        return switch (thing) {
            case Task task -> task.getContext();
            case Handle handle -> handle.getContext();
            case null, default -> null;
        };
    }

    static void defaultExceptionHandler(Map<String, Object> context, Reprs reprs, PrintStream stderr) {
        Object message = context.get("message");
        String text = message == null || !reprs.values().truth(message)
                ? "Unhandled exception in event loop" : String.valueOf(message);
        List<String> lines = new ArrayList<>();
        lines.add(text);
        for (String key : new TreeSet<>(context.keySet())) {
            if (key.equals("message") || key.equals("exception")) {
                continue;
            }
            lines.add(key + ": " + reprs.repr(context.get(key)));
        }
        Object exception = context.get("exception");
        log(stderr, String.join("\n", lines), exception instanceof Throwable t ? t : null);
    }

    /** {@code logger.error(msg, exc_info=exception)} through logging's last-resort handler. */
    private static void log(PrintStream stderr, String message, Throwable exception) {
        String record = exception == null ? message : message + "\n" + Reprs.exceptionText(exception);
        synchronized (stderr) {
            stderr.println(record);
            stderr.flush();
        }
    }
}
