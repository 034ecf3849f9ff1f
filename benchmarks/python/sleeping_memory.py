"""The memory of n concurrently sleeping tasks: traced bytes (tracemalloc, after gc.collect()) while all
sleep, minus before they were created, over n. Prints bytes_per_task; the rate is the whole run's tasks/s
and is no speed measure (it includes the sleep and the tracing)."""
import asyncio
import gc
import time
import tracemalloc

import _harness

SLEEP_SECONDS = 1.0


async def sleeper():
    return await asyncio.sleep(SLEEP_SECONDS, 1)


async def main(n, footprint):
    gc.collect()
    before = tracemalloc.get_traced_memory()[0]
    tasks = [asyncio.create_task(sleeper()) for _ in range(n)]
    await asyncio.sleep(0)  # every task is now asleep
    gc.collect()
    footprint.append((tracemalloc.get_traced_memory()[0] - before) / n)
    results = await asyncio.gather(*tasks)
    return sum(1 for r in results if r == 1)


def run(runner, n):
    footprint = []
    tracemalloc.start()
    try:
        start = time.perf_counter()
        done = runner.run(main(n, footprint))
        seconds = time.perf_counter() - start
    finally:
        tracemalloc.stop()
    return seconds, done, {"bytes_per_task": footprint[0]}


if __name__ == "__main__":
    _harness.main("sleeping_memory", 100_000, "tasks/s", run, lambda n: n)
