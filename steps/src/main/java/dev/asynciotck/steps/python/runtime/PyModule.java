package dev.asynciotck.steps.python.runtime;

/** A module object; only {@code asyncio} exists, its attributes come from the provider. */
public record PyModule(String name) {

    @Override
    public String toString() {
        return "<module '" + name + "' from '/usr/lib/python3/" + name + "/__init__.py'>";
    }
}
