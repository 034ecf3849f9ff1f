package dev.asynciotck.harness.python;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a Python target runs asyncio: as the interpreter has it, on a third-party event loop made by a factory
 * ({@code +loop=MODULE:CALLABLE}; {@code +uvloop} is {@code +loop=uvloop:new_event_loop} found on the first
 * interpreter where uvloop imports), or with CPython's C accelerator ({@code _asyncio}) made unimportable, so that
 * asyncio uses its pure-Python {@code Task}, {@code Future} and helpers, as it does where the accelerator is not
 * built (CPython's own tests run every task test both ways). A target's name ends with the variant's suffix.
 * Immutable; equal when their suffixes are.
 */
public final class PythonVariant {
    /** asyncio as installed. */
    public static final PythonVariant PLAIN = new PythonVariant("", null, null, null);
    /** uvloop's {@code new_event_loop} as asyncio's default loop factory. */
    public static final PythonVariant UVLOOP = new PythonVariant("+uvloop", "uvloop",
            new LoopFactory("uvloop", "new_event_loop"), null);
    /** {@code sys.modules['_asyncio'] = None} before anything imports asyncio. */
    public static final PythonVariant PURE = new PythonVariant("+pure", "pure", null, null);

    private final String suffix;
    private final String harnessArgument;
    private final LoopFactory loop;
    private final String problem;

    private PythonVariant(String suffix, String harnessArgument, LoopFactory loop, String problem) {
        this.suffix = suffix;
        this.harnessArgument = harnessArgument;
        this.loop = loop;
        this.problem = problem;
    }

    /** The variant that runs programs on the loop {@code factory} makes. */
    public static PythonVariant loop(LoopFactory factory) {
        return new PythonVariant(factory.suffix(), "loop=" + factory.spec(), factory, null);
    }

    /** The variants {@code tck list-targets} lists for every version: plain, {@code +uvloop}, {@code +pure}. */
    static List<PythonVariant> standard() {
        return List.of(PLAIN, UVLOOP, PURE);
    }

    /** What a target name ends with: {@code ""}, {@code "+uvloop"}, {@code "+pure"}, {@code "+loop=M:C"}. */
    public String suffix() {
        return suffix;
    }

    /** The loop factory programs run on, if any ({@code +uvloop}'s too). */
    public Optional<LoopFactory> loopFactory() {
        return Optional.ofNullable(loop);
    }

    /** Why a {@code +loop=} suffix is malformed; empty for a usable variant. */
    Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** The word {@code harness.py} and {@code forkserver.py} take after their other arguments, if any. */
    Optional<String> harnessArgument() {
        return Optional.ofNullable(harnessArgument);
    }

    /**
     * The variant a target name asks for, by its suffix. A malformed {@code +loop=} suffix still gives a variant,
     * one whose {@link #problem()} says what is wrong, so that the target reports it.
     */
    static PythonVariant ofName(String name) {
        int loopAt = name.lastIndexOf(LoopFactory.SUFFIX);
        if (loopAt >= 0) {
            String spec = name.substring(loopAt + LoopFactory.SUFFIX.length());
            try {
                return loop(LoopFactory.parse(spec));
            } catch (IllegalArgumentException malformed) {
                return new PythonVariant(LoopFactory.SUFFIX + spec, null, null, malformed.getMessage());
            }
        }
        if (name.endsWith(UVLOOP.suffix)) {
            return UVLOOP;
        }
        return name.endsWith(PURE.suffix) ? PURE : PLAIN;
    }

    /** {@code name} without the variant's suffix. */
    String strip(String name) {
        return name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PythonVariant variant && variant.suffix.equals(suffix);
    }

    @Override
    public int hashCode() {
        return suffix.hashCode();
    }

    @Override
    public String toString() {
        return suffix.isEmpty() ? "plain" : suffix;
    }
}
