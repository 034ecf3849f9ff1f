package dev.asynciotck.reference;

import dev.asynciotck.spi.Context;
import dev.asynciotck.spi.Handle;
import dev.asynciotck.spi.exceptions.KeyboardInterrupt;
import dev.asynciotck.spi.exceptions.PythonException;
import dev.asynciotck.spi.exceptions.SystemExit;
import dev.asynciotck.spi.exceptions.TypeError;
import java.util.ArrayList;
import java.util.List;

/** {@code asyncio.Handle}: a callback in the ready queue, and the context it runs in. */
class CallbackHandle implements Handle {

    protected final ReferenceEventLoop loop;
    private final Context context;
    private volatile Runnable callback;
    private volatile boolean cancelled;

    CallbackHandle(ReferenceEventLoop loop, Runnable callback, Context context) {
        this.loop = loop;
        this.callback = callback;
        this.context = context;
    }

    @Override
    public final Context getContext() {
        return context;
    }

    @Override
    public void cancel() {
        if (!cancelled) {
            cancelled = true;
            callback = null;
        }
    }

    @Override
    public final boolean cancelled() {
        return cancelled;
    }

    /** {@code _callback} with its {@code _args}: null once cancelled. */
    final Runnable scheduledCallback() {
        return callback;
    }

    /**
     * {@code Handle._run}: the callback runs inside the handle's context; an exception from it goes to the
     * loop's exception handler, except KeyboardInterrupt and SystemExit, which propagate, as do Java exceptions
     * that are not Python ones (those are bugs of the program's host, reported unchanged).
     */
    final void run() {
        Runnable target = callback;
        try {
            if (target == null) {
                throw new TypeError("'NoneType' object is not callable");
            }
            context.run(target);
        } catch (KeyboardInterrupt | SystemExit fatal) {
            throw fatal;
        } catch (PythonException exc) {
            var context = new Reprs.ContextDict();
            context.put("message", "Exception in callback " + Reprs.callbackName(target));
            context.put("exception", exc);
            context.put("handle", this);
            loop.self().callExceptionHandler(context); // events.py: self._loop.call_exception_handler(context)
        }
    }

    protected List<String> reprInfo() {
        List<String> info = new ArrayList<>();
        info.add(getClass() == ScheduledTimer.class ? "TimerHandle" : "Handle");
        if (cancelled) {
            info.add("cancelled");
        }
        Runnable target = callback;
        if (target != null) {
            info.add(Reprs.callbackName(target));
        }
        return info;
    }

    @Override
    public final String toString() {
        return "<" + String.join(" ", reprInfo()) + ">";
    }
}
