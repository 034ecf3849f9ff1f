@primitives
Feature: A queue only compares its maxsize, so a float maxsize works
  The documentation speaks of an integer maxsize. asyncio's queues.py takes
  any value, keeps it as given and only ever compares it: full() is False
  when maxsize <= 0, else qsize() >= maxsize. A Queue(maxsize=1.3) therefore
  takes a first and a second item and is full with two; put() waits and
  put_nowait() raises QueueFull from then on. The maxsize attribute and str()
  show 1.3, unchanged.

  @rule-queue.maxsize.float-compared @detail
  Rule: A float maxsize is kept as given and compared with qsize(): Queue(maxsize=1.3) holds two items, Queue(maxsize=0.5) one, and a float maxsize of zero or less is unbounded.
    Link: https://docs.python.org/3/library/asyncio-queue.html#asyncio.Queue
    Detail: comparison: the docs speak of an integer maxsize; taking a float one, keeping it and comparing qsize() >= maxsize is queues.py's
    CPython's test_queues checks the same with Queue(maxsize=1.3) (test_float_maxsize). An implementation that
    truncates the maxsize to an integer finds the queue full after one item, one that rounds it up after three.

    Scenario: Queue(maxsize=1.3) is full with two items; 0.5 with one; -0.5 and 0.0 never
      Given the program:
        """python
        import asyncio

        async def main():
            queue = asyncio.Queue(maxsize=1.3)
            print(f"maxsize {queue.maxsize}, full {queue.full()}")
            queue.put_nowait(1)
            print(f"qsize {queue.qsize()}, full {queue.full()}")
            await queue.put(2)
            print(f"qsize {queue.qsize()}, full {queue.full()}")
            try:
                queue.put_nowait(3)
            except asyncio.QueueFull:
                print("put_nowait(3): QueueFull")
            print(str(queue))

            async def producer():
                await queue.put(3)
                print("put(3) done")

            task = asyncio.ensure_future(producer())
            await asyncio.sleep(0)
            print(f"put(3) waiting: {not task.done()}, qsize {queue.qsize()}")
            print(f"got {queue.get_nowait()}")
            await task
            print(f"qsize {queue.qsize()}, full {queue.full()}")

            for maxsize in [0.5, -0.5, 0.0]:
                queue = asyncio.Queue(maxsize)
                queue.put_nowait("a")
                try:
                    queue.put_nowait("b")
                    print(f"maxsize {maxsize}: holds {queue.qsize()}, full {queue.full()}")
                except asyncio.QueueFull:
                    print(f"maxsize {maxsize}: QueueFull at {queue.qsize()}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        maxsize 1.3, full False
        qsize 1, full False
        qsize 2, full True
        put_nowait(3): QueueFull
        <Queue maxsize=1.3 _queue=[1, 2] tasks=2>
        put(3) waiting: True, qsize 2
        got 1
        put(3) done
        qsize 2, full True
        maxsize 0.5: QueueFull at 1
        maxsize -0.5: holds 2, full False
        maxsize 0.0: holds 2, full False
        """
      And the program completes normally
