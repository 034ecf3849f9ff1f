package dev.asynciotck.interpreter.runtime.exception;

import dev.asynciotck.interpreter.runtime.repr.ExceptionText;
import dev.asynciotck.spi.exceptions.AttributeError;
import dev.asynciotck.spi.exceptions.BaseExceptionGroup;
import dev.asynciotck.spi.exceptions.BrokenBarrierError;
import dev.asynciotck.spi.exceptions.CancelledError;
import dev.asynciotck.spi.exceptions.ExceptionGroup;
import dev.asynciotck.spi.exceptions.GeneratorExit;
import dev.asynciotck.spi.exceptions.InvalidStateError;
import dev.asynciotck.spi.exceptions.KeyboardInterrupt;
import dev.asynciotck.spi.exceptions.PythonException;
import dev.asynciotck.spi.exceptions.QueueEmpty;
import dev.asynciotck.spi.exceptions.QueueFull;
import dev.asynciotck.spi.exceptions.QueueShutDown;
import dev.asynciotck.spi.exceptions.RuntimeError;
import dev.asynciotck.spi.exceptions.SystemExit;
import dev.asynciotck.spi.exceptions.TimeoutError;
import dev.asynciotck.spi.exceptions.TypeError;
import dev.asynciotck.spi.exceptions.ValueError;
import java.util.List;
import dev.asynciotck.interpreter.runtime.object.ExceptionObject;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyTuple;

/**
 * Exception objects of classes that are not exactly an SPI class: each extends the SPI class its Python class
 * derives from (a program's {@code class Stop(asyncio.CancelledError)} is a Java CancelledError), or
 * PythonException for the rest.
 */
public final class Carriers {

    private Carriers() {
    }

    /** A carrier for {@code cls} extending {@code spiClass} (null: plain PythonException). */
    static PythonException create(Class<? extends PythonException> spiClass, PyClass cls, List<Object> args) {
        ExceptionObject.Data data = new ExceptionObject.Data(cls, args);
        if (spiClass == null) {
            return new Plain(data);
        }
        return switch (spiClass.getSimpleName()) {
            case "CancelledError" -> new Cancelled(data);
            case "InvalidStateError" -> new InvalidState(data);
            case "TimeoutError" -> new Timeout(data);
            case "QueueEmpty" -> new Empty(data);
            case "QueueFull" -> new Full(data);
            case "QueueShutDown" -> new ShutDown(data);
            case "BrokenBarrierError" -> new BrokenBarrier(data);
            case "RuntimeError" -> new Runtime(data);
            case "TypeError" -> new Type(data);
            case "ValueError" -> new Value(data);
            case "AttributeError" -> new Attribute(data);
            case "KeyboardInterrupt" -> new Interrupt(data);
            case "SystemExit" -> new Exit(data);
            case "GeneratorExit" -> new GenExit(data);
            default -> new Plain(data);
        };
    }

    /** A program subclass of ExceptionGroup / BaseExceptionGroup. */
    public static PythonException group(PyClass cls, String message, List<Throwable> members, boolean baseGroup) {
        ExceptionObject.Data data = new ExceptionObject.Data(cls, List.of(message, new PyTuple(members)));
        return baseGroup ? new BaseGroup(data, message, members) : new Group(data, message, members);
    }


    /** The generic carrier: KeyError, IndexError, a program's Exception or BaseException subclass, ... */
    public static final class Plain extends PythonException implements ExceptionObject {
        private final Data d;
        Plain(Data d) { this.d = d; }
        @Override public boolean derivesFromException() { return d.pyClass().isSubclassOf(ExceptionClasses.EXCEPTION); }
        public PyClass pyClass() { return d.pyClass(); }
        public List<Object> pythonArgs() { return d.args(); }
        public void setPythonArgs(List<Object> a) { d.setArgs(a); }
        @Override public List<Object> args() { return d.args(); }
        @Override public String getMessage() { return ExceptionText.defaultStr(d.pyClass(), d.args()); }
        @Override public String pythonName() { return d.pyClass().name; }
        @Override public String toString() { return ExceptionText.javaToString(this); }
    }

    static final class Cancelled extends CancelledError implements ExceptionObject {
        private final Data d;
        Cancelled(Data d) { this.d = d; }
        public PyClass pyClass() { return d.pyClass(); }
        public List<Object> pythonArgs() { return d.args(); }
        public void setPythonArgs(List<Object> a) { d.setArgs(a); }
        @Override public List<Object> args() { return d.args(); }
        @Override public String getMessage() { return ExceptionText.defaultStr(d.pyClass(), d.args()); }
        @Override public String pythonName() { return d.pyClass().name; }
        @Override public String toString() { return ExceptionText.javaToString(this); }
    }

