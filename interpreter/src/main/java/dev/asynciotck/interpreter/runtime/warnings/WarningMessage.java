package dev.asynciotck.interpreter.runtime.warnings;

import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyValue;

/**
 * {@code warnings.WarningMessage}: what {@code catch_warnings(record=True)} collects, one per shown warning;
 * {@code message} is the warning object ({@code str()} gives its text), {@code category} its class.
 */
record WarningMessage(PyClass pyClass, Throwable message, PyClass category, String filename, long lineno)
        implements PyValue {

    /** What {@link #attribute} returns for a name a WarningMessage does not have. */
    static final Object MISSING = new Object();

    Object attribute(String name) {
        return switch (name) {
            case "message" -> message;
            case "category" -> category;
            case "filename" -> filename;
            case "lineno" -> lineno;
            case "file", "line", "source" -> null;
            default -> MISSING;
        };
    }
}
