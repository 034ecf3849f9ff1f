package dev.asynciotck.harness.java;

import dev.asynciotck.spi.Asyncio;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Behind each tracing proxy: forwards every call to the provider's object with the arguments unwrapped,
 * records it with its outcome, and wraps what it returns. {@code equals}, {@code hashCode} and
 * {@code toString} (Python's repr) are the provider object's and are not recorded, nor are the module's
 * questions about itself ({@code hasAttribute}, {@code version}, {@code cancelledErrorIsException}), which
 * the interpreter asks at nearly every step and which say nothing about the loop, nor a coroutine's
 * {@code suspend} through its awaiter (the task's step that follows is recorded).
 */
final class TracingHandler implements InvocationHandler {

    private static final Set<String> UNRECORDED = Set.of("hasAttribute", "version", "cancelledErrorIsException",
            "suspend");
    private static final String SPI_PACKAGE = Asyncio.class.getPackageName();

    private final Object target;
    private final String label;
    private final SpiTracer tracer;

    TracingHandler(Object target, String label, SpiTracer tracer) {
        this.target = target;
        this.label = label;
        this.tracer = tracer;
    }

    Object target() {
        return target;
    }

    String label() {
        return label;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> target.equals(tracer.unwrap(args[0]));
                case "hashCode" -> target.hashCode();
                default -> target.toString();
            };
        }
        if (method.isDefault() && !method.getDeclaringClass().getPackageName().equals(SPI_PACKAGE)) {
            // a JDK default method (Iterator.forEachRemaining of as_completed's iterator): run it on the proxy,
            // so that the calls it makes are traced and their results wrapped like any other
            return InvocationHandler.invokeDefault(proxy, method, args);
        }
        Object[] forwarded = args == null ? null : new Object[args.length];
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; forwarded != null && i < args.length; i++) {
            forwarded[i] = tracer.argument(args[i], types[i], args[0]);
        }
        SpiTrace.Event call = UNRECORDED.contains(method.getName()) ? null
                : tracer.trace().call(describeCall(method, forwarded),
                        method.getName().equals("awaitIn") ? "await" : method.getName());
        Object result;
        try {
            result = method.invoke(target, forwarded);
        } catch (InvocationTargetException e) {
            if (call != null) {
                tracer.trace().raised(call, e.getCause());
            }
            throw e.getCause();
        }
        Object shown = tracer.wrap(result);
        if (call != null) {
            tracer.trace().returned(call, method.getReturnType() == void.class ? "" : "→ " + tracer.describe(shown));
        }
        return shown;
    }

    /** {@code Task#1.cancel('bye')}; an await ({@code awaitIn}) as {@code await Task#1}. */
    private String describeCall(Method method, Object[] arguments) {
        if (method.getName().equals("awaitIn")) {
            return "await " + label;
        }
        return label + "." + method.getName() + "(" + describe(arguments) + ")";
    }

    private String describe(Object[] arguments) {
        if (arguments == null) {
            return "";
        }
        StringJoiner joined = new StringJoiner(", ");
        for (Object argument : arguments) {
            joined.add(tracer.describe(argument));
        }
        return joined.toString();
    }
}
