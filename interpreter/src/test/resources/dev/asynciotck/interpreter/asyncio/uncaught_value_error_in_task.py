import asyncio

async def boom():
    await asyncio.sleep(0)
    raise ValueError("boom")

async def main():
    task = asyncio.create_task(boom())
    print("waiting")
    await task

asyncio.run(main())
