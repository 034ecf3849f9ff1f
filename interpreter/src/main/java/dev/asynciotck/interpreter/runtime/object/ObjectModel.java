package dev.asynciotck.interpreter.runtime.object;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One program's registries of the object model. The object package knows the core values only; the groups
 * above it (builtins, exceptions, the asyncio bridge, threading) register here, when the program's runtime is
 * made, the kinds of value they bring: which class a value of theirs has, how its attributes are read and
 * written, how a builtin class makes instances, and the attributes of their modules. So the object model never
 * names them, and nothing of this outlives the program.
 *
 * <p>Registration happens while the runtime is being built, before the program runs; afterwards the
 * registries are only read (from any thread of the program).
 */
public final class ObjectModel {

    /** How the attributes of one kind of value are read, written and listed. */
    public interface Attributes {

        /** {@code value.name}; an AttributeError (or unsupported construct) when there is none. */
        Object get(Runtime rt, Object value, String name);

        /**
         * {@code value.name = newValue}; false when values of this kind have no settable attributes (the caller
         * raises Python's AttributeError).
         */
        default boolean set(Runtime rt, Object value, String name, Object newValue) {
            return false;
        }

        /** The attributes {@code del value.name} may remove, or null when there are none. */
        default Map<String, Object> deletable(Object value) {
            return null;
        }
    }

    /**
     * How {@code Future.__init__} or {@code Task.__init__} makes the provider's half of an instance of a program
     * subclass: the provider's future, already bound to {@code self} ({@link dev.asynciotck.spi.Future#bindSelf}).
     */
    public interface FutureSubclassInit {
        dev.asynciotck.spi.Future init(Runtime rt, Args args, PyFutureSubclassInstance self);
    }

    /**
     * How an instance of a program class deriving from a builtin class other than {@code object},
     * {@code asyncio.Future} and {@code asyncio.Task} is made, before the program's {@code __init__} runs on it (an
     * event loop policy, say, whose other half is the provider's).
     */
    public interface SubclassInstances {
        PyInstance make(Runtime rt, PyClass cls);
    }

    private record Kind<T>(Class<?> javaType, T handler) {
    }

    private final List<Kind<Function<Object, PyClass>>> classes = new ArrayList<>();
    private final List<Kind<Attributes>> attributes = new ArrayList<>();
    private final Map<PyClass, BiFunction<Runtime, Args, Object>> constructors = new HashMap<>();
    private final Map<String, Function<String, Object>> modules = new HashMap<>();
    private final Map<PyClass, FutureSubclassInit> futureSubclassInits = new HashMap<>();
    private final Map<PyClass, SubclassInstances> subclassInstances = new HashMap<>();
    /** The classes of iterators and views, one per name ({@code list_iterator}, {@code dict_keys}, ...). */
    private final Map<String, PyClass> namedClasses = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Values of {@code javaType} (those the object package does not know) have the class {@code classOf}
     * gives; registrations are tried in order, so a subtype comes before its supertype.
     */
    public void registerClass(Class<?> javaType, Function<Object, PyClass> classOf) {
        classes.add(new Kind<>(javaType, classOf));
    }

    /** Attribute access on values of {@code javaType}; tried in registration order. */
    public void registerAttributes(Class<?> javaType, Attributes access) {
        attributes.add(new Kind<>(javaType, access));
    }

    /** How calling the builtin class {@code cls} makes an instance. */
    public void registerConstructor(PyClass cls, BiFunction<Runtime, Args, Object> constructor) {
        constructors.put(cls, constructor);
    }

    /** How {@code base.__init__} ({@code base} asyncio.Future or Task) makes a program subclass instance's future. */
    public void registerFutureSubclassInit(PyClass base, FutureSubclassInit init) {
        futureSubclassInits.put(base, init);
    }

    public Optional<FutureSubclassInit> futureSubclassInitOf(PyClass base) {
        return Optional.ofNullable(futureSubclassInits.get(base));
    }

    /** How an instance of a program subclass of the builtin class {@code base} is made; without it, unsupported. */
    public void registerSubclassInstances(PyClass base, SubclassInstances make) {
        subclassInstances.put(base, make);
    }

    public Optional<SubclassInstances> subclassInstancesOf(PyClass base) {
        return Optional.ofNullable(subclassInstances.get(base));
    }

    /** The attributes of the module called {@code name} ({@code asyncio}, {@code threading}). */
    public void registerModule(String name, Function<String, Object> attribute) {
        modules.put(name, attribute);
    }

    /** The class a registered kind of value has, if {@code value} is of one. */
    public Optional<PyClass> classOf(Object value) {
        for (Kind<Function<Object, PyClass>> kind : classes) {
            if (kind.javaType().isInstance(value)) {
                return Optional.ofNullable(kind.handler().apply(value));
            }
        }
        return Optional.empty();
    }

    /** The attribute access of a registered kind of value, if {@code value} is of one. */
    public Optional<Attributes> attributesOf(Object value) {
        for (Kind<Attributes> kind : attributes) {
            if (kind.javaType().isInstance(value)) {
                return Optional.of(kind.handler());
            }
        }
        return Optional.empty();
    }

    /** The constructor registered for a builtin class, if any. */
    public Optional<BiFunction<Runtime, Args, Object>> constructorOf(PyClass cls) {
        return Optional.ofNullable(constructors.get(cls));
    }

    /** The attribute reader of a registered module. */
    public Optional<Function<String, Object>> module(String name) {
        return Optional.ofNullable(modules.get(name));
    }

    /** The builtin class called {@code name} that iterators and views of that name share in this program. */
    public PyClass iteratorClass(String name) {
        return namedClasses.computeIfAbsent(name, n -> PyClass.builtin(n, "builtins", Types.OBJECT, null));
    }

    /** The registered module names, for messages. */
    public List<String> moduleNames() {
        List<String> names = new ArrayList<>(modules.keySet());
        Collections.sort(names);
        return names;
    }
}
