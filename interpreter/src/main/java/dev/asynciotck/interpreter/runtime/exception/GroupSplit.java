package dev.asynciotck.interpreter.runtime.exception;

import dev.asynciotck.spi.exceptions.BaseExceptionGroup;
import dev.asynciotck.spi.exceptions.ExceptionGroup;
import java.util.ArrayList;
import java.util.List;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.object.Types;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyTuple;
import dev.asynciotck.interpreter.runtime.object.Values;

/** {@code BaseExceptionGroup.split(condition)} and {@code subgroup(condition)}, as CPython derives groups. */
public final class GroupSplit {

    private GroupSplit() {
    }

    /** {@code (match, rest)}; a part is null when empty. */
    static Throwable[] split(Runtime rt, ExceptionTypes types, Throwable exception, Object condition) {
        if (matches(rt, exception, condition)) {
            return new Throwable[] {exception, null};
        }
        if (!(exception instanceof BaseExceptionGroup group)) {
            return new Throwable[] {null, exception};
        }
        List<Throwable> matched = new ArrayList<>();
        List<Throwable> rest = new ArrayList<>();
        for (Throwable member : group.exceptions()) {
            Throwable[] parts = split(rt, types, member, condition);
            if (parts[0] != null) {
                matched.add(parts[0]);
            }
            if (parts[1] != null) {
                rest.add(parts[1]);
            }
        }
        return new Throwable[] {
            matched.isEmpty() ? null : derive(rt, types, group, matched),
            rest.isEmpty() ? null : derive(rt, types, group, rest)};
    }

    private static boolean matches(Runtime rt, Throwable exception, Object condition) {
        if (condition instanceof PyClass || condition instanceof PyTuple) {
            return Types.isInstance(rt, exception, condition, "split");
        }
        return Values.truth(rt.call(condition, exception));
    }

    /** A group like {@code original} holding {@code members}, with its cause, context and notes. */
    public static Throwable derive(Runtime rt, ExceptionTypes types, BaseExceptionGroup original, List<Throwable> members) {
        boolean allExceptions = members.stream().allMatch(rt::isException);
        Throwable derived = allExceptions ? new ExceptionGroup(original.message(), members)
                : new BaseExceptionGroup(original.message(), members);
        if (Exceptions.cause(original) != null) {
            Exceptions.setCause(types, derived, Exceptions.cause(original));
        }
        Exceptions.setContext(derived, Exceptions.context(original));
        for (String name : List.of(Exceptions.SUPPRESS_CONTEXT, "__notes__")) {
            Object value = types.attribute(original, name, GroupSplit.class);
            if (value != GroupSplit.class) {
                types.attributes(derived).put(name, value);
            }
        }
        return derived;
    }
}
