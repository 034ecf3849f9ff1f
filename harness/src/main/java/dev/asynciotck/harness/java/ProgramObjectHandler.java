package dev.asynciotck.harness.java;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Behind the proxy of a program object that implements SPI interfaces (an object with {@code __await__}, a
 * coroutine-like object, an asynchronous generator, a generator's yield as an awaiter) when it is handed to the
 * provider: the provider calls it, so what the provider passes in reaches the program wrapped and what the program
 * returns reaches the provider unwrapped, the mirror image of {@link TracingHandler}. Calls are recorded as
 * events. {@code equals}, {@code hashCode} and {@code toString} are the program object's.
 */
final class ProgramObjectHandler implements InvocationHandler {

    private final Object target;
    private final String label;
    private final SpiTracer tracer;

    ProgramObjectHandler(Object target, String label, SpiTracer tracer) {
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
                case "equals" -> target.equals(tracer.wrap(args[0]));
                case "hashCode" -> target.hashCode();
                default -> target.toString();
            };
        }
        Object[] forwarded = args == null ? null : new Object[args.length];
        Class<?>[] parameters = method.getParameterTypes();
        for (int i = 0; forwarded != null && i < args.length; i++) {
            // A provider object passed where the program object takes a plain Java type (a task as the Runnable of
            // a program loop's call_soon, say) stays itself: its proxy would not be that type.
            Object wrapped = tracer.wrap(args[i]);
            forwarded[i] = wrapped == null || parameters[i].isInstance(wrapped) ? wrapped : args[i];
        }
        if (!method.getName().equals("suspend")) {
            tracer.trace().event("the provider calls " + label + "." + method.getName() + "()");
        }
        Object result;
        try {
            result = method.invoke(target, forwarded);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        return tracer.argument(result, method.getReturnType(), null);
    }
}
