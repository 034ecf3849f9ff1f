package dev.asynciotck.spi;

import java.util.Map;

/**
 * A loop's exception handler, called with a context dict: {@code message} always; {@code exception},
 * {@code future}, {@code task}, {@code handle} when they apply.
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-eventloop.html#error-handling-api">Error Handling API</a>
 */
@FunctionalInterface
public interface ExceptionHandler {

    void handle(EventLoop loop, Map<String, Object> context);
}
