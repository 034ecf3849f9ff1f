package dev.asynciotck.interpreter.runtime.exception;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import dev.asynciotck.interpreter.runtime.object.PyClass;

/**
 * A Python exception the interpreter instantiated for a class that is not itself an SPI exception class (a
 * builtin such as KeyError, or a class of the program): it carries its Python class and mutable args.
 */
public interface ExceptionObject {

    PyClass pyClass();

    List<Object> pythonArgs();

    void setPythonArgs(List<Object> args);

    /** The data every carrier holds. */
    final class Data {
        final PyClass pyClass;
        volatile List<Object> args;

        Data(PyClass pyClass, List<Object> args) {
            this.pyClass = pyClass;
            setArgs(args);
        }

        void setArgs(List<Object> newArgs) {
            this.args = Collections.unmodifiableList(new ArrayList<>(newArgs));
        }

        String message() {
            return Exceptions.defaultStr(pyClass, args);
        }
    }
}
