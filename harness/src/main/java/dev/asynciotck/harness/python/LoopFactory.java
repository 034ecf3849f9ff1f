package dev.asynciotck.harness.python;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A third-party event loop a Python target runs programs on, named as {@code +loop=MODULE:CALLABLE}: the callable
 * (a function or class of the module, dotted for a class's method) that returns a new event loop, such as
 * {@code uvloop:new_event_loop}. {@code harness.py} makes it asyncio's default loop factory before the program runs
 * (how, on each Python version, and why not through an event loop policy: the harness's docstring).
 *
 * @param module   a module name, dotted for a submodule, e.g. {@code uvloop}
 * @param callable an attribute path of the module, e.g. {@code new_event_loop} or {@code Loop}
 */
public record LoopFactory(String module, String callable) {

    /** The suffix of a target name that selects a loop: {@code cpython-3.12+loop=uvloop:new_event_loop}. */
    public static final String SUFFIX = "+loop=";

    private static final Pattern DOTTED_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*(\\.[\\p{L}_][\\p{L}\\p{N}_]*)*");

    public LoopFactory {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(callable, "callable");
        if (!DOTTED_NAME.matcher(module).matches() || !DOTTED_NAME.matcher(callable).matches()) {
            throw new IllegalArgumentException(problem(module + ":" + callable));
        }
    }

    /**
     * The factory {@code MODULE:CALLABLE} names.
     *
     * @throws IllegalArgumentException naming the text, when it is not of that form
     */
    public static LoopFactory parse(String spec) {
        int colon = spec.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException(problem(spec));
        }
        return new LoopFactory(spec.substring(0, colon), spec.substring(colon + 1));
    }

    /** {@code MODULE:CALLABLE}. */
    public String spec() {
        return module + ":" + callable;
    }

    /** What the target name ends with: {@code +loop=MODULE:CALLABLE}. */
    public String suffix() {
        return SUFFIX + spec();
    }

    private static String problem(String spec) {
        return "'" + SUFFIX + spec + "' is not " + SUFFIX + "MODULE:CALLABLE (a module and an attribute of it"
                + " that returns a new event loop, e.g. " + SUFFIX + "uvloop:new_event_loop)";
    }
}
