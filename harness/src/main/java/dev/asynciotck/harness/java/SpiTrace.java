package dev.asynciotck.harness.java;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The last events of one run on a Java target: SPI calls the program made (with their arguments and what
 * they returned or raised) and loop events seen from outside (callbacks run, coroutine bodies starting and
 * ending). Only the last {@code capacity} events are kept; older ones are counted, not stored.
 *
 * <p>A call is one event: {@code EventLoop#1.callSoon(callback#2) → Handle#1}. When other events happen
 * between a call and its return (a {@code runUntilComplete} runs the whole program), the call shows
 * {@code …} and its return becomes an event of its own, {@code ← #3 runUntilComplete → None}, pointing back
 * at the call's number. A call that never returned (a hang, a timeout) stays {@code … (no return)}.
 *
 * <p>Thread-safe: coroutine bodies and threadsafe callbacks may record from other threads.
 */
public final class SpiTrace {

    /** How many events a run keeps by default. */
    public static final int DEFAULT_CAPACITY = 200;

    /** The longest text one event keeps. */
    static final int EVENT_LIMIT = 240;

    private final int capacity;
    private final ArrayDeque<Event> events = new ArrayDeque<>();
    private long recorded;

    public SpiTrace(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a trace keeps at least one event, not " + capacity);
        }
        this.capacity = capacity;
    }

    /** Records a loop event, e.g. {@code ran callback#2}. */
    public synchronized void event(String text) {
        add(text, "");
    }

    /**
     * Records the start of a call of {@code method}, described by {@code text}; pass the result to
     * {@link #returned} or {@link #raised}.
     */
    synchronized Event call(String text, String method) {
        Event call = add(text, method);
        call.outcome = " … (no return)";
        return call;
    }

    /** The call returned: {@code outcome} is e.g. {@code → Handle#1}, or empty for {@code void}. */
    synchronized void returned(Event call, String outcome) {
        finish(call, outcome);
    }

    /** The call threw {@code exception}. */
    synchronized void raised(Event call, Throwable exception) {
        finish(call, "raised " + SafeRepr.exception(exception));
    }

    private void finish(Event call, String outcome) {
        String shown = outcome.isEmpty() ? "" : " " + outcome;
        if (call.number == recorded) {
            call.outcome = shown;
        } else {
            call.outcome = " …";
            add("← #" + call.number + " " + call.method + shown, "");
        }
    }

    private Event add(String text, String method) {
        String cut = text.length() > EVENT_LIMIT ? text.substring(0, EVENT_LIMIT) + "…" : text;
        Event event = new Event(++recorded, cut, method);
        if (events.size() == capacity) {
            events.removeFirst();
        }
        events.addLast(event);
        return event;
    }

    /** How many events were recorded in all, the dropped ones included. */
    public synchronized long recorded() {
        return recorded;
    }

    /**
     * The kept events, oldest first, one line each ({@code #12 EventLoop#1.stop()}), preceded by a line
     * saying how many earlier ones were dropped, if any.
     */
    public synchronized List<String> lines() {
        List<String> lines = new ArrayList<>(events.size() + 1);
        long dropped = recorded - events.size();
        if (dropped > 0) {
            lines.add("(" + dropped + " earlier events dropped)");
        }
        for (Event event : events) {
            lines.add("#" + event.number + " " + event.text + event.outcome);
        }
        return lines;
    }

    /** One recorded event; a call's outcome is filled in when it returns. */
    static final class Event {
        final long number;
        final String text;
        final String method;
        String outcome = "";

        Event(long number, String text, String method) {
            this.number = number;
            this.text = text;
            this.method = method;
        }
    }
}
