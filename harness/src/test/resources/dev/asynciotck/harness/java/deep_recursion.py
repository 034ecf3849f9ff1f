import asyncio


def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


async def chain(n):
    if n == 0:
        await asyncio.sleep(0)
        return 0
    return await chain(n - 1) + 1


async def hold(n, here, go):
    if n == 0:
        here.set()
        await go.wait()
        return 0
    return await hold(n - 1, here, go) + 1


async def main():
    print("sync in a task", down(900))
    print("await chain", await chain(900))
    print("await chain in a task of its own", await asyncio.ensure_future(chain(900)))
    go = asyncio.Event()
    events = [asyncio.Event(), asyncio.Event()]
    tasks = [asyncio.ensure_future(hold(600, here, go)) for here in events]
    for here in events:
        await here.wait()
    print("two tasks suspended 600 deep each, and 900 more", down(900))
    go.set()
    print("then they end", [await task for task in tasks])
    for depth in (5000, 100000):
        try:
            down(depth)
        except RecursionError as e:
            print("sync", depth, type(e).__name__)
        try:
            await chain(depth)
        except RecursionError as e:
            print("await", depth, type(e).__name__)
    print("after the errors", down(900), await chain(900))


print("sync at module level", down(900))
try:
    down(5000)
except RecursionError as e:
    print("module level 5000", type(e).__name__)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.run_until_complete(main())
loop.close()
