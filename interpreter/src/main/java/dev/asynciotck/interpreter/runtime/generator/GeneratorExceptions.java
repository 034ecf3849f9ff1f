package dev.asynciotck.interpreter.runtime.generator;

import dev.asynciotck.interpreter.runtime.exception.ExceptionClasses;
import dev.asynciotck.interpreter.runtime.object.Args;
import dev.asynciotck.interpreter.runtime.object.ArgumentBinder;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.spi.exceptions.TypeError;

/** The exception {@code gen.throw(...)} or {@code agen.athrow(...)} raises at the yield. */
final class GeneratorExceptions {

    private GeneratorExceptions() {
    }

    /**
     * {@code throw(typ)}, {@code throw(instance)} or the deprecated {@code throw(typ, val)}: an exception class
     * is instantiated (with {@code val} as its argument, unless {@code val} is already an instance of it).
     */
    static Throwable thrown(Runtime rt, Object typ, Object val) {
        if (typ instanceof PyClass cls && cls.isSubclassOf(ExceptionClasses.BASE_EXCEPTION)) {
            if (val == null || ArgumentBinder.absent(val)) {
                return (Throwable) rt.call(cls, Args.NONE);
            }
            if (val instanceof Throwable t && rt.isInstance(t, cls)) {
                return t;
            }
            return (Throwable) rt.call(cls, val);
        }
        if (typ instanceof Throwable t && rt.exceptionClass(t) != null) {
            if (val != null && !ArgumentBinder.absent(val)) {
                throw new TypeError("instance exception may not have a separate value");
            }
            return t;
        }
        throw new TypeError("exceptions must be classes or instances deriving from BaseException, not "
                + rt.typeOf(typ).name);
    }
}
