package dev.asynciotck.harness.python;

import java.util.Optional;

/**
 * How a Python target runs asyncio: as the interpreter has it, under uvloop's event loop policy, or with CPython's
 * C accelerator ({@code _asyncio}) made unimportable, so that asyncio uses its pure-Python {@code Task},
 * {@code Future} and helpers, as it does where the accelerator is not built (CPython's own tests run every
 * task test both ways). A target's name ends with the variant's suffix.
 */
public enum PythonVariant {
    /** asyncio as installed. */
    PLAIN("", null),
    /** {@code uvloop.EventLoopPolicy()} installed before the program runs. */
    UVLOOP("+uvloop", "uvloop"),
    /** {@code sys.modules['_asyncio'] = None} before anything imports asyncio. */
    PURE("+pure", "pure");

    private final String suffix;
    private final String harnessArgument;

    PythonVariant(String suffix, String harnessArgument) {
        this.suffix = suffix;
        this.harnessArgument = harnessArgument;
    }

    /** What a target name ends with: {@code ""}, {@code "+uvloop"} or {@code "+pure"}. */
    public String suffix() {
        return suffix;
    }

    /** The word {@code harness.py} and {@code forkserver.py} take after their other arguments, if any. */
    Optional<String> harnessArgument() {
        return Optional.ofNullable(harnessArgument);
    }

    /** The variant a target name asks for, by its suffix. */
    static PythonVariant ofName(String name) {
        if (name.endsWith(UVLOOP.suffix)) {
            return UVLOOP;
        }
        return name.endsWith(PURE.suffix) ? PURE : PLAIN;
    }

    /** {@code name} without the variant's suffix. */
    String strip(String name) {
        return name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
    }
}
