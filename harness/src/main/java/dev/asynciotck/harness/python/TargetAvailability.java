package dev.asynciotck.harness.python;

import java.util.Objects;

/**
 * Whether a named target can run programs on this machine.
 *
 * @param name      the target's name, e.g. {@code cpython-3.11+uvloop}
 * @param available true if it can run programs
 * @param reason    for an available target, the interpreter it runs on ({@code /usr/bin/python3.11 (cpython
 *                  3.11.2)}); otherwise why not ({@code not installed (looked in ~/.pyenv/versions, PATH)})
 */
public record TargetAvailability(String name, boolean available, String reason) {

    public TargetAvailability {
        Objects.requireNonNull(name, "name");
        reason = Objects.requireNonNullElse(reason, "");
    }

    @Override
    public String toString() {
        return name + ": " + (available ? "available, " : "unavailable, ") + reason;
    }
}
