package dev.asynciotck.interpreter.runtime.asyncio;

import dev.asynciotck.interpreter.runtime.exception.Errors;
import dev.asynciotck.interpreter.runtime.exception.ExceptionClasses;
import dev.asynciotck.interpreter.runtime.object.ObjectModel;
import dev.asynciotck.interpreter.runtime.object.PyBuiltin;
import dev.asynciotck.interpreter.runtime.object.PyClass;
import dev.asynciotck.interpreter.runtime.object.PyValue;
import dev.asynciotck.interpreter.runtime.object.Runtime;
import dev.asynciotck.interpreter.runtime.object.Types;
import dev.asynciotck.interpreter.runtime.operator.Attributes;
import dev.asynciotck.spi.Asyncio;

/**
 * The event loop policy API over the SPI's module, which is itself the default policy's state (the current loop
 * of each thread): {@code get_event_loop_policy()} gives the one policy object, whose {@code get_event_loop},
 * {@code set_event_loop} and {@code new_event_loop} are the module's; {@code set_event_loop_policy} accepts that
 * object back (nothing changes), while another policy, or {@code None} (a fresh default policy), would need a
 * policy in the SPI and is unsupported. From 3.14 the policy functions and the names
 * {@code DefaultEventLoopPolicy} and {@code AbstractEventLoopPolicy} warn on each use, as
 * {@code warnings._deprecated(..., remove=(3, 16))} does in events.py and asyncio/__init__.py of 3.14.
 */
final class EventLoopPolicies {

    /** The policy object: a {@code _UnixDefaultEventLoopPolicy} whose state is the SPI module's. */
    record DefaultPolicy(PyClass pyClass, Asyncio asyncio) implements PyValue {
    }

    private final Runtime rt;
    private final Asyncio asyncio;
    private final PyClass abstractPolicy;
    private final PyClass defaultPolicyClass;
    private final DefaultPolicy policy;

    EventLoopPolicies(Runtime rt, Asyncio asyncio) {
        this.rt = rt;
        this.asyncio = asyncio;
        boolean private314 = asyncio.version().atLeast(3, 14);
        this.abstractPolicy = PyClass.builtin(private314 ? "_AbstractEventLoopPolicy" : "AbstractEventLoopPolicy",
                "asyncio.events", Types.OBJECT, null);
        this.defaultPolicyClass = PyClass.builtin("_UnixDefaultEventLoopPolicy", "asyncio.unix_events", abstractPolicy, null);
        this.policy = new DefaultPolicy(defaultPolicyClass, asyncio);
    }

    void register(ObjectModel model) {
        model.registerAttributes(DefaultPolicy.class, (runtime, value, name) -> switch (name) {
            case "get_event_loop" -> PyBuiltin.method(value, name, "", v -> {
                requireNoRunningLoop();
                return asyncio.getEventLoop();
            });
            case "set_event_loop" -> PyBuiltin.method(value, name, "loop", v -> {
                asyncio.setEventLoop(SpiArguments.loop(rt, v[0]));
                return null;
            });
            case "new_event_loop" -> PyBuiltin.method(value, name, "", v -> asyncio.newEventLoop());
            default -> throw Attributes.missing(runtime, value, name);
        });
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
                return policy;
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

    /** {@code set_event_loop_policy(policy)}: the type check of events.py, then only the current policy. */
    private void set(Object newPolicy) {
        if (newPolicy != null && !rt.isInstance(newPolicy, abstractPolicy)) {
            if (!rt.atLeast(3, 11)) {
                // events.py before 3.11: assert policy is None or isinstance(policy, AbstractEventLoopPolicy)
                throw Errors.of(ExceptionClasses.ASSERTION_ERROR);
            }
            throw Errors.typeError("policy must be an instance of AbstractEventLoopPolicy or None, not '"
                    + rt.typeOf(newPolicy).name + "'");
        }
        if (newPolicy != policy) {
            throw Errors.unsupported("set_event_loop_policy(" + (newPolicy == null ? "None" : "another policy")
                    + "): the SPI has the default policy only");
        }
    }

    /** The default policy's get_event_loop() inside a running loop may differ from asyncio.get_event_loop(). */
    private void requireNoRunningLoop() {
        try {
            asyncio.getRunningLoop();
        } catch (dev.asynciotck.spi.exceptions.RuntimeError none) {
            return;
        }
        throw Errors.unsupported("policy.get_event_loop() while a loop runs");
    }

    /** {@code warnings._deprecated("asyncio.NAME", remove=(3, 16))} of 3.14's events.py and asyncio/__init__.py. */
    private void deprecated(String name) {
        if (rt.atLeast(3, 14)) {
            rt.warn(ExceptionClasses.DEPRECATION_WARNING,
                    "'asyncio." + name + "' is deprecated and slated for removal in Python 3.16");
        }
    }
}
