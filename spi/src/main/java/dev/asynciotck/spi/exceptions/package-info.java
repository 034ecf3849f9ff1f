/**
 * The Python exceptions that asyncio raises or must recognise, as Java classes. The package mirrors
 * {@code asyncio.exceptions} plus the builtin exceptions asyncio raises (RuntimeError, TypeError, …).
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-exceptions.html">asyncio exceptions</a>
 */
package dev.asynciotck.spi.exceptions;
