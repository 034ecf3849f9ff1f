package dev.asynciotck.interpreter.runtime.asyncio;

import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.exception.ExceptionClasses;
import dev.asynciotck.interpreter.runtime.object.ArgumentBinder;
import dev.asynciotck.interpreter.runtime.object.ObjectModel;
import dev.asynciotck.interpreter.runtime.object.PyBuiltin;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyInstance;
import dev.asynciotck.interpreter.runtime.object.PyPolicySubclassInstance;
import dev.asynciotck.interpreter.runtime.object.PyValue;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.object.Types;
import dev.asynciotck.interpreter.runtime.operator.Attributes;
import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.EventLoopPolicy;

/**
 * The event loop policy API over the SPI's policies ({@link EventLoopPolicy}): {@code get_event_loop_policy()} is the
 * provider's current policy (the program's own once it set one), whose {@code get_event_loop},
 * {@code set_event_loop} and {@code new_event_loop} are the policy's; {@code set_event_loop_policy} checks the type
 * as events.py does and hands the policy to the provider; {@code DefaultEventLoopPolicy()} is a new default policy of
 * the provider's, and a program's subclass of it (or of {@code AbstractEventLoopPolicy}) is a
 * {@link PyPolicySubclassInstance}, which the provider calls back through its methods. When asyncio asks the policy
 * is the provider's choice. From 3.14 the policy functions and the names {@code DefaultEventLoopPolicy} and
 * {@code AbstractEventLoopPolicy} warn on each use, as {@code warnings._deprecated(..., remove=(3, 16))} does in
 * events.py and asyncio/__init__.py of 3.14.
 */
final class EventLoopPolicies {

    private final Runtime rt;
    private final Asyncio asyncio;
    private final PyClass abstractPolicy;
    private final PyClass defaultPolicyClass;

    EventLoopPolicies(Runtime rt, Asyncio asyncio) {
        this.rt = rt;
        this.asyncio = asyncio;
        boolean private314 = asyncio.version().atLeast(3, 14);
        this.abstractPolicy = PyClass.builtin(private314 ? "_AbstractEventLoopPolicy" : "AbstractEventLoopPolicy",
                "asyncio.events", Types.OBJECT, null);
        this.defaultPolicyClass = PyClass.builtin("_UnixDefaultEventLoopPolicy", "asyncio.unix_events", abstractPolicy, null);
    }

    void register(ObjectModel model) {
        // A program's subclass instance is a PyInstance of its own class; the provider's policies are the default's.
        model.registerClass(EventLoopPolicy.class, p -> p instanceof PyInstance i ? i.type : defaultPolicyClass);
        model.registerAttributes(EventLoopPolicy.class, (runtime, value, name) -> {
            EventLoopPolicy policy = (EventLoopPolicy) value;
            return switch (name) {
                case "get_event_loop" -> PyBuiltin.method(value, name, "", v -> policy.getEventLoop());
                case "set_event_loop" -> PyBuiltin.method(value, name, "loop", v -> {
                    policy.setEventLoop(SpiArguments.loop(rt, v[0]));
                    return null;
                });
                case "new_event_loop" -> PyBuiltin.method(value, name, "", v -> policy.newEventLoop());
                default -> throw Attributes.missing(runtime, value, name);
            };
        });
        model.registerConstructor(defaultPolicyClass, (r, args) -> {
            ArgumentBinder.bind(defaultPolicyClass.name, ArgumentBinder.parse(""), args);
            return asyncio.newDefaultEventLoopPolicy();
        });
        model.registerConstructor(abstractPolicy, (r, args) -> {
            ArgumentBinder.bind(abstractPolicy.name, ArgumentBinder.parse(""), args);
            return new PyPolicySubclassInstance(abstractPolicy, r, null);
        });
        // BaseDefaultEventLoopPolicy.__init__ makes the policy's state; a subclass instance gets it as it is made.
        model.registerSubclassInstances(defaultPolicyClass,
                (r, cls) -> new PyPolicySubclassInstance(cls, r, asyncio.newDefaultEventLoopPolicy()));
        model.registerSubclassInstances(abstractPolicy, (r, cls) -> new PyPolicySubclassInstance(cls, r, null));
    }

    /** The names this class answers for {@code asyncio.<name>}, each call a fresh lookup (they may warn). */
    static boolean handles(String name) {
        return switch (name) {
            case "get_event_loop_policy", "set_event_loop_policy", "DefaultEventLoopPolicy", "AbstractEventLoopPolicy" -> true;
            default -> false;
        };
    }

    /** {@code asyncio.<name>} for a name {@link #handles}. */
    Object attribute(String name) {
        return switch (name) {
            case "get_event_loop_policy" -> PyBuiltin.of(name, "", v -> {
                deprecated(name);
                return asyncio.getEventLoopPolicy();
            });
            case "set_event_loop_policy" -> PyBuiltin.of(name, "policy", v -> {
                deprecated(name);
                set(v[0]);
                return null;
            });
            case "DefaultEventLoopPolicy" -> {
                deprecated(name);
                yield defaultPolicyClass;
            }
            case "AbstractEventLoopPolicy" -> {
                deprecated(name);
                yield abstractPolicy;
            }
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** {@code set_event_loop_policy(policy)}: the type check of events.py, then the provider's. */
    private void set(Object newPolicy) {
        if (newPolicy != null && !rt.isInstance(newPolicy, abstractPolicy)) {
            if (!rt.atLeast(3, 11)) {
                // events.py before 3.11: assert policy is None or isinstance(policy, AbstractEventLoopPolicy)
                throw Errors.of(ExceptionClasses.ASSERTION_ERROR);
            }
            throw Errors.typeError("policy must be an instance of AbstractEventLoopPolicy or None, not '"
                    + rt.typeOf(newPolicy).name + "'");
        }
        // Every instance of the policy classes is an SPI policy: the provider's, or a PyPolicySubclassInstance.
        asyncio.setEventLoopPolicy((EventLoopPolicy) newPolicy);
    }

    /** {@code warnings._deprecated("asyncio.NAME", remove=(3, 16))} of 3.14's events.py and asyncio/__init__.py. */
    private void deprecated(String name) {
        if (rt.atLeast(3, 14)) {
            rt.warn(ExceptionClasses.DEPRECATION_WARNING,
                    "'asyncio." + name + "' is deprecated and slated for removal in Python 3.16");
        }
    }
}
