package dev.asynciotck.interpreter.runtime.repr;

import dev.asynciotck.interpreter.runtime.object.ExceptionObject;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyList;
import dev.asynciotck.interpreter.runtime.object.PyTuple;
import dev.asynciotck.spi.exceptions.BaseExceptionGroup;
import dev.asynciotck.spi.exceptions.PythonException;

import java.util.List;

/** The text of exceptions without program-defined {@code __str__}/{@code __repr__}: BaseException's str and repr. */
public final class ExceptionText {

    private ExceptionText() {
    }

    /** BaseException.__str__ for a class and its args. */
    public static String defaultStr(PyClass cls, List<Object> args) {
        if (args.size() == 1 && cls.derivesFromBuiltin("KeyError")) {
            return Repr.repr(args.get(0));
        }
        return switch (args.size()) {
            case 0 -> "";
            case 1 -> Repr.str(args.get(0));
            default -> Repr.repr(new PyTuple(args));
        };
    }

    /** Python's {@code str(e)} without user-defined {@code __str__}. */
    public static String baseStr(Throwable exception) {
        if (exception instanceof BaseExceptionGroup g) {
            int n = g.exceptions().size();
            return g.message() + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
        }
        if (exception instanceof ExceptionObject e) {
            return defaultStr(e.pyClass(), e.pythonArgs());
        }
        if (exception instanceof PythonException p) {
            List<Object> args = p.args();
            return switch (args.size()) {
                case 0 -> "";
                case 1 -> Repr.str(args.get(0));
                default -> Repr.repr(new PyTuple(args));
            };
        }
        return String.valueOf(exception.getMessage() == null ? "" : exception.getMessage());
    }

    /** Python's {@code repr(e)} without user-defined {@code __repr__}. */
    public static String baseRepr(Throwable exception) {
        List<Object> args = exception instanceof BaseExceptionGroup g && !(exception instanceof ExceptionObject)
                ? List.of(g.message(), new PyList(g.exceptions())) : ExceptionObject.args(exception);
        StringBuilder out = new StringBuilder(ExceptionObject.name(exception)).append('(');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(Repr.repr(args.get(i)));
        }
        return out.append(')').toString();
    }

    /** Java's toString of a carrier: {@code Name: str}, as PythonException's. */
    public static String javaToString(Throwable exception) {
        String str = baseStr(exception);
        return ExceptionObject.name(exception) + (str.isEmpty() ? "" : ": " + str);
    }
}
