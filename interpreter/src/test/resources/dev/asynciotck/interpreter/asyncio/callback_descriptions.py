import asyncio

seen = []

def bad(x, y="y"):
    raise ValueError("boom")

def handler(loop, context):
    message = context["message"]
    where = message.split(" at ")
    print(where[0], "|", where[1].endswith(".py:5"), "|", repr(context["exception"]))

def factory(loop, coro):
    seen.append("factory")
    return asyncio.Task(coro, loop=loop)

async def child():
    return 1

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(bad, 1)
    loop.call_later(0.001, bad, 2)
    fut = loop.create_future()
    fut.add_done_callback(bad)
    fut.set_result(3)
    await asyncio.sleep(0.01)
    loop.set_task_factory(factory)
    named = loop.create_task(child(), name="named")
    unnamed = loop.create_task(child())
    print(seen, named.get_name(), unnamed.get_name(), await named, await unnamed)

asyncio.run(main())
