import asyncio


async def ticker(n):
    try:
        for i in range(n):
            received = yield i
            if received is not None:
                print(f"ticker received {received!r}")
            await asyncio.sleep(0)
    except ValueError as e:
        print(f"ticker caught {e}")
        yield "recovered"
    finally:
        print("ticker finally")


async def raises_stop():
    yield 1
    raise StopAsyncIteration


async def slow():
    yield 1
    await asyncio.sleep(0.01)
    yield 2


async def main():
    print([x async for x in ticker(3)])
    gen = ticker(5)
    print(type(gen).__name__, gen.__aiter__() is gen)
    print(await gen.__anext__(), await gen.asend("hi"))
    print(await gen.athrow(ValueError("thrown in")))
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration after the handler")
    await gen.aclose()
    fresh = ticker(1)
    await fresh.aclose()
    print("closing a fresh generator runs nothing")
    try:
        await fresh.__anext__()
    except StopAsyncIteration:
        print("a closed generator is exhausted")
    try:
        async for x in raises_stop():
            print(f"got {x}")
    except RuntimeError as e:
        print(f"RuntimeError: {e}")
    gen = slow()
    await gen.__anext__()
    first = asyncio.ensure_future(gen.__anext__())
    await asyncio.sleep(0)
    print(f"running: {gen.ag_running}")
    try:
        await gen.__anext__()
    except RuntimeError as e:
        print(f"RuntimeError: {e}")
    print(f"the first call still gets {await first}")
    task = asyncio.ensure_future(ticker(2).__anext__())
    print(f"a task over __anext__() gives {await task}")


asyncio.run(main())
