package dev.asynciotck.spi;

/**
 * Where the code of an {@code async def} function is: its code object's {@code co_filename} and
 * {@code co_firstlineno} (the line of the {@code def}, or of its first decorator).
 *
 * <p>asyncio shows it in the repr of a task whose coroutine is done: {@code coroutines._format_coroutine} (every
 * version, 3.6 to 3.15) formats a coroutine without a frame as
 * {@code f'{coro_name} done, defined at {filename}:{lineno}'} with {@code filename = coro_code.co_filename} and
 * {@code lineno = coro_code.co_firstlineno}.
 *
 * @param filename the program's file name as Python compiled it ({@code co_filename})
 * @param firstLine the function's first line, 1-based ({@code co_firstlineno})
 */
public record CodeLocation(String filename, int firstLine) {

    public CodeLocation {
        if (filename == null || firstLine < 1) {
            throw new IllegalArgumentException("a code location needs a file name and a line >= 1, got "
                    + filename + ":" + firstLine);
        }
    }
}
