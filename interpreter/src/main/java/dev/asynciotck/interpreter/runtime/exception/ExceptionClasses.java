package dev.asynciotck.interpreter.runtime.exception;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.asynciotck.interpreter.runtime.repr.ExceptionText;
import dev.asynciotck.interpreter.runtime.object.PyBuiltin;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.Types;

/** Python's builtin exception classes (the same in every version the suite covers). */
public final class ExceptionClasses {

    public static final PyClass BASE_EXCEPTION = define("BaseException", Types.OBJECT);
    public static final PyClass BASE_EXCEPTION_GROUP = define("BaseExceptionGroup", BASE_EXCEPTION);
    public static final PyClass GENERATOR_EXIT = define("GeneratorExit", BASE_EXCEPTION);
    public static final PyClass KEYBOARD_INTERRUPT = define("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyClass SYSTEM_EXIT = define("SystemExit", BASE_EXCEPTION);
    public static final PyClass EXCEPTION = define("Exception", BASE_EXCEPTION);
    public static final PyClass EXCEPTION_GROUP = new PyClass("ExceptionGroup", "builtins",
            List.of(BASE_EXCEPTION_GROUP, EXCEPTION), true, null);
    public static final PyClass ARITHMETIC_ERROR = define("ArithmeticError", EXCEPTION);
    public static final PyClass FLOATING_POINT_ERROR = define("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyClass OVERFLOW_ERROR = define("OverflowError", ARITHMETIC_ERROR);
    public static final PyClass ZERO_DIVISION_ERROR = define("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyClass ASSERTION_ERROR = define("AssertionError", EXCEPTION);
    public static final PyClass ATTRIBUTE_ERROR = define("AttributeError", EXCEPTION);
    public static final PyClass BUFFER_ERROR = define("BufferError", EXCEPTION);
    public static final PyClass EOF_ERROR = define("EOFError", EXCEPTION);
    public static final PyClass IMPORT_ERROR = define("ImportError", EXCEPTION);
    public static final PyClass MODULE_NOT_FOUND_ERROR = define("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyClass LOOKUP_ERROR = define("LookupError", EXCEPTION);
    public static final PyClass INDEX_ERROR = define("IndexError", LOOKUP_ERROR);
    public static final PyClass KEY_ERROR = define("KeyError", LOOKUP_ERROR);
    public static final PyClass MEMORY_ERROR = define("MemoryError", EXCEPTION);
    public static final PyClass NAME_ERROR = define("NameError", EXCEPTION);
    public static final PyClass UNBOUND_LOCAL_ERROR = define("UnboundLocalError", NAME_ERROR);
    public static final PyClass OS_ERROR = define("OSError", EXCEPTION);
    public static final PyClass CONNECTION_ERROR = define("ConnectionError", OS_ERROR);
    public static final PyClass BROKEN_PIPE_ERROR = define("BrokenPipeError", CONNECTION_ERROR);
    public static final PyClass CONNECTION_ABORTED_ERROR = define("ConnectionAbortedError", CONNECTION_ERROR);
    public static final PyClass CONNECTION_REFUSED_ERROR = define("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PyClass CONNECTION_RESET_ERROR = define("ConnectionResetError", CONNECTION_ERROR);
    public static final PyClass FILE_EXISTS_ERROR = define("FileExistsError", OS_ERROR);
    public static final PyClass FILE_NOT_FOUND_ERROR = define("FileNotFoundError", OS_ERROR);
    public static final PyClass INTERRUPTED_ERROR = define("InterruptedError", OS_ERROR);
    public static final PyClass PERMISSION_ERROR = define("PermissionError", OS_ERROR);
    public static final PyClass TIMEOUT_ERROR = define("TimeoutError", OS_ERROR);
    public static final PyClass REFERENCE_ERROR = define("ReferenceError", EXCEPTION);
    public static final PyClass RUNTIME_ERROR = define("RuntimeError", EXCEPTION);
    public static final PyClass NOT_IMPLEMENTED_ERROR = define("NotImplementedError", RUNTIME_ERROR);
    public static final PyClass RECURSION_ERROR = define("RecursionError", RUNTIME_ERROR);
    public static final PyClass STOP_ASYNC_ITERATION = define("StopAsyncIteration", EXCEPTION);
    public static final PyClass STOP_ITERATION = define("StopIteration", EXCEPTION);
    public static final PyClass SYNTAX_ERROR = define("SyntaxError", EXCEPTION);
    public static final PyClass SYSTEM_ERROR = define("SystemError", EXCEPTION);
    public static final PyClass TYPE_ERROR = define("TypeError", EXCEPTION);
    public static final PyClass VALUE_ERROR = define("ValueError", EXCEPTION);
    public static final PyClass UNICODE_ERROR = define("UnicodeError", VALUE_ERROR);
    public static final PyClass WARNING = define("Warning", EXCEPTION);
    public static final PyClass DEPRECATION_WARNING = define("DeprecationWarning", WARNING);
    public static final PyClass PENDING_DEPRECATION_WARNING = define("PendingDeprecationWarning", WARNING);
    public static final PyClass RUNTIME_WARNING = define("RuntimeWarning", WARNING);
    public static final PyClass USER_WARNING = define("UserWarning", WARNING);

    /** Every builtin exception class, in definition order. */
    private static final List<PyClass> ALL = List.of(
            BASE_EXCEPTION, BASE_EXCEPTION_GROUP, GENERATOR_EXIT, KEYBOARD_INTERRUPT, SYSTEM_EXIT, EXCEPTION,
            EXCEPTION_GROUP, ARITHMETIC_ERROR, FLOATING_POINT_ERROR, OVERFLOW_ERROR, ZERO_DIVISION_ERROR, ASSERTION_ERROR,
            ATTRIBUTE_ERROR, BUFFER_ERROR, EOF_ERROR, IMPORT_ERROR, MODULE_NOT_FOUND_ERROR, LOOKUP_ERROR, INDEX_ERROR,
            KEY_ERROR, MEMORY_ERROR, NAME_ERROR, UNBOUND_LOCAL_ERROR, OS_ERROR, CONNECTION_ERROR, BROKEN_PIPE_ERROR,
            CONNECTION_ABORTED_ERROR, CONNECTION_REFUSED_ERROR, CONNECTION_RESET_ERROR, FILE_EXISTS_ERROR,
            FILE_NOT_FOUND_ERROR, INTERRUPTED_ERROR, PERMISSION_ERROR, TIMEOUT_ERROR, REFERENCE_ERROR, RUNTIME_ERROR,
            NOT_IMPLEMENTED_ERROR, RECURSION_ERROR, STOP_ASYNC_ITERATION, STOP_ITERATION, SYNTAX_ERROR, SYSTEM_ERROR,
            TYPE_ERROR, VALUE_ERROR, UNICODE_ERROR, WARNING, DEPRECATION_WARNING, PENDING_DEPRECATION_WARNING, RUNTIME_WARNING,
            USER_WARNING);

    static {
        BASE_EXCEPTION.dict.put("__init__", PyBuiltin.raw("BaseException.__init__", Exceptions::baseInit));
        BASE_EXCEPTION.dict.put("__str__", PyBuiltin.raw("BaseException.__str__", a -> ExceptionText.baseStr((Throwable) a.get(0))));
        BASE_EXCEPTION.dict.put("__repr__", PyBuiltin.raw("BaseException.__repr__", a -> ExceptionText.baseRepr((Throwable) a.get(0))));
    }

    private ExceptionClasses() {
    }

    private static PyClass define(String name, PyClass base) {
        return PyClass.builtin(name, "builtins", base, null);
    }

    /** The builtin exception classes by name. */
    public static Map<String, PyClass> all() {
        Map<String, PyClass> byName = new LinkedHashMap<>();
        ALL.forEach(cls -> byName.put(cls.name, cls));
        return byName;
    }

    /** The builtin exception class of that name, or null. */
    public static PyClass byName(String name) {
        for (PyClass cls : ALL) {
            if (cls.name.equals(name)) {
                return cls;
            }
        }
        return null;
    }
}
