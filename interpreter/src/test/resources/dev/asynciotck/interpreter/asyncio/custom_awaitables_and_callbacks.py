import asyncio

class Waiter:
    def __init__(self, fut):
        self.fut = fut
    def __await__(self):
        return self.fut.__await__()

class Resource:
    async def __aenter__(self):
        print("enter")
        await asyncio.sleep(0)
        return self
    async def __aexit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__ if exc_type else None)
        return True

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "from future")
    print(await Waiter(fut))
    async with Resource() as r:
        print("inside", type(r).__name__)
        raise KeyError("suppressed")
    print("after")
    async for i in Countdown(3):
        print("count", i)
    print([x async for x in Countdown(2)])
    try:
        await 5
    except TypeError as e:
        print(e)
    coro = asyncio.sleep(0)
    await coro
    try:
        await coro
    except RuntimeError as e:
        print(e)
    def handler(loop, context):
        print("handler:", context["message"].startswith("Exception in callback"), repr(context.get("exception")))
    loop.set_exception_handler(handler)
    def bad():
        raise ZeroDivisionError("oops")
    loop.call_soon(bad)
    await asyncio.sleep(0.01)
    print(loop.get_exception_handler() is handler)
    h = loop.call_later(10, print, "never")
    h.cancel()
    print(h.cancelled())

asyncio.run(main())
