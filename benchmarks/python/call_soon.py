"""loop.call_soon of n no-op callbacks, then run_forever until they have all run (callbacks/s)."""
import time

import _harness


def noop():
    pass


def run(runner, n):
    loop = runner.get_loop()
    start = time.perf_counter()
    for _ in range(n):
        loop.call_soon(noop)
    loop.call_soon(loop.stop)
    loop.run_forever()
    seconds = time.perf_counter() - start
    return seconds, len(loop._ready) if hasattr(loop, "_ready") else 0


if __name__ == "__main__":
    _harness.main("call_soon", 1_000_000, "callbacks/s", run, lambda n: 0)
