package dev.asynciotck.interpreter.runtime.asyncio;

import dev.asynciotck.spi.Coroutine;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The frames of the program's coroutines, as far as asyncio's call-graph introspection reads them (3.14+,
 * graph.py): for each coroutine the interpreter made from an {@code async def}, its code's names, the line it is at
 * ({@code f_lineno}) and what it is awaiting ({@code cr_await}). This is language state, the interpreter's own: the
 * provider keeps which task awaits which future, the interpreter where each coroutine body stands.
 *
 * <p>An asynchronous generator's body has a frame too ({@code ag_frame}), reached through the step that runs it: the
 * awaitable of {@code __anext__()}, {@code asend()}, {@code athrow()} or {@code aclose()} that a coroutine awaits
 * ({@link #stepInto}). Only the current task's own stack passes through such a step: graph.py walks that stack by
 * {@code f_back}, where the running generator's frame lies between its caller and what it awaits, but walks another
 * task's stack by {@code cr_await}, which the step's awaitable does not have, so that walk stops at the awaiting
 * coroutine.
 */
public final class CoroutineFrames {

    /**
     * One coroutine's frame while it lives. Written by the body's own thread as it runs (each statement, each
     * {@code await}), read by whoever captures a graph; Python code runs one piece at a time, so the reader sees the
     * state of a suspended body or of the reader's own.
     */
    public static final class Live {
        /** What graph.py's format_call_graph() calls the frame: "async" (a coroutine) or "async generator". */
        public final String kind;
        public final String name;
        public final String qualifiedName;
        public volatile int line;
        /** {@code cr_await}: what the body is awaiting in an {@code await} expression, else null. */
        public volatile Object awaiting;

        public Live(String name, String qualifiedName, int line) {
            this("async", name, qualifiedName, line);
        }

        public Live(String kind, String name, String qualifiedName, int line) {
            this.kind = kind;
            this.name = name;
            this.qualifiedName = qualifiedName;
            this.line = line;
        }
    }

    /** Weak keys: a coroutine nobody refers to any more takes its frame with it. */
    private final Map<Coroutine, Live> frames = Collections.synchronizedMap(new WeakHashMap<>());
    /** The awaitables of asynchronous generators' steps, each to the frame of the generator it runs. */
    private final Map<Coroutine, Live> steps = Collections.synchronizedMap(new WeakHashMap<>());

    public void register(Coroutine coroutine, Live frame) {
        frames.put(coroutine, frame);
    }

    /** The frame of {@code value} if it is a coroutine of the program's, else null. */
    public Live of(Object value) {
        return value instanceof Coroutine coroutine ? frames.get(coroutine) : null;
    }

    /** Records that awaiting {@code step} runs the body of the asynchronous generator whose frame is {@code frame}. */
    public void registerStep(Coroutine step, Live frame) {
        steps.put(step, frame);
    }

    /** The frame of the asynchronous generator that awaiting {@code value} runs, if it is such a step, else null. */
    public Live stepInto(Object value) {
        return value instanceof Coroutine coroutine ? steps.get(coroutine) : null;
    }
}
