package dev.asynciotck.benchmarks;

import dev.asynciotck.spi.Asyncio;
import dev.asynciotck.spi.Coroutine;
import dev.asynciotck.spi.EventLoop;
import dev.asynciotck.spi.Future;
import dev.asynciotck.spi.Queue;
import dev.asynciotck.spi.exceptions.CancelledError;
import java.util.ArrayList;
import java.util.List;

/**
 * The six workloads, written against the SPI exactly as the scripts in {@code benchmarks/python}
 * write them in Python. Each returns a count that proves the work was done (the smoke test checks it,
 * JMH consumes it). Sizes are arguments; the benchmarks use those of {@link Sizes}.
 */
public final class Workloads {

    private Workloads() {
    }

    /** {@code loop.call_soon(noop)} n times, then {@code call_soon(loop.stop)} and {@code run_forever()}. */
    public static long callSoon(Asyncio asyncio, int n) {
        EventLoop loop = asyncio.newEventLoop();
        try {
            var noop = new CountingCallback();
            for (int i = 0; i < n; i++) {
                loop.callSoon(noop);
            }
            loop.callSoon(loop::stop);
            loop.runForever();
            return noop.calls;
        } finally {
            loop.close();
        }
    }

    /** {@code asyncio.run(main())}: main creates n tasks of an empty coroutine and gathers them. */
    public static long spawnAndGather(Asyncio asyncio, int n) {
        Coroutine main = asyncio.coroutine("main", awaiter -> {
            List<Future> tasks = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                tasks.add(asyncio.createTask(asyncio.coroutine("noop", a -> null), null));
            }
            List<?> results = (List<?>) awaiter.await(asyncio.gather(tasks, false));
            return (long) results.size();
        });
        return (Long) asyncio.run(main);
    }

    /**
     * Two tasks, two unbounded queues: the pinger puts i on {@code ping} and waits for it on {@code pong};
     * the echoer gets from {@code ping} and puts on {@code pong}. {@code messages} counts every put, so
     * there are messages/2 round trips. Returns the sum of the echoed numbers.
     */
    public static long queuePingPong(Asyncio asyncio, int messages) {
        int rounds = messages / 2;
        Coroutine main = asyncio.coroutine("main", awaiter -> {
            Queue ping = asyncio.queue(0);
            Queue pong = asyncio.queue(0);
            Coroutine pinger = asyncio.coroutine("pinger", a -> {
                long sum = 0;
                for (long i = 0; i < rounds; i++) {
                    a.await(ping.put(i));
                    sum += (Long) a.await(pong.get());
                }
                return sum;
            });
            Coroutine echoer = asyncio.coroutine("echoer", a -> {
                for (int i = 0; i < rounds; i++) {
                    a.await(pong.put(a.await(ping.get())));
                }
                return null;
            });
            Future p = asyncio.createTask(pinger, null);
            Future e = asyncio.createTask(echoer, null);
            List<?> results = (List<?>) awaiter.await(asyncio.gather(List.of(p, e), false));
            return results.get(0);
        });
        return (Long) asyncio.run(main);
    }

    /** {@code asyncio.run(main())}: main awaits {@code asyncio.sleep(0)} n times. */
    public static long sleepZero(Asyncio asyncio, int n) {
        Coroutine main = asyncio.coroutine("main", awaiter -> {
            long yields = 0;
            for (int i = 0; i < n; i++) {
                awaiter.await(asyncio.sleep(0, null));
                yields++;
            }
            return yields;
        });
        return (Long) asyncio.run(main);
    }

    /**
     * n tasks each await a future of their own; once all are blocked (one {@code sleep(0)}), main cancels
     * every task and gathers them with {@code return_exceptions=True}. Returns how many ended cancelled.
     */
    public static long cancelAndGather(Asyncio asyncio, int n) {
        Coroutine main = asyncio.coroutine("main", awaiter -> {
            EventLoop loop = asyncio.getRunningLoop();
            List<Future> tasks = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Future blocker = loop.createFuture();
                tasks.add(asyncio.createTask(asyncio.coroutine("blocked", a -> a.await(blocker)), null));
            }
            awaiter.await(asyncio.sleep(0, null));
            for (Future task : tasks) {
                task.cancel(null);
            }
            List<?> results = (List<?>) awaiter.await(asyncio.gather(tasks, true));
            return results.stream().filter(CancelledError.class::isInstance).count();
        });
        return (Long) asyncio.run(main);
    }

    /**
     * n tasks each {@code return await asyncio.sleep(delay, 1)}; once all are asleep (one {@code sleep(0)}),
     * {@code probe} runs (it measures memory), then main gathers them. Returns how many completed.
     */
    public static long sleepingTasks(Asyncio asyncio, int n, double delay, Runnable probe) {
        Coroutine main = asyncio.coroutine("main", awaiter -> {
            List<Future> tasks = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                tasks.add(asyncio.createTask(asyncio.coroutine("sleeper", a -> a.await(asyncio.sleep(delay, 1L))), null));
            }
            awaiter.await(asyncio.sleep(0, null));
            probe.run();
            List<?> results = (List<?>) awaiter.await(asyncio.gather(tasks, false));
            return results.stream().filter(r -> Long.valueOf(1L).equals(r)).count();
        });
        return (Long) asyncio.run(main);
    }

    /** A no-op that counts its calls, so that a run can be checked. */
    private static final class CountingCallback implements Runnable {
        long calls;

        @Override
        public void run() {
            calls++;
        }
    }
}
