# The training run of the tck launcher's ahead-of-time cache (scripts/aot-cache.sh): a short program that takes
# the paths most `tck exec` programs take (tasks, gather, sleep, timeouts, cancellation, queues, locks,
# exceptions, printing), so that their classes are in the cache. Its output is discarded.
import asyncio


async def worker(name, queue, lock, results):
    while True:
        item = await queue.get()
        async with lock:
            results.append((name, item * 2))
        queue.task_done()


async def slow():
    await asyncio.sleep(10)


async def failing():
    await asyncio.sleep(0)
    raise ValueError("expected")


async def main():
    queue = asyncio.Queue()
    lock = asyncio.Lock()
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, lock, results)) for i in range(3)]
    for i in range(20):
        queue.put_nowait(i)
    await queue.join()
    for task in workers:
        task.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    outcome = await asyncio.gather(failing(), asyncio.sleep(0, "ok"), return_exceptions=True)
    print(len(results), [type(x).__name__ for x in outcome])
    event = asyncio.Event()
    asyncio.get_running_loop().call_later(0.01, event.set)
    await event.wait()
    print("done", sorted(results)[0])


asyncio.run(main())
