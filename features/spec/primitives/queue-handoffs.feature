@primitives
Feature: Queues hand items between waiting producers and consumers
  A bounded queue suspends producers while it is full and consumers while it is empty; each put wakes
  a waiting getter and each get wakes a waiting putter, so a producer and a consumer sharing a small
  queue take turns. CPython's own test_queues checks these hand-offs; here the tasks print them.

  @rule-queue.handoff.get-and-put-wake-each-other @required
  Rule: A producer and a consumer over Queue(1) take turns: every put wakes the waiting getter and every get wakes the waiting putter, and all items pass in order.
    Link: https://docs.python.org/3/library/asyncio-queue.html#asyncio.Queue.get

    Scenario: A producer puts five items through Queue(1) to a consumer
      Given the program:
        """python
        import asyncio

        async def producer(queue):
            for i in range(5):
                print(f"producer: putting {i}")
                await queue.put(i)
            print("producer: done")

        async def consumer(queue):
            for _ in range(5):
                item = await queue.get()
                print(f"consumer: got {item}")
            print("consumer: done")

        async def main():
            queue = asyncio.Queue(1)
            tasks = [asyncio.ensure_future(producer(queue)), asyncio.ensure_future(consumer(queue))]
            await asyncio.gather(*tasks)
            print(f"qsize={queue.qsize()}")

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        producer: putting 0
        producer: putting 1
        consumer: got 0
        producer: putting 2
        consumer: got 1
        producer: putting 3
        consumer: got 2
        producer: putting 4
        consumer: got 3
        producer: done
        consumer: got 4
        consumer: done
        qsize=0
        """
      And the program completes normally

  @rule-queue.handoff.get-nowait-wakes-putters @required
  Rule: get_nowait of every item of a full queue lets as many blocked putters in, in the order they blocked.
    Link: https://docs.python.org/3/library/asyncio-queue.html#asyncio.Queue.get_nowait

    Scenario: Emptying a full Queue(2) with get_nowait lets two of four putters in
      Given the program:
        """python
        import asyncio

        async def putter(queue, item):
            await queue.put(item)
            print(f"putter {item}: done")

        async def getter(queue):
            await asyncio.sleep(0)
            taken = [queue.get_nowait() for _ in range(queue.qsize())]
            print(f"getter: took {taken}")

        async def main():
            queue = asyncio.Queue(2)
            tasks = [asyncio.ensure_future(getter(queue))]
            for item in range(4):
                tasks.append(asyncio.ensure_future(putter(queue, item)))
            await asyncio.gather(*tasks)
            print(f"left in the queue: {[queue.get_nowait() for _ in range(queue.qsize())]}")

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        putter 0: done
        putter 1: done
        getter: took [0, 1]
        putter 2: done
        putter 3: done
        left in the queue: [2, 3]
        """
      And the program completes normally

  @rule-queue.shutdown.immediate-keeps-taken-unfinished @required
  Rule: From 3.13, shutdown(immediate=True) marks only the items it drops as done: join() still waits for the task_done() of an item taken before, and a task_done() beyond that raises ValueError.
    Link: https://docs.python.org/3/library/asyncio-queue.html#asyncio.Queue.shutdown

    # Queue.shutdown is new in 3.13.
    @since-3.13
    Scenario: Immediate shutdown with one of two items taken and not yet done
      Given the program:
        """python
        import asyncio

        async def main():
            queue = asyncio.Queue()
            queue.put_nowait("a")
            queue.put_nowait("b")
            joiner = asyncio.create_task(queue.join())
            print(f"took {await queue.get()}")
            queue.shutdown(immediate=True)
            await asyncio.sleep(0)
            print(f"after immediate shutdown: qsize={queue.qsize()} join done={joiner.done()}")
            queue.task_done()
            await asyncio.sleep(0)
            print(f"after task_done for the taken item: join done={joiner.done()}")
            try:
                queue.task_done()
            except ValueError as e:
                print(f"one more task_done: {type(e).__name__}")

        asyncio.run(main())
        """
      Then the output is:
        """
        took a
        after immediate shutdown: qsize=0 join done=False
        after task_done for the taken item: join done=True
        one more task_done: ValueError
        """
      And the program completes normally

  @rule-repr.queue.cancelled-putter-dropped @detail
  Rule: From 3.7, str(queue) stops counting a blocked putter once it is cancelled (its _putters[n] part goes).
    Link: https://docs.python.org/3/library/asyncio-queue.html#asyncio.Queue

    # 3.6 still shows _putters[1] after the cancellation.
    @since-3.7
    Scenario: A blocked putter, then cancelled
      Given the program:
        """python
        import asyncio

        async def main():
            queue = asyncio.Queue(maxsize=1)
            queue.put_nowait("a")
            putter = asyncio.ensure_future(queue.put("b"))
            await asyncio.sleep(0)
            print(str(queue))
            putter.cancel()
            await asyncio.sleep(0)
            print(str(queue))
            print(f"putter cancelled={putter.cancelled()}")

        asyncio.new_event_loop().run_until_complete(main())
        """
      Then the output is:
        """
        <Queue maxsize=1 _queue=['a'] _putters[1] tasks=1>
        <Queue maxsize=1 _queue=['a'] tasks=1>
        putter cancelled=True
        """
      And the program completes normally
