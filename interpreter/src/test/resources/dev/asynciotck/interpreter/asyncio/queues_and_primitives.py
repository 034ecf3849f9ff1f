import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i)
    await q.put(None)

async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        total += item
        print("got", item)
    return total

async def main():
    q = asyncio.Queue(maxsize=2)
    p = asyncio.create_task(producer(q, 4))
    c = asyncio.create_task(consumer(q))
    total = await c
    await p
    print("total", total, q.empty(), q.qsize(), q.maxsize)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")
    q2 = asyncio.Queue(1)
    q2.put_nowait("a")
    try:
        q2.put_nowait("b")
    except asyncio.QueueFull as e:
        print("full", repr(e))
    lock = asyncio.Lock()
    async def critical(name):
        async with lock:
            print(name, "in", lock.locked())
            await asyncio.sleep(0.01)
            print(name, "out")
    await asyncio.gather(critical("x"), critical("y"))
    ev = asyncio.Event()
    async def waiter():
        print("waiting")
        await ev.wait()
        print("event set")
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    await w
    sem = asyncio.Semaphore(2)
    active = []
    async def limited(i):
        async with sem:
            active.append(i)
            print("active", len(active))
            await asyncio.sleep(0.01)
            active.remove(i)
    await asyncio.gather(*(limited(i) for i in range(4)))
    cond = asyncio.Condition()
    items = []
    async def consume():
        async with cond:
            await cond.wait_for(lambda: len(items) > 0)
            print("consumed", items.pop())
    task = asyncio.create_task(consume())
    await asyncio.sleep(0)
    async with cond:
        items.append("thing")
        cond.notify()
    await task
    pq = asyncio.PriorityQueue()
    for x in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for x in "abc":
        await lq.put(x)
    print(await lq.get(), type(lq).__name__, isinstance(lq, asyncio.Queue))

asyncio.run(main())
