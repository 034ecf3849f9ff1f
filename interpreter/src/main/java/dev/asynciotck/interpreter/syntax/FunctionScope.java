package dev.asynciotck.interpreter.syntax;

import java.util.Set;

/**
 * What the parser learned about one function (or lambda, or comprehension) scope.
 *
 * @param qualifiedName {@code __qualname__}, for example {@code outer.<locals>.inner}
 * @param locals        names bound in the scope, minus those declared global or nonlocal
 * @param globals       names declared {@code global}
 * @param nonlocals     names declared {@code nonlocal}
 * @param isAsync       an {@code async def}
 * @param isGenerator   the body contains {@code yield} (with isAsync: an asynchronous generator)
 */
public record FunctionScope(String qualifiedName, Set<String> locals, Set<String> globals, Set<String> nonlocals,
                            boolean isAsync, boolean isGenerator) {
}
