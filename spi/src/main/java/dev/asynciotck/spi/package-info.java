/**
 * The asyncio-tck service-provider interface: what an asyncio-compatible event loop written for the JVM
 * implements so that asyncio-tck can run its scenarios on it.
 *
 * <h2>Shape</h2>
 * <ul>
 *   <li>{@link dev.asynciotck.spi.AsyncioProvider} is found with {@link java.util.ServiceLoader}; it names
 *       the implementation and the asyncio version whose semantics it follows.</li>
 *   <li>{@link dev.asynciotck.spi.Asyncio} is one instance of the {@code asyncio} module: its event loop
 *       policy, its module-level functions and its primitives. A scenario opens one and closes it.</li>
 *   <li>{@link dev.asynciotck.spi.EventLoop}, {@link dev.asynciotck.spi.Future},
 *       {@link dev.asynciotck.spi.Task} and {@link dev.asynciotck.spi.Coroutine} mirror asyncio's classes
 *       of the same names.</li>
 * </ul>
 *
 * <h2>Python values</h2>
 * Values cross the SPI as plain Java objects: {@code None} is {@code null}, {@code bool} is
 * {@link java.lang.Boolean}, {@code int} is {@link java.lang.Long} (or {@link java.math.BigInteger}),
 * {@code float} is {@link java.lang.Double}, {@code str} is {@link java.lang.String}; a list the provider
 * builds (for example gather's result) is a {@link java.util.List}. A provider treats every other value as
 * opaque: it stores and returns it, never inspects it. Python exceptions travel as {@link
 * java.lang.Throwable}s; the ones asyncio itself raises are the classes of this package that extend
 * {@link dev.asynciotck.spi.PythonException}.
 *
 * <h2>One body at a time</h2>
 * However an implementation suspends coroutines, no two coroutine bodies and no callback ever run at the
 * same moment: a loop runs one thing, to its next suspension, then the next.
 *
 * @see <a href="https://docs.python.org/3/library/asyncio.html">asyncio — Asynchronous I/O</a>
 */
package dev.asynciotck.spi;
