package dev.asynciotck.harness.python;

import dev.asynciotck.harness.Target;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names of the WebAssembly targets ({@code cpython-3.13-wasm}, {@code cpython-3.14}, {@code cpython-3.15};
 * see {@link WasmTarget}) and the targets they stand for. These names come before the native
 * {@code cpython-3.X} names: there is no native CPython 3.14 or 3.15 here, and a native one can still be named
 * by path ({@code python:/path/to/python3.14}).
 */
public final class WasmTargets {

    /** Targets handed out, by name, so that each has one server per JVM. */
    private static final Map<String, Target> TARGETS = new ConcurrentHashMap<>();

    private WasmTargets() {
    }

    /** The WebAssembly target a name stands for; empty if the name is not one. */
    public static Optional<Target> byName(String name) {
        return WasmBuild.byTargetName(name).map(build -> TARGETS.computeIfAbsent(build.targetName(),
                key -> new WasmTarget(build, () -> WasmRuntime.locate(build), false)));
    }

    /** True if {@code name} is a WebAssembly target's name (whether or not it is installed). */
    public static boolean isWasmTargetName(String name) {
        return WasmBuild.byTargetName(name).isPresent();
    }

    /** Every WebAssembly target, available here or not, and what it runs on or why not. */
    public static List<TargetAvailability> list() {
        return Arrays.stream(WasmBuild.values()).map(build -> {
            WasmTarget target = (WasmTarget) byName(build.targetName()).orElseThrow();
            return new TargetAvailability(target.name(), target.unavailableReason().isEmpty(), target.describe());
        }).toList();
    }
}
