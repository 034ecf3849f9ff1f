"""asyncio.run(main()): main creates n trivial tasks and gathers them (tasks/s)."""
import asyncio
import time

import _harness


async def noop():
    pass


async def main(n):
    results = await asyncio.gather(*[asyncio.create_task(noop()) for _ in range(n)])
    return len(results)


def run(runner, n):
    start = time.perf_counter()
    count = runner.run(main(n))
    return time.perf_counter() - start, count


if __name__ == "__main__":
    _harness.main("spawn_gather", 100_000, "tasks/s", run, lambda n: n)
