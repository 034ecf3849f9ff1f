@primitives
Feature: A queue only compares its maxsize, so a float maxsize works
  The documentation speaks of an integer maxsize. asyncio's queues.py takes
  any value, keeps it as given and only ever compares it: full() is False
  when maxsize <= 0, else qsize() >= maxsize. A Queue(maxsize=1.3) therefore
  takes a first and a second item and is full with two; put() waits and
  put_nowait() raises QueueFull from then on. The maxsize attribute and str()
  show 1.3, unchanged. Any other value that compares with an int works the
  same way, and one that does not is accepted and fails at the first put.

  @rule-queue.maxsize.float-compared @detail
  Rule: A maxsize is kept as given and only compared with qsize(): Queue(maxsize=1.3) holds two items, 0.5 one, a float of zero or less is unbounded, True one, NaN and inf any number; a maxsize that does not compare with an int raises TypeError at the first put.
    Link: https://docs.python.org/3/library/asyncio-queue.html#asyncio.Queue
    Detail: comparison: the docs speak of an integer maxsize; taking any value, keeping it and comparing qsize() >= maxsize is queues.py's
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

    Scenario: True, a big int, a Decimal, NaN and inf are compared; a str and None fail at the first put
      Given the program:
        """python
        import asyncio
        from decimal import Decimal

        async def main():
            for maxsize in [True, 2**70, Decimal("1.5"), float("nan"), float("inf"), "three", None]:
                queue = asyncio.Queue(maxsize)
                try:
                    for item in range(3):
                        queue.put_nowait(item)
                    print(f"{maxsize!r}: holds {queue.qsize()}, full {queue.full()}, {str(queue)}")
                except asyncio.QueueFull:
                    print(f"{maxsize!r}: QueueFull at {queue.qsize()}, {str(queue)}")
                except TypeError:
                    print(f"{maxsize!r}: TypeError at the first put, maxsize kept: {queue.maxsize is maxsize}")

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        True: QueueFull at 1, <Queue maxsize=True _queue=[0] tasks=1>
        1180591620717411303424: holds 3, full False, <Queue maxsize=1180591620717411303424 _queue=[0, 1, 2] tasks=3>
        Decimal('1.5'): QueueFull at 2, <Queue maxsize=Decimal('1.5') _queue=[0, 1] tasks=2>
        nan: holds 3, full False, <Queue maxsize=nan _queue=[0, 1, 2] tasks=3>
        inf: holds 3, full False, <Queue maxsize=inf _queue=[0, 1, 2] tasks=3>
        'three': TypeError at the first put, maxsize kept: True
        None: TypeError at the first put, maxsize kept: True
        """
      And the program completes normally
