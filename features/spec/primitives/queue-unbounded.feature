@primitives
Feature: A queue whose maxsize is zero or less is unbounded
  "If maxsize is less than or equal to zero, the queue size is infinite." A
  negative maxsize is not an error and not a queue that is always full: put()
  never waits, put_nowait() never raises QueueFull and full() stays False,
  exactly as with the default maxsize of 0. The maxsize attribute keeps the
  value given.

  @rule-queue.maxsize.non-positive-unbounded @required
  Rule: A Queue made with maxsize 0 or a negative maxsize is unbounded: put() never waits, put_nowait() never raises QueueFull and full() is False.
    Link: https://docs.python.org/3/library/asyncio-queue.html#asyncio.Queue
    An implementation that compares qsize() with maxsize without checking the sign first would find a
    queue of maxsize -1 full from the start.

    Scenario: A hundred puts and a put_nowait on queues of maxsize 0 and -1
      Given the program:
        """python
        import asyncio

        async def main():
            for maxsize in [0, -1]:
                queue = asyncio.Queue(maxsize)
                for item in range(100):
                    await queue.put(item)
                print(f"maxsize {queue.maxsize}: put 100 without waiting, qsize {queue.qsize()}, full {queue.full()}")
                queue.put_nowait(100)
                print(f"maxsize {queue.maxsize}: put_nowait accepted, qsize {queue.qsize()}")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
        """
      Then the output is:
        """
        maxsize 0: put 100 without waiting, qsize 100, full False
        maxsize 0: put_nowait accepted, qsize 101
        maxsize -1: put 100 without waiting, qsize 100, full False
        maxsize -1: put_nowait accepted, qsize 101
        """
      And the program completes normally
