package dev.asynciotck.reference;

import dev.asynciotck.reference.lib.AsyncioLibrary;
import dev.asynciotck.spi.AsyncGenHooks;
import dev.asynciotck.spi.AsyncGenerator;
import dev.asynciotck.spi.Coroutine;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * One event loop's asynchronous generators (base_events.py, 3.13): the set {@code _asyncgens} that the loop's
 * {@code firstiter} hook fills, the {@code finalizer} hook, and {@code shutdown_asyncgens()}.
 *
 * <p>CPython keeps the set as a {@code WeakSet}: a generator nobody references any more is not kept alive by its
 * loop (its finalizer hook closes it instead). Here the set holds weak references too, in registration order
 * (CPython's order is a hash order, which no program can rely on), and drops cleared ones as it grows. A language
 * runtime that never collects an unfinished generator early (the interpreter keeps every suspended generator's
 * body alive until the program ends) thus finds each one closed by {@code shutdown_asyncgens}; a finished one
 * that was collected would only have been given a no-op {@code aclose()}.
 */
final class LoopAsyncgens {

    private final ReferenceEventLoop loop;
    private final ModuleState module;
    /** The hooks {@code run_forever} installs: the same pair for the loop's whole life. */
    private final AsyncGenHooks hooks;
    private final List<WeakReference<AsyncGenerator>> asyncgens = new ArrayList<>();
    /** The size at which cleared references are dropped next (keeps the list linear in the live generators). */
    private int purgeAt = 16;

    LoopAsyncgens(ReferenceEventLoop loop, ModuleState module) {
        this.loop = loop;
        this.module = module;
        this.hooks = new AsyncGenHooks(new FirstIterHook(this), new FinalizerHook(this));
    }

    AsyncGenHooks hooks() {
        return hooks;
    }

    /**
     * {@code _asyncgen_firstiter_hook}: registers the generator. After {@code shutdown_asyncgens()} CPython also
     * warns (ResourceWarning, 'asynchronous generator ... was scheduled after loop.shutdown_asyncgens() call'), for
     * which it keeps {@code _asyncgens_shutdown_called}; warnings are not written (see README), so neither is kept.
     */
    void firstiter(AsyncGenerator agen) {
        if (asyncgens.size() >= purgeAt) {
            asyncgens.removeIf(ref -> ref.get() == null);
            purgeAt = Math.max(16, asyncgens.size() * 2);
        }
        if (indexOf(agen) < 0) {
            asyncgens.add(new WeakReference<>(agen));
        }
    }

    /**
     * {@code _asyncgen_finalizer_hook}: forgets the generator and, unless the loop is closed, schedules
     * {@code loop.create_task(agen.aclose())} with {@code call_soon_threadsafe} ({@code aclose()} is called now,
     * the task is created by the callback).
     */
    void finalizer(AsyncGenerator agen) {
        int index = indexOf(agen);
        if (index >= 0) {
            asyncgens.remove(index);
        }
        if (!loop.isClosed()) {
            Coroutine closing = agen.aclose();
            loop.callSoonThreadsafe(new CreateTask(loop, closing));
        }
    }

    /**
     * {@code shutdown_asyncgens()}: takes every registered generator out of the set, and
     * awaits {@code gather(*[ag.aclose() for ag in closing], return_exceptions=True)}; each {@code Exception}
     * among the results goes to the exception handler with the generator.
     */
    Coroutine shutdown() {
        return module.newCoroutine("BaseEventLoop.shutdown_asyncgens", awaiter -> {
            List<AsyncGenerator> closing = new ArrayList<>();
            for (WeakReference<AsyncGenerator> ref : asyncgens) {
                AsyncGenerator agen = ref.get();
                if (agen != null) {
                    closing.add(agen);
                }
            }
            asyncgens.clear();
            if (closing.isEmpty()) {
                return null;
            }
            List<Object> closes = new ArrayList<>(closing.size());
            for (AsyncGenerator agen : closing) {
                closes.add(agen.aclose());
            }
            List<?> results = (List<?>) module.seams().awaitAsyncgenCloses(module.facade(), awaiter, closes);
            for (int i = 0; i < closing.size(); i++) {
                if (results.get(i) instanceof Throwable failure && AsyncioLibrary.isException(failure)) {
                    AsyncGenerator agen = closing.get(i);
                    var context = new Reprs.ContextDict();
                    context.put("message", "an error occurred during closing of asynchronous generator "
                            + module.reprs().repr(agen));
                    context.put("exception", failure);
                    context.put("asyncgen", agen);
                    loop.self().callExceptionHandler(context);
                }
            }
            return null;
        });
    }

    private int indexOf(AsyncGenerator agen) {
        for (int i = 0; i < asyncgens.size(); i++) {
            if (asyncgens.get(i).get() == agen) {
                return i;
            }
        }
        return -1;
    }

    /** The bound method {@code loop._asyncgen_firstiter_hook}. */
    private record FirstIterHook(LoopAsyncgens owner) implements AsyncGenHooks.Hook {
        @Override
        public void call(AsyncGenerator agen) {
            owner.firstiter(agen);
        }

        @Override
        public String toString() {
            return "<bound method BaseEventLoop._asyncgen_firstiter_hook of " + owner.loop + ">";
        }
    }

    /** The bound method {@code loop._asyncgen_finalizer_hook}. */
    private record FinalizerHook(LoopAsyncgens owner) implements AsyncGenHooks.Hook {
        @Override
        public void call(AsyncGenerator agen) {
            owner.finalizer(agen);
        }

        @Override
        public String toString() {
            return "<bound method BaseEventLoop._asyncgen_finalizer_hook of " + owner.loop + ">";
        }
    }

    /** The callback {@code loop.create_task(closing)} that the finalizer hook schedules. */
    private record CreateTask(ReferenceEventLoop loop, Coroutine closing) implements Runnable {
        @Override
        public void run() {
            loop.self().createTask(closing, null);
        }

        @Override
        public String toString() {
            return "BaseEventLoop.create_task(" + closing + ")";
        }
    }
}
