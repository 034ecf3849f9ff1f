package dev.asynciotck.harness.python;

import dev.asynciotck.harness.Target;
import dev.asynciotck.harness.TargetFamily;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * CPython compiled to WebAssembly ({@code cpython-3.13-wasm}, {@code cpython-3.14}, {@code cpython-3.15},
 * {@code pyodide-3.14+webloop}) as a {@link TargetFamily}, so that {@code tck list-targets} and
 * {@code Targets.byName} treat it like the other families. The names and targets are {@link WasmTargets}';
 * this family answers the same. It is the first family in the service file: its names come before the native
 * {@code cpython-3.X} names (there is no native CPython 3.14 or 3.15 here).
 */
public final class WasmTargetFamily implements TargetFamily {

    @Override
    public String title() {
        return "CPython compiled to WebAssembly (Pyodide under Node, npm packages of harness/wasm)";
    }

    @Override
    public String nameForms() {
        return Arrays.stream(WasmBuild.values()).map(WasmBuild::targetName).collect(Collectors.joining(", "));
    }

    @Override
    public Optional<Target> byName(String name) {
        return WasmTargets.byName(name);
    }

    @Override
    public List<TargetAvailability> list() {
        return WasmTargets.list();
    }
}
