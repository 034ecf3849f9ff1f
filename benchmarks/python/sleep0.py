"""asyncio.run(main()): one task awaits asyncio.sleep(0) n times (yields/s)."""
import asyncio
import time

import _harness


async def main(n):
    yields = 0
    for _ in range(n):
        await asyncio.sleep(0)
        yields += 1
    return yields


def run(runner, n):
    start = time.perf_counter()
    yields = runner.run(main(n))
    return time.perf_counter() - start, yields


if __name__ == "__main__":
    _harness.main("sleep0", 1_000_000, "yields/s", run, lambda n: n)
