package dev.asynciotck.reference;

import dev.asynciotck.spi.Context;
import dev.asynciotck.spi.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A future's done callbacks ({@code _callbacks}: {@code (fn, context)} pairs in registration order), as the
 * superclass of {@link ReferenceFuture}, so that they cost no object of their own in the usual case of one (a task's
 * wakeup, gather's callback).
 *
 * <p>Invariant: callbacks are none | one | list:
 * <ul>
 *   <li>none: {@code firstCallback == null} and {@code moreCallbacks == null};</li>
 *   <li>one: {@code firstCallback != null} (run in {@code firstContext}) and {@code moreCallbacks == null};</li>
 *   <li>more: {@code firstCallback != null} is the first, {@code moreCallbacks} (non-empty) holds the rest in order.</li>
 * </ul>
 */
abstract class FutureCallbacks {

    private Consumer<? super Future> firstCallback;
    private Context firstContext;
    private List<Registered> moreCallbacks;

    /** Hands one callback, taken out of this storage, to the loop (the future's {@code call_soon}). */
    abstract void scheduleDoneCallback(Consumer<? super Future> callback, Context context);

    final boolean hasCallbacks() {
        return firstCallback != null;
    }

    /** Appends {@code callback}, to run in {@code context}. */
    final void storeCallback(Consumer<? super Future> callback, Context context) {
        if (firstCallback == null) {
            firstCallback = callback;
            firstContext = context;
        } else {
            if (moreCallbacks == null) {
                moreCallbacks = new ArrayList<>(2);
            }
            moreCallbacks.add(new Registered(callback, context));
        }
    }

    /** Forgets every callback and hands each, in order, to {@link #scheduleDoneCallback}. */
    final void scheduleAllCallbacks() {
        Consumer<? super Future> first = firstCallback;
        if (first == null) {
            return;
        }
        Context context = firstContext;
        List<Registered> more = moreCallbacks;
        firstCallback = null;
        firstContext = null;
        moreCallbacks = null;
        scheduleDoneCallback(first, context);
        if (more != null) {
            for (Registered registered : more) {
                scheduleDoneCallback(registered.callback(), registered.context());
            }
        }
    }

    /** {@code remove_done_callback}: removes every registration equal to {@code callback}; returns how many. */
    final int removeStoredCallbacks(Consumer<? super Future> callback) {
        List<Registered> all = registeredCallbacks();
        int before = all.size();
        all.removeIf(registered -> registered.callback().equals(callback));
        firstCallback = null;
        firstContext = null;
        moreCallbacks = null;
        if (!all.isEmpty()) {
            firstCallback = all.get(0).callback();
            firstContext = all.get(0).context();
            if (all.size() > 1) {
                moreCallbacks = new ArrayList<>(all.subList(1, all.size()));
            }
        }
        return before - all.size();
    }

    /** The repr's {@code cb=[...]} ({@code base_futures._format_callbacks}); only called when there are callbacks. */
    final String formatCallbacks() {
        List<Registered> callbacks = registeredCallbacks();
        int size = callbacks.size();
        String first = Reprs.callbackName(callbacks.get(0).callback());
        String text = switch (size) {
            case 1 -> first;
            case 2 -> first + ", " + Reprs.callbackName(callbacks.get(1).callback());
            default -> first + ", <" + (size - 2) + " more>, "
                    + Reprs.callbackName(callbacks.get(size - 1).callback());
        };
        return "cb=[" + text + "]";
    }

    /** The registered callbacks in order, as a new list (rare paths: removal, repr). */
    private List<Registered> registeredCallbacks() {
        List<Registered> all = new ArrayList<>();
        if (firstCallback != null) {
            all.add(new Registered(firstCallback, firstContext));
            if (moreCallbacks != null) {
                all.addAll(moreCallbacks);
            }
        }
        return all;
    }

    /** A done callback and the context it runs in ({@code (fn, context)} in {@code _callbacks}). */
    private record Registered(Consumer<? super Future> callback, Context context) {
    }
}
