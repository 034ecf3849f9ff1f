"""Two tasks ping-pong n messages (n/2 round trips) over two unbounded Queues (messages/s)."""
import asyncio
import time

import _harness


async def pinger(ping, pong, rounds):
    total = 0
    for i in range(rounds):
        await ping.put(i)
        total += await pong.get()
    return total


async def echoer(ping, pong, rounds):
    for _ in range(rounds):
        await pong.put(await ping.get())


async def main(n):
    ping, pong = asyncio.Queue(), asyncio.Queue()
    rounds = n // 2
    total, _ = await asyncio.gather(asyncio.create_task(pinger(ping, pong, rounds)),
                                    asyncio.create_task(echoer(ping, pong, rounds)))
    return total


def run(runner, n):
    start = time.perf_counter()
    total = runner.run(main(n))
    return time.perf_counter() - start, total


if __name__ == "__main__":
    _harness.main("queue_pingpong", 200_000, "messages/s", run, lambda n: (n // 2) * (n // 2 - 1) // 2)
