import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    print(str(q))
    q.put_nowait("a")
    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue(3)
    pq.put_nowait(1)
    print(f"{q} | {lq} | {pq}")
    print("%s" % q, "{}".format(q))
    print(repr(q).startswith("<Queue at 0x"))
    q.get_nowait()
    q.task_done()
    print(q)

asyncio.run(main())
