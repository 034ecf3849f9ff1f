package dev.asynciotck.spi.exceptions;

/**
 * asyncio.QueueShutDown (3.13+): put or get on a queue that was {@linkplain dev.asynciotck.spi.Queue#shutdown shut down}.
 *
 * @see <a href="https://docs.python.org/3/library/asyncio-queue.html#asyncio.QueueShutDown">asyncio.QueueShutDown</a>
 */
public class QueueShutDown extends PythonException {

    public QueueShutDown(Object... args) {
        super(args);
    }
}
