package dev.asynciotck.spi.exceptions;

/**
 * Python's GeneratorExit, thrown into a suspended coroutine by {@link dev.asynciotck.spi.Coroutine#close()}. A coroutine
 * must not await after catching it.
 */
public class GeneratorExit extends PythonException {

    public GeneratorExit(Object... args) {
        super(args);
    }
}
