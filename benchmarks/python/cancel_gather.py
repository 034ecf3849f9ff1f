"""n tasks blocked on futures of their own, cancelled and gathered; their whole life is timed (tasks/s)."""
import asyncio
import time

import _harness


async def blocked(future):
    return await future


async def main(n):
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(blocked(loop.create_future())) for _ in range(n)]
    await asyncio.sleep(0)  # every task is now blocked on its future
    for task in tasks:
        task.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    return sum(isinstance(r, asyncio.CancelledError) for r in results)


def run(runner, n):
    start = time.perf_counter()
    cancelled = runner.run(main(n))
    return time.perf_counter() - start, cancelled


if __name__ == "__main__":
    _harness.main("cancel_gather", 100_000, "tasks/s", run, lambda n: n)
