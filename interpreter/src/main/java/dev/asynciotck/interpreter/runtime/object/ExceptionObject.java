package dev.asynciotck.interpreter.runtime.object;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import dev.asynciotck.spi.exceptions.BaseExceptionGroup;
import dev.asynciotck.spi.exceptions.PythonException;

/**
 * A Python exception the interpreter instantiated for a class that is not itself an SPI exception class (a
 * builtin such as KeyError, or a class of the program): it carries its Python class and mutable args.
 */
public interface ExceptionObject extends PyValue {

    List<Object> pythonArgs();

    void setPythonArgs(List<Object> args);

    /** Python's {@code args} of any exception. */
    static List<Object> args(Throwable exception) {
        return switch (exception) {
            case ExceptionObject e -> e.pythonArgs();
            case BaseExceptionGroup g -> List.of(g.message(), new PyList(g.exceptions()));
            case PythonException p -> p.args();
            default -> exception.getMessage() == null ? List.of() : List.of(exception.getMessage());
        };
    }

    /** The simple Python class name of any exception. */
    static String name(Throwable exception) {
        return switch (exception) {
            case ExceptionObject e -> e.pyClass().name;
            case PythonException p -> p.pythonName();
            default -> exception.getClass().getSimpleName();
        };
    }

    /** The data every carrier holds: the Python class and the (replaceable) args. */
    final class Data {
        private final PyClass pyClass;
        private volatile List<Object> args;

        public Data(PyClass pyClass, List<Object> args) {
            this.pyClass = pyClass;
            setArgs(args);
        }

        public PyClass pyClass() {
            return pyClass;
        }

        public List<Object> args() {
            return args;
        }

        public void setArgs(List<Object> newArgs) {
            this.args = Collections.unmodifiableList(new ArrayList<>(newArgs));
        }
    }
}
