package dev.asynciotck.interpreter.runtime.object;

/** A module object: {@code asyncio}, whose attributes come from the provider, or the {@code threading} subset. */
public record PyModule(String name) {

    @Override
    public String toString() {
        return "<module '" + name + "' from '/usr/lib/python3/" + name + "/__init__.py'>";
    }
}
