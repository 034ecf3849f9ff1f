package dev.asynciotck.spi.exceptions;

/**
 * asyncio.QueueEmpty: {@link dev.asynciotck.spi.Queue#getNowait()} on an empty queue.
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-queue.html#asyncio.QueueEmpty">asyncio.QueueEmpty</a>
 */
public class QueueEmpty extends PythonException {

    public QueueEmpty(Object... args) {
        super(args);
    }
}
