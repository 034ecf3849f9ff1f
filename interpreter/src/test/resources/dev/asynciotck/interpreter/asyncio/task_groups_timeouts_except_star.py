import asyncio

async def child(n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        raise ValueError(f"child {n} failed")
    print("child", n, "ok")
    return n

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(child(i)) for i in range(1, 4)]
    except* ValueError as eg:
        print("caught group:", repr(eg), [repr(e) for e in eg.exceptions])
    print([t.cancelled() for t in tasks])
    try:
        async with asyncio.timeout(0.05):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout expired")
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel("stop it")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled with", repr(e), e.args, t.cancelling())
    eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
    try:
        raise eg
    except* ValueError as g:
        print("values", g.exceptions)
    except* TypeError as g:
        print("types", g.exceptions)
    try:
        try:
            raise ExceptionGroup("outer", [KeyError("k"), ValueError("v")])
        except* ValueError:
            print("handled value")
    except ExceptionGroup as rest:
        print("rest", repr(rest))

asyncio.run(main())
