package dev.asynciotck.interpreter.runtime.exception;

import dev.asynciotck.spi.exceptions.PythonException;
import java.util.List;
import dev.asynciotck.interpreter.runtime.object.PyClass;

/** Python exceptions the interpreter raises, and the internal signal for unsupported constructs. */
public final class Errors {

    private Errors() {
    }

    /** An instance of a builtin exception class that is not an SPI class (KeyError, IndexError, ...). */
    public static PythonException of(PyClass cls, Object... args) {
        return Carriers.create(spiFor(cls), cls, List.of(args));
    }

    private static Class<? extends PythonException> spiFor(PyClass cls) {
        if (cls.isSubclassOf(ExceptionClasses.RUNTIME_ERROR)) {
            return dev.asynciotck.spi.exceptions.RuntimeError.class;
        }
        if (cls.isSubclassOf(ExceptionClasses.VALUE_ERROR)) {
            return dev.asynciotck.spi.exceptions.ValueError.class;
        }
        if (cls.isSubclassOf(ExceptionClasses.TYPE_ERROR)) {
            return dev.asynciotck.spi.exceptions.TypeError.class;
        }
        if (cls.isSubclassOf(ExceptionClasses.ATTRIBUTE_ERROR)) {
            return dev.asynciotck.spi.exceptions.AttributeError.class;
        }
        return null;
    }

    public static PythonException typeError(String message) {
        return new dev.asynciotck.spi.exceptions.TypeError(message);
    }

    public static PythonException valueError(String message) {
        return new dev.asynciotck.spi.exceptions.ValueError(message);
    }

    public static PythonException attributeError(String message) {
        return new dev.asynciotck.spi.exceptions.AttributeError(message);
    }

    public static PythonException keyError(Object key) {
        return of(ExceptionClasses.KEY_ERROR, key);
    }

    public static PythonException indexError(String message) {
        return of(ExceptionClasses.INDEX_ERROR, message);
    }

    public static PythonException nameError(String name) {
        return of(ExceptionClasses.NAME_ERROR, "name '" + name + "' is not defined");
    }

    /** Something outside the subset; the evaluator adds the position of the node being evaluated. */
    public static Unsupported unsupported(String what) {
        return new Unsupported(what);
    }

    /** Signals an unsupported construct found at run time, before its position is known. */
    public static final class Unsupported extends RuntimeException {
        public final String construct;

        Unsupported(String construct) {
            super("unsupported Python construct: " + construct, null, false, false);
            this.construct = construct;
        }
    }
}
