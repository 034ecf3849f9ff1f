import asyncio

async def worker(name, delay, result):
    await asyncio.sleep(delay)
    print(f"{name} done")
    return result

async def fail(delay):
    await asyncio.sleep(delay)
    raise ValueError("bad")

async def main():
    results = await asyncio.gather(worker("a", 0.2, 1), worker("b", 0.1, 2))
    print("gather:", results)
    results = await asyncio.gather(worker("c", 0.1, 3), fail(0.05), return_exceptions=True)
    print("gather with exceptions:", results)
    t1 = asyncio.create_task(worker("t1", 0.3, "x"), name="first")
    t2 = asyncio.ensure_future(worker("t2", 0.1, "y"))
    print(t1.get_name(), t2.get_name().startswith("Task-"))
    done, pending = await asyncio.wait({t1, t2}, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), done == {t2}, [t.result() for t in done])
    await t1
    try:
        await asyncio.wait_for(worker("slow", 10, None), timeout=0.1)
    except asyncio.TimeoutError:
        print("timed out", asyncio.TimeoutError is TimeoutError)
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.1, fut.set_result, 42)
    print("future:", await fut, fut.done(), fut.result())
    loop = asyncio.get_running_loop()
    order = []
    loop.call_soon(order.append, 1)
    loop.call_soon(lambda: order.append(2))
    await asyncio.sleep(0)
    print(order)
    f2 = loop.create_future()
    def on_done(f):
        print("callback saw", f.result())
    f2.add_done_callback(on_done)
    f2.add_done_callback(print)
    print(f2.remove_done_callback(print))
    f2.set_result("hi")
    await asyncio.sleep(0)
    print(asyncio.current_task().get_name(), len(asyncio.all_tasks()))
    async def shielded():
        await asyncio.sleep(0.1)
        return "shielded done"
    inner = asyncio.ensure_future(shielded())
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", inner.cancelled())
    print(await inner)
    print(asyncio.iscoroutine(shielded()), asyncio.isfuture(inner), asyncio.iscoroutinefunction(shielded))

asyncio.run(main())