    static final class InvalidState extends InvalidStateError implements ExceptionObject {
        private final Data d;
        InvalidState(Data d) { this.d = d; }
        public PyClass pyClass() { return d.pyClass(); }
        public List<Object> pythonArgs() { return d.args(); }
        public void setPythonArgs(List<Object> a) { d.setArgs(a); }
        @Override public List<Object> args() { return d.args(); }
        @Override public String getMessage() { return ExceptionText.defaultStr(d.pyClass(), d.args()); }
        @Override public String pythonName() { return d.pyClass().name; }
        @Override public String toString() { return ExceptionText.javaToString(this); }
    }

    static final class Timeout extends TimeoutError implements ExceptionObject {
        private final Data d;
        Timeout(Data d) { this.d = d; }
        public PyClass pyClass() { return d.pyClass(); }
        public List<Object> pythonArgs() { return d.args(); }
        public void setPythonArgs(List<Object> a) { d.setArgs(a); }
        @Override public List<Object> args() { return d.args(); }
        @Override public String getMessage() { return ExceptionText.defaultStr(d.pyClass(), d.args()); }
        @Override public String pythonName() { return d.pyClass().name; }
        @Override public String toString() { return ExceptionText.javaToString(this); }
    }

    static final class Empty extends QueueEmpty implements ExceptionObject {
        private final Data d;
        Empty(Data d) { this.d = d; }
        public PyClass pyClass() { return d.pyClass(); }
        public List<Object> pythonArgs() { return d.args(); }
        public void setPythonArgs(List<Object> a) { d.setArgs(a); }
        @Override public List<Object> args() { return d.args(); }
        @Override public String getMessage() { return ExceptionText.defaultStr(d.pyClass(), d.args()); }
        @Override public String pythonName() { return d.pyClass().name; }
        @Override public String toString() { return ExceptionText.javaToString(this); }
    }

    static final class Full extends QueueFull implements ExceptionObject {
        private final Data d;
        Full(Data d) { this.d = d; }
        public PyClass pyClass() { return d.pyClass(); }
        public List<Object> pythonArgs() { return d.args(); }
        public void setPythonArgs(List<Object> a) { d.setArgs(a); }
        @Override public List<Object> args() { return d.args(); }
        @Override public String getMessage() { return ExceptionText.defaultStr(d.pyClass(), d.args()); }
        @Override public String pythonName() { return d.pyClass().name; }
        @Override public String toString() { return ExceptionText.javaToString(this); }
    }

    static final class ShutDown extends QueueShutDown implements ExceptionObject {
        private final Data d;
        ShutDown(Data d) { this.d = d; }
        public PyClass pyClass() { return d.pyClass(); }
        public List<Object> pythonArgs() { return d.args(); }
        public void setPythonArgs(List<Object> a) { d.setArgs(a); }
        @Override public List<Object> args() { return d.args(); }
        @Override public String getMessage() { return ExceptionText.defaultStr(d.pyClass(), d.args()); }
        @Override public String pythonName() { return d.pyClass().name; }
        @Override public String toString() { return ExceptionText.javaToString(this); }
    }

    static final class BrokenBarrier extends BrokenBarrierError implements ExceptionObject {
        private final Data d;
        BrokenBarrier(Data d) { this.d = d; }
        public PyClass pyClass() { return d.pyClass(); }
        public List<Object> pythonArgs() { return d.args(); }
        public void setPythonArgs(List<Object> a) { d.setArgs(a); }
        @Override public List<Object> args() { return d.args(); }
        @Override public String getMessage() { return ExceptionText.defaultStr(d.pyClass(), d.args()); }
        @Override public String pythonName() { return d.pyClass().name; }
        @Override public String toString() { return ExceptionText.javaToString(this); }
    }

    static final class Runtime extends RuntimeError implements ExceptionObject {
        private final Data d;
        Runtime(Data d) { this.d = d; }
        public PyClass pyClass() { return d.pyClass(); }
        public List<Object> pythonArgs() { return d.args(); }
        public void setPythonArgs(List<Object> a) { d.setArgs(a); }
        @Override public List<Object> args() { return d.args(); }
        @Override public String getMessage() { return ExceptionText.defaultStr(d.pyClass(), d.args()); }
        @Override public String pythonName() { return d.pyClass().name; }
        @Override public String toString() { return ExceptionText.javaToString(this); }
    }

