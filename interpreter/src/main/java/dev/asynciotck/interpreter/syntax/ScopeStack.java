package dev.asynciotck.interpreter.syntax;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

/** The scopes open while parsing: records bound names and builds qualified names. */
final class ScopeStack {

    enum Kind { MODULE, FUNCTION, ASYNC_FUNCTION, LAMBDA, CLASS, COMPREHENSION }

    static final class Scope {
        final Kind kind;
        final String qualifiedName;
        final Set<String> bound = new LinkedHashSet<>();
        final Set<String> globals = new LinkedHashSet<>();
        final Set<String> nonlocals = new LinkedHashSet<>();
        int loopDepth;
        /** A yield was seen directly in this scope: the function is a generator. */
        boolean generator;
        /** Where a {@code return value} stands, for the async-generator check at the end of the function. */
        Pos returnWithValue;

        Scope(Kind kind, String qualifiedName) {
            this.kind = kind;
            this.qualifiedName = qualifiedName;
        }

        boolean isFunctionLike() {
            return kind == Kind.FUNCTION || kind == Kind.ASYNC_FUNCTION || kind == Kind.LAMBDA
                    || kind == Kind.COMPREHENSION;
        }
    }

    private final Deque<Scope> scopes = new ArrayDeque<>();

    ScopeStack() {
        scopes.push(new Scope(Kind.MODULE, ""));
    }

    Scope current() {
        return scopes.peek();
    }

    /** The qualified name a function or class named {@code name} gets in the current scope. */
    String qualify(String name) {
        Scope scope = current();
        return switch (scope.kind) {
            case MODULE -> name;
            case CLASS -> scope.qualifiedName + "." + name;
            default -> scope.qualifiedName + ".<locals>." + name;
        };
    }

    void push(Kind kind, String qualifiedName) {
        scopes.push(new Scope(kind, qualifiedName));
    }

    FunctionScope popFunction() {
        Scope scope = scopes.pop();
        Set<String> locals = new LinkedHashSet<>(scope.bound);
        locals.removeAll(scope.globals);
        locals.removeAll(scope.nonlocals);
        if (scope.generator && scope.kind == Kind.ASYNC_FUNCTION && scope.returnWithValue != null) {
            throw TokenCursor.error("'return' with value in async generator", scope.returnWithValue);
        }
        return new FunctionScope(scope.qualifiedName, Set.copyOf(locals), Set.copyOf(scope.globals),
                Set.copyOf(scope.nonlocals), scope.kind == Kind.ASYNC_FUNCTION, scope.generator);
    }

    /**
     * Records a {@code yield} (or {@code yield from}) in the innermost scope, which makes it a generator; returns
     * the SyntaxError message where CPython refuses it, else null.
     */
    String markYield(boolean from) {
        Scope scope = current();
        switch (scope.kind) {
            case MODULE, CLASS -> {
                return "'yield' outside function";
            }
            case COMPREHENSION -> {
                return "'yield' inside list comprehension";
            }
            case ASYNC_FUNCTION -> {
                if (from) {
                    return "'yield from' inside async function";
                }
            }
            default -> {
            }
        }
        scope.generator = true;
        return null;
    }

    /** Records a {@code return value} in the innermost function. */
    void markReturnWithValue(Pos at) {
        if (current().returnWithValue == null) {
            current().returnWithValue = at;
        }
    }

    void popClass() {
        scopes.pop();
    }

    void bind(String name) {
        current().bound.add(name);
    }

    /** True when {@code await} is allowed here: in an async function, or a comprehension inside one. */
    boolean awaitAllowed() {
        for (Scope scope : scopes) {
            if (scope.kind == Kind.COMPREHENSION) {
                continue;
            }
            return scope.kind == Kind.ASYNC_FUNCTION;
        }
        return false;
    }

    /** True inside any function (for return and await messages). */
    boolean inFunction() {
        for (Scope scope : scopes) {
            if (scope.kind == Kind.FUNCTION || scope.kind == Kind.ASYNC_FUNCTION || scope.kind == Kind.LAMBDA) {
                return true;
            }
            if (scope.kind == Kind.CLASS || scope.kind == Kind.MODULE) {
                return false;
            }
        }
        return false;
    }

    boolean atModuleLevel() {
        return current().kind == Kind.MODULE;
    }
}
