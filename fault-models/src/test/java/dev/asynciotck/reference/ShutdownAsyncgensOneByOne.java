package dev.asynciotck.reference;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.Awaiter;
import dev.asynciotck.spi.exceptions.PythonException;
import java.util.ArrayList;
import java.util.List;

/** Fault model: shutdown_asyncgens awaits each generator's aclose() before starting the next one. */
public final class ShutdownAsyncgensOneByOne extends SeamFault {

    public ShutdownAsyncgensOneByOne() {
        super("shutdown-asyncgens-one-by-one",
                "loop.shutdown_asyncgens closes the generators one after another, awaiting each aclose() before it "
                        + "starts the next, instead of gathering them, so a finally block that waits for another "
                        + "generator's never finishes",
                "asyncgen.shutdown.closes-concurrently");
    }

    @Override
    Seams seams() {
        return new Seams() {
            @Override
            public Object awaitAsyncgenCloses(Asyncio asyncio, Awaiter awaiter, List<Object> closes) {
                List<Object> results = new ArrayList<>();
                for (Object close : closes) {
                    try {
                        results.add(awaiter.await(asyncio.ensureFuture(close, null)));
                    } catch (PythonException e) {
                        results.add(e);
                    }
                }
                return results;
            }
        };
    }
}