    static final class Type extends TypeError implements ExceptionObject {
        private final Data d;
        Type(Data d) { this.d = d; }
        public PyClass pyClass() { return d.pyClass(); }
        public List<Object> pythonArgs() { return d.args(); }
        public void setPythonArgs(List<Object> a) { d.setArgs(a); }
        @Override public List<Object> args() { return d.args(); }
        @Override public String getMessage() { return ExceptionText.defaultStr(d.pyClass(), d.args()); }
        @Override public String pythonName() { return d.pyClass().name; }
        @Override public String toString() { return ExceptionText.javaToString(this); }
    }

    static final class Value extends ValueError implements ExceptionObject {
        private final Data d;
        Value(Data d) { this.d = d; }
        public PyClass pyClass() { return d.pyClass(); }
        public List<Object> pythonArgs() { return d.args(); }
        public void setPythonArgs(List<Object> a) { d.setArgs(a); }
        @Override public List<Object> args() { return d.args(); }
        @Override public String getMessage() { return ExceptionText.defaultStr(d.pyClass(), d.args()); }
        @Override public String pythonName() { return d.pyClass().name; }
        @Override public String toString() { return ExceptionText.javaToString(this); }
    }

    static final class Attribute extends AttributeError implements ExceptionObject {
        private final Data d;
        Attribute(Data d) { this.d = d; }
        public PyClass pyClass() { return d.pyClass(); }
        public List<Object> pythonArgs() { return d.args(); }
        public void setPythonArgs(List<Object> a) { d.setArgs(a); }
        @Override public List<Object> args() { return d.args(); }
        @Override public String getMessage() { return ExceptionText.defaultStr(d.pyClass(), d.args()); }
        @Override public String pythonName() { return d.pyClass().name; }
        @Override public String toString() { return ExceptionText.javaToString(this); }
    }

    static final class Interrupt extends KeyboardInterrupt implements ExceptionObject {
        private final Data d;
        Interrupt(Data d) { this.d = d; }
        public PyClass pyClass() { return d.pyClass(); }
        public List<Object> pythonArgs() { return d.args(); }
        public void setPythonArgs(List<Object> a) { d.setArgs(a); }
        @Override public List<Object> args() { return d.args(); }
        @Override public String getMessage() { return ExceptionText.defaultStr(d.pyClass(), d.args()); }
        @Override public String pythonName() { return d.pyClass().name; }
        @Override public String toString() { return ExceptionText.javaToString(this); }
    }

    static final class Exit extends SystemExit implements ExceptionObject {
        private final Data d;
        Exit(Data d) { this.d = d; }
        public PyClass pyClass() { return d.pyClass(); }
        public List<Object> pythonArgs() { return d.args(); }
        public void setPythonArgs(List<Object> a) { d.setArgs(a); }
        @Override public List<Object> args() { return d.args(); }
        @Override public String getMessage() { return ExceptionText.defaultStr(d.pyClass(), d.args()); }
        @Override public String pythonName() { return d.pyClass().name; }
        @Override public String toString() { return ExceptionText.javaToString(this); }
    }

    static final class GenExit extends GeneratorExit implements ExceptionObject {
        private final Data d;
        GenExit(Data d) { this.d = d; }
        public PyClass pyClass() { return d.pyClass(); }
        public List<Object> pythonArgs() { return d.args(); }
        public void setPythonArgs(List<Object> a) { d.setArgs(a); }
        @Override public List<Object> args() { return d.args(); }
        @Override public String getMessage() { return ExceptionText.defaultStr(d.pyClass(), d.args()); }
        @Override public String pythonName() { return d.pyClass().name; }
        @Override public String toString() { return ExceptionText.javaToString(this); }
    }

    static final class BaseGroup extends BaseExceptionGroup implements ExceptionObject {
        private final Data d;
        BaseGroup(Data d, String message, List<Throwable> members) { super(message, members); this.d = d; }
        public PyClass pyClass() { return d.pyClass(); }
        public List<Object> pythonArgs() { return d.args(); }
        public void setPythonArgs(List<Object> a) { d.setArgs(a); }
        @Override public String pythonName() { return d.pyClass().name; }
        @Override public String toString() { return ExceptionText.javaToString(this); }
    }

    static final class Group extends ExceptionGroup implements ExceptionObject {
        private final Data d;
        Group(Data d, String message, List<Throwable> members) { super(message, members); this.d = d; }
        public PyClass pyClass() { return d.pyClass(); }
        public List<Object> pythonArgs() { return d.args(); }
        public void setPythonArgs(List<Object> a) { d.setArgs(a); }
        @Override public String pythonName() { return d.pyClass().name; }
        @Override public String toString() { return ExceptionText.javaToString(this); }
    }
}
